/**
 * Rendering: the whole order as a sequence of typed blocks, every sentence generated from the model
 * (spec/document-format.md, "Parts, in order"): § 1 with the instrumental and the numeral, § 2 from the unit
 * register, § 3 from the subordination (one ustęp per superior, dative, singular or plural verb), one scope
 * paragraf per unit in the order of § 2 with the genitive heading, common duties, final clauses. Paragrafy,
 * ustępy, punkty, litery and tirety are numbered by position; enumerations are punctuated by the rules of
 * ZTP § 55–§ 59 (`;` between points, `.` after the last, `,` between letters and tirets with the last one
 * ending as its point would, `,` before a część wspólna); cross-references follow renumbering.
 *
 * The same blocks feed the plain text (`text.ts`), the DOCX and the print preview.
 */
import { bracketedJournalCitation, ENTRY_INTO_FORCE_STANDARD, formatPolishDate, PARTS, readEntryIntoForce, SIGNING_OFFICE } from '../lexicon/index.js';
import { deputiesPhrase, inflect, subordinationVerb } from '../language/index.js';
import { Citation } from '../model/citation.js';
import type { Deputy, Item, Order, Paragraph, SuperiorRef, Unit, Ustep } from '../model/order.js';
import { RichText, type TextContext } from '../model/rich-text.js';
import { fillPattern, formatJournalCitation, getOrderKind, type OrderKind } from '../templates/index.js';

/** A block of the rendered body. `text` is final (labels separate, punctuation included). */
export type RenderedBlock =
  | { kind: 'paragraf'; label: string; text: string; paragraphId: string }
  | { kind: 'ustep'; label: string | null; text: string }
  | { kind: 'punkt' | 'litera' | 'tiret'; label: string; text: string; depth: number; /** Id of the item (a unit's id for an entry of § 2). */ itemId?: string }
  | { kind: 'wspolna'; text: string; depth: number }
  | { kind: 'line'; text: string };

/** The rendered order. */
export interface RenderedDocument {
  /** True for a draft: no number and date yet (blanks are printed, and `PROJEKT` in the header). */
  draft: boolean;
  heading: string[];
  title: string;
  basis: string | null;
  body: RenderedBlock[];
  signature: string[];
  /** The annex heading and chart title, when the order has units. */
  annex: { heading: string[]; title: string } | null;
}

const BLANK = '……';

/**
 * The deputies of § 1 by name, when the order as written names them after `przy pomocy` (`kieruje Dyrektor przy
 * pomocy Zastępcy Dyrektora ds. Wydawnictw`): their names in the genitive, joined with `,` and `i`, so that the
 * printed § 1 keeps the words the order wrote; a helper named after them who is not a deputy (`oraz Głównego
 * Księgowego Wydziału`) follows them as written. Null when § 1 counts them (`przy pomocy dwóch Zastępców`,
 * 3468/2024), when a deputy it names is no longer in the register, or for a draft written from the template.
 */
