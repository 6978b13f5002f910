/**
 * Starting a draft (projekt zarządzenia): either replacing the order in force for a department — structure and
 * scopes carried over, title and legal basis regenerated with the current journal citation, number and date
 * empty, repeal clause citing the replaced order, entry into force left to the user — or from a template of
 * `templates/` for a new subject.
 */
import { SIGNING_OFFICE } from '../lexicon/index.js';
import { inflect, unitKindOf } from '../language/index.js';
import type { EntryIntoForce, Item, LegalBasis, Order, Paragraph } from '../model/order.js';
import { SCHEMA_VERSION } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import {
  fillPattern, GMINA_ACT_KEY, getOrderKind, loadCommonDuties, loadJournalCitations, loadTypicalScopes, type JournalCitations, type TemplateItem,
} from '../templates/index.js';
import { newerCitation, newestKnown } from '../legal-basis/citations.js';
import { linkUnitMentions } from '../mentions/units.js';
import { newId } from './ids.js';
import { withTemplateIds } from './common-duties.js';
import { syncScopeParagraphs } from './register.js';

/** Options of drafting. `today` (ISO) picks the current journal citation; default: the system date. */
export interface DraftOptions {
  today?: string;
  /**
   * The book of journal citations (`core/legal-basis`: shipped data, the user's entries, what the registry learned);
   * default: the shipped data.
   */
  citations?: JournalCitations;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The legal basis of an organisational order with the newest journal citation known on `today` (in `book`,
 * default the shipped data; see `core/legal-basis`).
 */
export function currentLegalBasis(today: string, book: JournalCitations = loadJournalCitations()): LegalBasis {
  const c = newestKnown(book, GMINA_ACT_KEY, today);
  return {
    provision: 'art. 33 ust. 3',
    act: 'ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
    actKey: GMINA_ACT_KEY,
    citation: c ? c.citation : null,
  };
}

/**
 * The legal basis of a draft replacing `replaced`: the newest citation known on `today`, or the replaced order's
 * own when that is newer (a draft never cites an older consolidated text than the order it replaces).
 */
function legalBasisReplacing(replaced: Order, today: string, book: JournalCitations | undefined): LegalBasis {
  const lb = currentLegalBasis(today, book);
  const old = replaced.legalBasis;
  if (old && old.actKey === lb.actKey && old.citation) lb.citation = newerCitation(lb.citation, old.citation);
  return lb;
}

/** The title of an organisational order for a subject, in the wording of the order kind. */
export function titleFor(subject: string, titleForm: 'department' | 'office' | 'other', subjectForms?: Order['meta']['subjectForms']): string {
  const kind = getOrderKind(titleForm === 'office' ? 'kancelaria-biuro' : 'wydzial');
  const r = fillPattern(kind?.title.text ?? 'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania {subjectGenitive}', {
    subjectGenitive: inflect(subject, 'genitive', subjectForms),
  });
  return r.ok ? r.text : '';
}

/** Removes what an imported text wrote itself (labels, punctuation, § numbers): a draft is written by the app. */
function stripWritten(order: Order): void {
  const items = (list: Item[]): void => {
    for (const it of list) {
      delete it.written;
      items(it.children);
    }
  };
  for (const u of order.units) {
    if (u.scope.kind === 'tasks') {
      items(u.scope.tasks);
      for (const p of u.scope.positions) {
        items(p.tasks);
        delete p.writtenIntro;
      }
    }
  }
  if (order.commonDuties) items(order.commonDuties);
  for (const p of order.paragraphs) {
    delete p.writtenNumber;
    delete p.writtenIntro;
    // parts regenerated from the model keep no text of their own; § 1 keeps its further provisions
    if (p.role !== 'general' && p.role !== 'leadership') delete p.content;
    for (const u of p.content ?? []) {
      delete u.written;
      items(u.items);
    }
  }
  delete order.meta.writtenHeading;
  if (order.legalBasis) delete order.legalBasis.written;
}

/** Inserts a paragraf of `role` before the first of `before` roles (or at the end) unless one exists. */
function ensureParagraph(order: Order, role: Paragraph['role'], before: Paragraph['role'][]): void {
  if (order.paragraphs.some((p) => p.role === role)) return;
  const at = order.paragraphs.findIndex((p) => before.includes(p.role));
  const par: Paragraph = { id: newId('par'), role };
  if (at < 0) order.paragraphs.push(par);
  else order.paragraphs.splice(at, 0, par);
}

/**
 * A draft replacing `replaced` (an order of the registry, signed).
 * In: the replaced order. Out: a new order with status `draft`, no number or date, the same structure and scopes
 * (ids kept, so the comparison pairs what did not change), the title regenerated for its subject, the legal basis
 * with the current metryczka, one repeal citing the replaced order's number, date and full title, entry into
 * force on a date still to be filled, no coverage answers yet, common duties matched to the template's items
 * (`templateId`) by their wording, names of units, deputies and the department in the text as mentions
 * (`core/mentions`). Pure.
 */
export function draftReplacing(replaced: Order, opts: DraftOptions = {}): Order {
  const today = opts.today ?? todayIso();
  const d = structuredClone(replaced);
  stripWritten(d);
  d.meta.number = null;
  d.meta.date = null;
  d.meta.status = 'draft';
  if (d.meta.kind === 'organizational' && d.meta.subject) {
    if (d.meta.titleForm === 'other') d.meta.titleForm = 'department';
    d.meta.title = titleFor(d.meta.subject, d.meta.titleForm, d.meta.subjectForms);
  }
  d.legalBasis = legalBasisReplacing(replaced, today, opts.citations);
  d.repeals = replaced.meta.number ? [{ number: replaced.meta.number, date: replaced.meta.date, title: replaced.meta.title }] : [];
  d.entryIntoForce = { kind: 'date', date: null };
  d.signature = { office: SIGNING_OFFICE, name: null };
  d.coverage = [];
  if (d.meta.kind === 'organizational') {
    ensureParagraph(d, 'annex', ['execution', 'repeal', 'entryIntoForce']);
    d.annex = { present: true };
  }
  if (d.repeals.length) ensureParagraph(d, 'repeal', ['entryIntoForce']);
  ensureParagraph(d, 'entryIntoForce', []);
  // common duties taken over from the replaced order are matched to the template items they came from; names of
  // units in the text become mentions (an order stored by an earlier release has none), the words unchanged
  return syncScopeParagraphs(linkUnitMentions(withTemplateIds(d)));
}

function fromTemplateItems(items: TemplateItem[], values: Record<string, string>): Item[] {
  return items.map((t) => {
    const r = fillPattern(t.text, values);
    return { id: newId('t'), text: RichText.of(r.ok ? r.text : t.text), templateId: t.id, children: fromTemplateItems(t.children ?? [], values) };
  });
}


/** Result of drafting from a template. */
export type TemplateDraftResult = { ok: true; order: Order } | { ok: false; message: string };

/**
 * A new draft from an order-kind template (`wydzial` or `kancelaria-biuro`) for a subject (`Wydział …`):
 * § 1 with the head, § 2 with the organisational unit every department has (its typical scope from
 * `templates/typical-scopes.json`), § 3, the common duties of `templates/common-duties.json` (each item keeping
 * its template id), the annex reference, execution and entry into force on a date to fill.
 * Errors: an unknown template or an empty subject, as a Polish message.
 */
export function draftFromTemplate(templateName: string, subject: string, opts: DraftOptions = {}): TemplateDraftResult {
  const kind = getOrderKind(templateName);
  if (!kind) return { ok: false, message: `Nie ma szablonu „${templateName}”. Dostępne: wydzial, kancelaria-biuro.` };
  const name = subject.trim();
  if (!name) return { ok: false, message: 'Podaj nazwę komórki, której dotyczy zarządzenie (np. „Wydział Kultury”).' };
  const today = opts.today ?? todayIso();
  const short = name.split(/\s+/)[0]!;
  const values = {
    shortNameGenitive: inflect(short, 'genitive'),
    shortNameLocative: inflect(short, 'locative'),
    shortNameAccusative: inflect(short, 'accusative'),
    headGenitive: 'Dyrektora',
  };
  const typical = loadTypicalScopes().lists.find((l) => l.name === 'organizational-unit');
  const orgUnitName = 'Referat Organizacyjny';
  const entry: EntryIntoForce = { kind: 'date', date: null };
  const unitId = newId('u');
  const order: Order = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      kind: 'organizational',
      number: null,
      date: null,
      title: '',
      subject: name,
      titleForm: kind.titleForm === 'office' ? 'office' : 'department',
      status: 'draft',
    },
    legalBasis: currentLegalBasis(today, opts.citations),
    leadership: { head: 'Dyrektor', deputies: [], shortName: kind.titleForm === 'office' ? null : short, ownTasksClause: true },
    units: [
      {
        id: unitId,
        symbol: '',
        name: orgUnitName,
        kind: unitKindOf(orgUnitName),
        parentId: null,
        reportsTo: { kind: 'head' },
        scope: { kind: 'tasks', lead: 'należą sprawy', tasks: typical ? fromTemplateItems(typical.items, values) : [], positions: [] },
      },
    ],
    commonDuties: fromTemplateItems(loadCommonDuties().items, values),
    annex: { present: true },
    execution: { addressee: `Dyrektorowi ${values.shortNameGenitive}` },
    repeals: [],
    entryIntoForce: entry,
    signature: { office: SIGNING_OFFICE, name: null },
    paragraphs: [
      { id: newId('par'), role: 'leadership' },
      { id: newId('par'), role: 'units' },
      { id: newId('par'), role: 'subordination' },
      { id: newId('par'), role: 'scope', unitIds: [unitId] },
      { id: newId('par'), role: 'commonDuties' },
      { id: newId('par'), role: 'annex' },
      { id: newId('par'), role: 'execution' },
      { id: newId('par'), role: 'entryIntoForce' },
    ],
    unplaced: [],
    coverage: [],
  };
  order.meta.title = titleFor(name, order.meta.titleForm);
  return { ok: true, order };
}