function namedDeputiesPhrase(order: Order, p: Paragraph): string | null {
  const deputies = order.leadership?.deputies ?? [];
  const first = p.content?.[0];
  if (!deputies.length || !first) return null;
  const written = RichText.plain(first.text, order).replace(/\s+/g, ' ');
  const at = written.search(/przy\s+pomocy\s/);
  if (at < 0) return null;
  const after = written.slice(at);
  const names = deputies.map((d) => inflect(d.name, 'genitive', d.forms));
  if (!names.every((g) => g.includes(' ') && after.includes(g))) return null;
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} i ${names.at(-1)}`;
  // a helper of the head who is not a deputy, named after them (`oraz Głównego Księgowego Wydziału`), stays as
  // written; a `Zastępca` there is a deputy the model no longer has, and is not printed back
  const tail = after.slice(Math.max(...names.map((g) => after.indexOf(g) + g.length))).replace(/\.\s*$/, '');
  const helper = /^(?:\s*,\s*|\s+(?:i|oraz)\s+)(\p{Lu}[^.;]*)$/u.exec(tail);
  return helper && !/Zastępc/.test(helper[1]!) ? `${joined} oraz ${helper[1]!.trim()}` : joined;
}

/**
 * The helper of the head § 1 names after `przy pomocy` when the order has no deputies (`kieruje Dyrektor przy
 * pomocy Głównego Księgowego Biura` → `Głównego Księgowego Biura`), as written; null when § 1 names none, or names
 * a `Zastępca` (a deputy the model no longer has is not printed back).
 */
function writtenHelperWithoutDeputies(order: Order, p: Paragraph): string | null {
  const first = p.content?.[0];
  if (!first) return null;
  const m = /przy\s+pomocy\s+(\p{Lu}[^.;]*?)\.?$/u.exec(RichText.plain(first.text, order).replace(/\s+/g, ' ').trim());
  return m && !/Zastępc|Zastępów/.test(m[1]!) ? m[1]!.trim() : null;
}

/**
 * ` (tekst jednolity: Dz. U. z 2013 r. poz. 594 … )`: the journal citation of an imported basis as the order wrote
 * it, when the model holds none it could read (several years); '' otherwise.
 */
function writtenCitationOf(lb: NonNullable<Order['legalBasis']>): string {
  const written = lb.citation || !lb.written ? null : bracketedJournalCitation(lb.written);
  return written ? ` ${written}` : '';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Genitive of a unit's name, honouring the per-unit override. */
function gen(u: { name: string; forms?: Unit['forms'] }): string {
  return inflect(u.name, 'genitive', u.forms);
}

/** The short name the order uses for its subject (`Wydział`), or the subject's head noun. */
export function shortName(order: Order): string {
  return order.leadership?.shortName ?? (order.meta.subject ?? 'Wydział').split(/\s+/)[0]!;
}

function kindOf(order: Order): OrderKind | null {
  return getOrderKind(order.meta.titleForm === 'office' ? 'kancelaria-biuro' : 'wydzial');
}

function fill(text: string, values: Record<string, string>): string {
  const r = fillPattern(text, values);
  return r.ok ? r.text : text;
}


/** Adds the closing punctuation to a text that may already end with an abbreviation's full stop. */
function close(text: string, end: string): string {
  if (!end) return text;
  if (end === '.' && /\.$/.test(text)) return text;
  return text.replace(/[;,:]$/, '') + end;
}

/** First words that are names, not common nouns: they keep their capital letter. */
const PROPER_START = /^(?:Prezydent\p{L}*|Zastęp\p{L}*|Rad\p{L}*|Miast\p{L}*|Krak\p{L}*|Urz\p{L}*|Gmin\p{L}*|Wydzia\p{L}*|Biur\p{L}*|Biuletyn\p{L}*|Skarbnik\p{L}*|Sekretarz\p{L}*|Dyrektor\p{L}*|Kancelari\p{L}*|Referat\p{L}*|Polsk\p{L}*|Rzeczypospolit\p{L}*|Unii|Unia|Europejsk\p{L}*)$/u;

/**
 * Older orders open every point with a capital letter (`1. Ustalanie terminów …`); ZTP points open with a small
 * one. When most items of a list opened with a capital as written, the first word is put in small letters
 * unless it is a name or an acronym.
 */
function itemCase(items: Item[], ctx: TextContext): (text: string) => string {
  const written = items.filter((i) => i.written && /^\d+\.$/.test(i.written.label ?? ''));
  const capitals = written.filter((i) => /^\p{Lu}\p{Ll}/u.test(RichText.plain(i.text, ctx))).length;
  if (written.length === 0 || capitals * 2 <= written.length) return (t) => t;
  return (t) => {
    const first = /^(\p{Lu})(\p{Ll}+)(?=[\s,;:.]|$)/u.exec(t);
    if (!first || PROPER_START.test(first[0])) return t;
    return first[1]!.toLowerCase() + t.slice(1);
  };
}

/** True when every item of a list that carries a written label was written as a tiret (`–`), and one at least does. */
function writtenAsTirets(items: Item[]): boolean {
  const labels = items.flatMap((i) => (i.fixedLabel === undefined && i.written?.label ? [i.written.label] : []));
  return labels.length > 0 && labels.every((l) => l === '–');
}

/**
 * Renders an enumeration: points (depth 0), letters (1), tirets (2); a list written as tirets stays tirets at any depth.
 * `lastEnd` is how the enumeration's last element ends (`.` at the end of a paragraf, `;` inside a point).
 */
function renderItems(items: Item[], depth: number, lastEnd: string, ctx: TextContext, out: RenderedBlock[]): void {
  // a list the order wrote with dashes or bullets (`–`, `•`: the importer keeps them as `–`) stays a list of
  // tirety at any depth, as written; a list of numbers or letters is numbered by its depth
  const asTirets = depth >= 2 || writtenAsTirets(items);
  const kind = asTirets ? 'tiret' : depth === 0 ? 'punkt' : 'litera';
  const caseOf = itemCase(items, ctx);
  items.forEach((it, i) => {
    if (it.fixedLabel !== undefined) {
      // a line of a quoted new wording (amending order): its own label and text, as written
      out.push({ kind, label: it.fixedLabel, text: RichText.plain(it.text, ctx), depth, itemId: it.id });
      renderItems(it.children, Math.min(depth + 1, 2), lastEnd, ctx, out);
      if (it.wspolna?.length) out.push({ kind: 'wspolna', text: RichText.plain(it.wspolna, ctx), depth });
      return;
    }
    const last = i === items.length - 1;
    const sep = depth === 0 && !asTirets ? ';' : ',';
    const end = last ? lastEnd : sep;
    const label = asTirets ? '–' : depth === 0 ? `${i + 1})` : `${Citation.letterLabel(i + 1)})`;
    const text = caseOf(RichText.plain(it.text, ctx));
    const wspolna = RichText.plain(it.wspolna, ctx);
    if (it.children.length) {
      out.push({ kind, label, text: close(text, ':'), depth, itemId: it.id });
      renderItems(it.children, Math.min(depth + 1, 2), wspolna ? ',' : end, ctx, out);
      if (wspolna) out.push({ kind: 'wspolna', text: close(wspolna, end), depth });
    } else out.push({ kind, label, text: close(text, end), depth, itemId: it.id });
  });
}

/** An ustęp to render: its intro already written out, its items, its część wspólna. */
interface UstepToRender {
  text: string;
  items: Item[];
  wspolna?: string;
}

/**
 * Renders one paragraf made of ustępy (intro + items each); the first ustęp runs on after `§ n.`, or, when the
 * paragraf has its own title, the title does and the first ustęp starts the next line.
 */
function renderUstepy(par: { id: string; n: number; title?: string | undefined }, ustepy: UstepToRender[], ctx: TextContext, out: RenderedBlock[]): void {
  const numbered = ustepy.length > 1;
  if (par.title) out.push({ kind: 'paragraf', label: `§ ${par.n}.`, text: par.title, paragraphId: par.id });
  ustepy.forEach((u, i) => {
    const label = numbered ? `${i + 1}.` : null;
    const intro = u.text;
    const endsAt = u.items.length ? ':' : '.';
    const text = intro ? close(intro, u.wspolna || u.items.length ? ':' : endsAt) : '';
    if (i === 0 && !par.title) out.push({ kind: 'paragraf', label: `§ ${par.n}.`, text: label ? `${label} ${text}` : text, paragraphId: par.id });
    else out.push({ kind: 'ustep', label, text });
    renderItems(u.items, 0, u.wspolna ? ',' : '.', ctx, out);
    if (u.wspolna) out.push({ kind: 'wspolna', text: close(u.wspolna, '.'), depth: -1 });
  });
}

/** An ustęp as the model holds it (a generic paragraf's, or one kept as written), ready to render. */
function writtenUstep(u: Ustep, ctx: TextContext): UstepToRender {
  const w = RichText.plain(u.wspolna, ctx);
  return { text: RichText.plain(u.text, ctx), items: u.items, ...(w ? { wspolna: w } : {}) };
}

function superiorDative(order: Order, ref: SuperiorRef): string {
  switch (ref.kind) {
    case 'head':
      return `${inflect(order.leadership?.head ?? 'Dyrektor', 'dative')} ${inflect(shortName(order), 'genitive')}`;
    case 'deputy': {
      const d = order.leadership?.deputies.find((x) => x.id === ref.id);
      return d ? inflect(d.name, 'dative', d.forms) : '?';
    }
    case 'unit': {
      const u = order.units.find((x) => x.id === ref.id);
      return u ? inflect(u.name, 'dative', u.forms) : '?';
    }
    case 'prezydent':
      return 'Prezydentowi Miasta Krakowa';
    case 'sekretarz':
      return 'Sekretarzowi Miasta Krakowa';
    case 'external':
      return inflect(ref.name, 'dative');
  }
}

function sameRef(a: SuperiorRef, b: SuperiorRef): boolean {
  return a.kind === b.kind && ('id' in a ? a.id === (b as { id: string }).id : 'name' in a ? a.name === (b as { name: string }).name : true);
}

function unitEntry(u: Unit): string {
  return u.symbol ? `${u.name} – ${u.symbol}` : u.name;
}

/** § 3: one ustęp per superior; a sub-unit under its own parent needs no sentence (§ 2 shows it). */
function subordinationUstepy(order: Order): UstepToRender[] {
  const groups: { ref: SuperiorRef; members: (Unit | Deputy)[] }[] = [];
  const push = (ref: SuperiorRef, m: Unit | Deputy): void => {
    const g = groups.find((x) => sameRef(x.ref, ref));
    if (g) g.members.push(m);
    else groups.push({ ref, members: [m] });
  };
  for (const d of order.leadership?.deputies ?? []) push(d.reportsTo, d);
  for (const u of order.units) {
    if (u.parentId && u.reportsTo.kind === 'unit' && u.reportsTo.id === u.parentId) continue;
    push(u.reportsTo, u);
  }
  const rank = (r: SuperiorRef): number => ({ head: 0, deputy: 1, unit: 2, external: 3, sekretarz: 4, prezydent: 5 })[r.kind];
  const deputyIndex = (r: SuperiorRef): number => (r.kind === 'deputy' ? (order.leadership?.deputies ?? []).findIndex((d) => d.id === r.id) : 0);
  groups.sort((a, b) => rank(a.ref) - rank(b.ref) || deputyIndex(a.ref) - deputyIndex(b.ref));
  let n = 0;
  const item = (m: Unit | Deputy): Item => ({ id: `sub-${n++}`, text: RichText.of('symbol' in m ? unitEntry(m) : m.name), children: [] });
  return groups.map((g) => {
    const dat = superiorDative(order, g.ref);
    if (g.members.length === 1) {
      const m = g.members[0]!;
      const name = 'symbol' in m ? unitEntry(m) : m.name;
      // one subordinate: a sentence; the Prezydent and the Sekretarz are named last (`X podlega bezpośrednio Prezydentowi …`)
      if (g.ref.kind === 'prezydent' || g.ref.kind === 'sekretarz') return { text: `${cap(m.name)} ${subordinationVerb(1)} bezpośrednio ${dat}`, items: [] };
      return { text: `${dat} ${subordinationVerb(1)} bezpośrednio ${name}`, items: [] };
    }
    return { text: `${dat} ${subordinationVerb(g.members.length)} bezpośrednio`, items: g.members.map(item) };
  });
}

function unitsItems(order: Order): Item[] {
  const top = order.units.filter((u) => !u.parentId || !order.units.some((p) => p.id === u.parentId));
  const childrenOf = (u: Unit): Item[] => order.units.filter((c) => c.parentId === u.id).map((c) => ({ id: c.id, text: RichText.of(unitEntry(c)), children: childrenOf(c) }));
  return top.map((u) => ({ id: u.id, text: RichText.of(unitEntry(u)), children: childrenOf(u) }));
}

function scopeHeading(order: Order, kind: OrderKind | null, units: Unit[], lead: string): string {
  const names = units.map((u) => (u.symbol ? `${gen(u)} (${u.symbol})` : gen(u))).join(' oraz ');
  return `Do zakresu działania ${names} ${lead}`.trim();
}

/** Ustępy of one scope paragraf: the units' lists and the positions inside them. */
function scopeUstepy(order: Order, kind: OrderKind | null, units: Unit[], out: RenderedBlock[], n: number, par: Paragraph | null, ctx: TextContext): void {
  const main = units[0]!;
  const id = par?.id ?? `scope-${main.id}`;
  if (units.every((u) => u.scope.kind === 'separateOrder')) {
    const s = main.scope as { lead: string };
    renderUstepy({ id, n, title: par?.title }, [{ text: scopeHeading(order, kind, units, s.lead || 'należą sprawy określone odrębnym zarządzeniem'), items: [] }], ctx, out);
    return;
  }
  if (main.scope.kind === 'subunits') {
    const heading = `${scopeHeading(order, kind, [main], main.scope.lead || 'należą sprawy realizowane przez')}:`;
    if (par?.title) out.push({ kind: 'paragraf', label: `§ ${n}.`, text: par.title, paragraphId: id }, { kind: 'ustep', label: null, text: heading });
    else out.push({ kind: 'paragraf', label: `§ ${n}.`, text: heading, paragraphId: id });
    for (const sub of units.slice(1)) {
      if (sub.scope.kind !== 'tasks') continue;
      out.push({ kind: 'line', text: `${sub.name}${sub.symbol ? ` (${sub.symbol})` : ''}:` });
      renderItems(sub.scope.tasks, 0, '.', ctx, out);
    }
    return;
  }
  const ustepy: UstepToRender[] = [];
  const wspolna = (t: RichText | undefined): { wspolna?: string } => {
    const w = RichText.plain(t, ctx);
    return w ? { wspolna: w } : {};
  };
  for (const u of units) {
    const s = u.scope;
    if (s.kind === 'tasks') {
      if (s.tasks.length || s.positions.length === 0) ustepy.push({ text: scopeHeading(order, kind, [u], s.lead || 'należą sprawy'), items: s.tasks, ...wspolna(s.wspolna) });
      for (const p of s.positions) {
        ustepy.push({ text: `W strukturze ${gen(u)} funkcjonuje ${p.name}, do zakresu działania którego należy${p.lead ? ` ${p.lead}` : ''}`, items: p.tasks, ...wspolna(p.wspolna) });
      }
    } else if (s.kind === 'prose') ustepy.push({ text: `${scopeHeading(order, kind, [u], s.lead || 'należy')} ${RichText.plain(s.text, ctx)}`, items: [] });
    else if (s.kind === 'separateOrder') ustepy.push({ text: scopeHeading(order, kind, [u], s.lead || 'należą sprawy określone odrębnym zarządzeniem'), items: [] });
    else ustepy.push({ text: scopeHeading(order, kind, [u], s.lead), items: [] });
  }
  renderUstepy({ id, n, title: par?.title }, ustepy, ctx, out);
}

/**
 * Renders an order into blocks (see module doc). Pure; never throws for a schema-valid order.
 * Paragraf numbers are positions: a draft's paragrafy are numbered 1…n whatever the imported text wrote.
 */
export function renderDocument(order: Order): RenderedDocument {
  const ctx = RichText.context(order);
  const kind = kindOf(order);
  const draft = !order.meta.number;
  const org = order.meta.kind === 'organizational';
  const subject = order.meta.subject ?? '';
  const short = shortName(order);
  const subjectForms = order.meta.subjectForms;
  const shortGen = order.meta.titleForm === 'office' && !order.leadership?.shortName ? inflect(subject, 'genitive', subjectForms) : inflect(short, 'genitive');
  const body: RenderedBlock[] = [];
  let n = 0;
  const doneUnits = new Set<string>();
  for (const p of order.paragraphs) {
    if (p.role === 'scope') {
      // scopes are written in the order of § 2, each paragraf once
      if ((p.unitIds ?? []).every((id) => doneUnits.has(id))) continue;
    }
    switch (p.role) {
      case 'leadership': {
        n++;
        const deputies = order.leadership?.deputies.length ?? 0;
        const k = kind;
        let first = (deputies ? k?.leadership.text : k?.leadershipNoDeputies.text) ?? '{subjectInstrumental} kieruje {head}.';
        const values = {
          subjectInstrumental: inflect(subject, 'instrumental', subjectForms),
          shortNameInstrumental: inflect(short, 'instrumental'),
          head: order.leadership?.head ?? 'Dyrektor',
          // `przy pomocy dwóch Zastępców` / `przy pomocy Zastępcy`; `któremu podlega dwóch Zastępców` / `któremu podlega Zastępca`
          deputies: (/przy pomocy \{deputies\}/.test(first) ? namedDeputiesPhrase(order, p) : null) ?? deputiesPhrase(deputies, deputies === 1 && order.meta.titleForm === 'office' ? { as: 'subject' } : {}),
        };
        if (order.leadership?.shortName && !first.includes('{shortNameInstrumental}')) {
          first = first.replace('{subjectInstrumental} ', '{subjectInstrumental}, zwanym dalej {shortNameInstrumental}, ');
        }
        let sentence = fill(first, values);
        // the head helped by someone who is not a deputy (`przy pomocy Głównego Księgowego Biura`): as written
        const helper = deputies ? null : writtenHelperWithoutDeputies(order, p);
        if (helper && !/przy pomocy/.test(sentence)) sentence = `${sentence.replace(/\.$/, '')} przy pomocy ${helper}.`;
        if (!order.leadership?.shortName) sentence = sentence.replace(/, zwanym dalej [^,]*,/, '');
        const ustepy: UstepToRender[] = [{ text: sentence.replace(/\.$/, ''), items: [] }];
        // provisions of § 1 other than the head sentence, own tasks and subordination (which § 3 writes) stay as written
        for (const u of (p.content ?? []).slice(1)) {
          const whole = [u.text, ...u.items.flatMap(function all(i: Item): RichText[] { return [i.text, ...i.children.flatMap(all)]; })].map((t) => RichText.plain(t, ctx)).join(' ');
          if (/zadaniami\s+własnymi/.test(whole)) continue;
          // subordination stated in § 1 is written by § 3 when the order has one; otherwise it stays here
          if (/podległ/.test(whole) && order.paragraphs.some((x) => x.role === 'subordination')) continue;
          // an older order lists its units in an ustęp of § 1 (no paragraf of its own): the list is the register's
          const intro = RichText.plain(u.text, ctx);
          const register = !order.paragraphs.some((x) => x.role === 'units') && PARTS.unitsIntro.test(intro) && u.items.length > 0;
          ustepy.push({ text: intro, items: register ? unitsItems(order) : u.items });
        }
        if (order.leadership?.ownTasksClause) {
          const own = fill(k?.ownTasks.text ?? 'Wszystkie zadania realizowane w {shortNameLocative} są zadaniami własnymi gminy.', {
            // the declension (core/language), as every other form of a name: `w Wydziale`, `w Kancelarii Prezydenta`
            shortNameLocative: order.meta.titleForm === 'office' && !order.leadership?.shortName ? inflect(subject, 'locative', subjectForms) : inflect(short, 'locative'),
            subjectLocative: order.leadership?.shortName ? inflect(short, 'locative') : inflect(subject, 'locative', subjectForms),
          });
          ustepy.push({ text: own.replace(/\.$/, ''), items: [] });
        }
        renderUstepy({ id: p.id, n, title: p.title }, ustepy, ctx, body);
        break;
      }
      case 'units': {
        n++;
        const intro = fill(kind?.unitsIntro.text ?? 'W skład {shortNameGenitive} wchodzą następujące wewnętrzne komórki organizacyjne:', { shortNameGenitive: shortGen, subjectGenitive: shortGen });
        renderUstepy({ id: p.id, n, title: p.title }, [{ text: intro.replace(/:$/, ''), items: unitsItems(order) }], ctx, body);
        break;
      }
      case 'subordination': {
        n++;
        renderUstepy({ id: p.id, n, title: p.title }, subordinationUstepy(order), ctx, body);
        // the scope paragrafy follow § 3 in the order of § 2
        break;
      }
      case 'scope': {
        // render every unit's scope, in § 2 order, from this first scope paragraf on
        for (const u of order.units) {
          if (doneUnits.has(u.id)) continue;
          const par = order.paragraphs.find((x) => x.role === 'scope' && (x.unitIds ?? []).includes(u.id)) ?? null;
          const ids = par?.unitIds?.length ? par.unitIds : [u.id];
          const units = ids.map((id) => order.units.find((x) => x.id === id)).filter((x): x is Unit => !!x);
          if (units.length === 0) continue;
          for (const x of units) doneUnits.add(x.id);
          n++;
          scopeUstepy(order, kind, units, body, n, par, ctx);
        }
        break;
      }
      case 'commonDuties': {
        n++;
        const intro = fill(kind?.commonDutiesIntro.text ?? 'Wszystkie wewnętrzne komórki organizacyjne {shortNameGenitive} są odpowiedzialne za:', { shortNameGenitive: shortGen, subjectGenitive: shortGen });
        // ust. 1 is the list of common duties, or the ustęp `listAt` (`… zadania wspólne wymienione w ust. 2`), its
        // intro then as written; the other ustępy of the paragraf stay as written (`core/import`)
        const at = p.listAt ?? 0;
        const written = p.content ?? [];
        const listWritten = written[at];
        const w = RichText.plain(listWritten?.wspolna, ctx);
        const listText = at > 0 && listWritten ? RichText.plain(listWritten.text, ctx).replace(/:$/, '') : intro.replace(/:$/, '');
        const list: UstepToRender = { text: listText, items: order.commonDuties ?? [], ...(w ? { wspolna: w } : {}) };
        const ustepy = written.length ? written.map((u, k) => (k === at ? list : writtenUstep(u, ctx))) : [list];
        renderUstepy({ id: p.id, n, title: p.title }, ustepy, ctx, body);
        break;
      }
      case 'annex':
        n++;
        renderUstepy({ id: p.id, n, title: p.title }, [{ text: `Graficzny schemat organizacyjny ${shortGen} stanowi załącznik do zarządzenia`, items: [] }], ctx, body);
        break;
      case 'execution':
        n++;
        renderUstepy({ id: p.id, n, title: p.title }, [{ text: `Wykonanie zarządzenia powierza się ${order.execution?.addressee ?? `${inflect(order.leadership?.head ?? 'Dyrektor', 'dative')} ${shortGen}`}`, items: [] }], ctx, body);
        break;
      case 'repeal': {
        n++;
        const rs = order.repeals;
        const one = (r: (typeof rs)[number]): string => `nr ${r.number || BLANK} z dnia ${r.date ? formatPolishDate(r.date) : BLANK} ${r.title}`.trim();
        if (rs.length <= 1) renderUstepy({ id: p.id, n, title: p.title }, [{ text: `Traci moc zarządzenie Prezydenta Miasta Krakowa ${rs[0] ? one(rs[0]) : BLANK}`, items: [] }], ctx, body);
        else renderUstepy({ id: p.id, n, title: p.title }, [{ text: 'Tracą moc zarządzenia Prezydenta Miasta Krakowa', items: rs.map((r, i) => ({ id: `rep-${i}`, text: RichText.of(one(r)), children: [] })) }], ctx, body);
        break;
      }
      case 'entryIntoForce': {
        n++;
        const e = order.entryIntoForce;
        const text =
          !e ? `Zarządzenie wchodzi w życie z dniem ${BLANK}`
          : e.kind === 'signing' ? 'Zarządzenie wchodzi w życie z dniem podpisania'
          : e.kind === 'afterDays' ? `Zarządzenie wchodzi w życie po upływie ${e.days} dni od dnia podpisania`
          : `Zarządzenie wchodzi w życie z dniem ${e.date ? formatPolishDate(e.date).replace(/\.$/, '') : `${BLANK} r`}`;
        // a sentence of an imported order that says more than the standard one (`…, z mocą obowiązującą od …`)
        // is printed as written while it still says what the model says
        const written = p.content?.length === 1 && !p.content[0]!.items.length ? RichText.plain(p.content[0]!.text, ctx) : '';
        const asWritten = written && !ENTRY_INTO_FORCE_STANDARD.test(written) && JSON.stringify(readEntryIntoForce(written)) === JSON.stringify(e);
        renderUstepy({ id: p.id, n, title: p.title }, [{ text: asWritten ? written.replace(/\.$/, '') : e?.kind === 'date' ? `${text}.` : text, items: [] }], ctx, body);
        break;
      }
      default:
        n++;
        renderUstepy({ id: p.id, n, title: p.title }, (p.content ?? []).map((u) => writtenUstep(u, ctx)), ctx, body);
    }
  }
  // a draft: `NR ……/2026` (the spec's blank number of the current year)
  const number = order.meta.number ?? `${BLANK}/${new Date().getFullYear()}`;
  const date = order.meta.date ? formatPolishDate(order.meta.date) : BLANK;
  const heading = [`ZARZĄDZENIE NR ${number}`, 'PREZYDENTA MIASTA KRAKOWA', `Z DNIA ${date}`];
  const lb = order.legalBasis;
  const basis = lb
    ? `Na podstawie ${lb.provision} ${lb.act}${lb.citation ? ` (${formatJournalCitation(lb.citation)})` : writtenCitationOf(lb)}, zarządza się, co następuje:`
    : null;
  const signature = [order.signature.office || SIGNING_OFFICE, ...(order.signature.name ? [order.signature.name] : [])];
  // an amending order that replaces the chart carries the new chart as its own annex (core/amend)
  const annex =
    (org || (order.meta.amends && order.annex.present)) && order.units.length > 0
      ? {
          heading: [`Załącznik do zarządzenia Nr ${number}`, 'Prezydenta Miasta Krakowa', `z dnia ${date}`],
          title: `Schemat organizacyjny ${inflect(subject, 'genitive', subjectForms)}`,
        }
      : null;
  return { draft, heading, title: order.meta.title, basis, body, signature, annex };
}
