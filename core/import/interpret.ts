/**
 * From the generic structure of an order (`structure.ts`) to the model (`core/model/order.ts`): recognises the
 * parts listed in `spec/document-format.md` (§ 1 leadership, § 2 units, § 3 subordination, scopes, common duties,
 * annex reference, execution, repeal, entry into force) by their wording, and keeps whatever it cannot place
 * as an unplaced paragraph with a diagnostic.
 */
import type {
  Deputy, EntryIntoForce, Item, LegalBasis, Order, Paragraph, ParagraphRole, Position, Repeal, Scope, SuperiorRef,
  Unit, Unplaced, Ustep,
} from '../model/order.js';
import { SCHEMA_VERSION } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { toNominative, unitKindOf } from '../language/index.js';
import { AMENDING_TITLE, bracketedJournalCitation, DATE_SOURCE, readEntryIntoForce, endsWithAbbreviation, parsePolishDate, PARTS, readAmendedCitation, SIGNING_OFFICE, SYMBOL, UnitSymbol } from '../lexicon/index.js';
import { fold, looselySameName, splitSymbol } from './names.js';
import { describePos } from './source.js';
import type { RawDocument, RawItem, RawParagraph, RawUstep } from './structure.js';

/** Splits closing punctuation off an item's text; an abbreviation keeps its full stop in the text. */
function splitEnd(text: string): { text: string; end: string } {
  const t = fold(text);
  const m = /([;:,.])$/.exec(t);
  if (!m) return { text: t, end: '' };
  if (m[1] === '.' && endsWithAbbreviation(t)) return { text: t, end: '.' };
  return { text: t.slice(0, -1).trimEnd(), end: m[1]! };
}

class Ids {
  private n = 0;
  next(prefix: string): string {
    this.n += 1;
    return `${prefix}${this.n}`;
  }
}

/**
 * Merges an unlabelled item into the labelled one before it when the numbering goes on right after it
 * (`g) …; obsługa systemów GRU i WYBUD, h) …`): the text was one item broken by stray punctuation.
 */
function mergeStrays(items: RawItem[]): RawItem[] {
  const out: RawItem[] = [];
  // the next labelled item after each one, found from the end in one pass (a search from each item was
  // quadratic: 200,000 items of a list never finished; hostile-file campaign, issue 15)
  const nextLabelled: (RawItem | undefined)[] = new Array(items.length);
  for (let i = items.length - 1, seen: RawItem | undefined; i >= 0; i--) {
    nextLabelled[i] = seen;
    if (items[i]!.kind !== 'none') seen = items[i];
  }
  items.forEach((it, i) => {
    const prev = out[out.length - 1];
    // the next labelled item after this run of unlabelled ones
    const next = nextLabelled[i];
    if (it.kind === 'none' && prev && prev.kind !== 'none' && next && next.kind === prev.kind) {
      prev.text = `${prev.text} ${it.text}`;
      for (const c of it.children) prev.children.push(c);
      return;
    }
    out.push(it);
  });
  for (const it of out) it.children = mergeStrays(it.children);
  return out;
}

function toItems(raw: RawItem[], ids: Ids): Item[] {
  return mergeStrays(raw).map((r) => {
    const { text, end } = splitEnd(r.text);
    const item: Item = { id: ids.next('t'), text: RichText.of(text), children: toItems(r.children, ids), written: { label: r.label, end } };
    if (r.wspolna) item.wspolna = RichText.of(fold(r.wspolna));
    return item;
  });
}

function toUstepy(raw: RawUstep[], ids: Ids): Ustep[] {
  const out: Ustep[] = [];
  for (const u of raw) {
    const ustep: Ustep = { id: ids.next('s'), text: RichText.of(fold(u.text)), items: toItems(u.items, ids), written: { label: u.label } };
    if (u.wspolna) ustep.wspolna = RichText.of(fold(u.wspolna));
    out.push(ustep);
    for (const g of u.groups) out.push({ id: ids.next('s'), text: RichText.of(fold(g.heading)), items: toItems(g.items, ids), written: { label: null } });
  }
  return out;
}

/** A scope heading: `Do zakresu działania …`, `Do zadań …`, `Do podstawowych zadań …`. */
const SCOPE_HEADING = new RegExp(`^${PARTS.scopeHeading.source}`, 'iu');
const SCOPE_PARTS = /^Do\s+(?:zakresu\s+działania|(?:podstawowych\s+|szczegółowych\s+)?zadań)\s+(.+?)\s+(należ(?:y|ą)(?!\p{L}).*)$/u;

/** Share of a list's items that end with a unit symbol. */
function itemsSymbolShare(items: RawItem[]): number {
  return items.length ? items.filter((i) => splitSymbol(i.text).symbol !== null).length / items.length : 0;
}

/** `W skład Wydziału wchodzą … komórki organizacyjne:` with its list; a team's members (`W skład Zespołu wchodzą: 1) Jan …`) are not units. */
function isUnitsIntro(intro: string, items: RawItem[]): boolean {
  return PARTS.unitsIntro.test(intro) && (/komórk/i.test(intro) || itemsSymbolShare(items) >= 0.5);
}

/**
 * The ustęp of § 1 that lists the units, where an older order sets leadership, units and own tasks as the ustępy of
 * one paragraf (`§ 1. 1. Kancelarią … kieruje Dyrektor. 2. W skład Kancelarii wchodzą następujące wewnętrzne
 * komórki organizacyjne: 1) … 3. Zadania realizowane przez Kancelarię są zadaniami własnymi gminy.`); -1 when none.
 */
function unitsUstepOf(p: RawParagraph): number {
  return p.ustepy.findIndex((u, k) => k > 0 && u.items.length > 0 && isUnitsIntro(fold(u.text), u.items));
}

/**
 * The intro of the list of duties common to all units: `Wszystkie (wewnętrzne) komórki … są odpowiedzialne za:`,
 * `… są zobowiązane do:`, `Do wspólnych zadań …`, `Do zadań wspólnych …`, `Wspólne obowiązki …`, `Zadania wspólne …`.
 */
const COMMON_DUTIES_INTRO = /^(?:Wszystkie\s+(?:wewnętrzne\s+)?komórki\b.*(?:odpowiedzialne|zobowiązane)|Do\s+(?:wspólnych\s+(?:zadań|obowiązków)|(?:zadań|obowiązków)\s+wspólnych)(?!\p{L})|(?:Wspólne\s+(?:zadania|obowiązki)|(?:Zadania|Obowiązki)\s+wspólne)(?!\p{L}))/iu;
/** `… realizują zadania wspólne wymienione w ust. 2`: the number of the ustęp the common duties are listed in. */
const COMMON_DUTIES_REFERENCE = /(?:zada\p{L}*|obowiąz\p{L}*)\s+wspóln\p{L}*[^.]*?(?:wymienion|określon|wskazan)\p{L}*\s+w\s+ust\.\s*(\d+)/iu;

/**
 * Which ustęp of a paragraf lists the duties common to all units: the first whose intro is a common-duties intro
 * (`2. Wszystkie komórki organizacyjne Wydziału są odpowiedzialne za: …`), or the one ust. 1 refers the duties to
 * (`1. Komórki … realizują zadania wspólne wymienione w ust. 2.`); the list must have points. -1 when none.
 */
function commonDutiesUstep(p: RawParagraph): number {
  const withList = (k: number): boolean => (p.ustepy[k]?.items.length ?? 0) > 0;
  const byIntro = p.ustepy.findIndex((u, k) => withList(k) && COMMON_DUTIES_INTRO.test(fold(u.text)));
  if (byIntro >= 0) return byIntro;
  const ref = COMMON_DUTIES_REFERENCE.exec(fold(p.ustepy[0]?.text ?? ''));
  const k = ref ? Number(ref[1]) - 1 : -1;
  return k > 0 && withList(k) && p.ustepy[k]!.label !== null ? k : -1;
}

function classify(p: RawParagraph, index: number): ParagraphRole {
  const first = fold(p.ustepy[0]?.text ?? '');
  const all = p.ustepy.map((u) => fold(u.text)).join(' ');
  if (SCOPE_HEADING.test(first)) return 'scope';
  if (/\bkieruje\b/.test(first) && index <= 1) return 'leadership';
  // `W skład Wydziału wchodzą … komórki organizacyjne:`; a team's members (`W skład Zespołu wchodzą: 1) Jan …`) are not units
  if (isUnitsIntro(first, p.ustepy[0]?.items ?? [])) return 'units';
  if (COMMON_DUTIES_INTRO.test(first) || commonDutiesUstep(p) > 0) return 'commonDuties';
  if (/\bpodlega(?:ją)?\s+bezpośrednio(?!\p{L})/u.test(all) && p.ustepy.every((u) => /\bpodlega(?:ją)?(?!\p{L})/u.test(u.text))) return 'subordination';
  if (p.ustepy.length === 1 && /stanowi\s+załącznik/i.test(first)) return 'annex';
  if (p.ustepy.length === 1 && /^Wykonanie\s+zarządzenia\s+powierza\s+się/i.test(first)) return 'execution';
  if (/^(?:Traci|Tracą)\s+moc|^Uchyla\s+się\s+zarządzeni/i.test(first)) return 'repeal';
  if (p.ustepy.length === 1 && /wchodzi\s+w\s+życie/i.test(first)) return 'entryIntoForce';
  return 'general';
}

/**
 * An item kept as unplaced text: its written label with its words (`1) opracowywanie …;`), so that the label's
 * number is not reported again as a lost word and the fragment reads as it was written; placing it as a point
 * drops the label (`placeUnplaced`).
 */
function itemFragment(t: { text: string; item: RawItem }, where: string): Unplaced {
  return { text: t.item.label ? `${t.item.label} ${t.text}` : t.text, where };
}

/** Every text of a raw item tree, depth first (for scanning § 1 lists). */
function* itemTexts(items: RawItem[]): Generator<{ text: string; depth: number; item: RawItem }> {
  for (const it of items) {
    yield { text: fold(it.text), depth: 0, item: it };
    for (const c of itemTexts(it.children)) yield { ...c, depth: c.depth + 1 };
  }
}

const NUMERALS: Record<string, number> = {
  jednego: 1, dwóch: 2, dwu: 2, trzech: 3, czterech: 4, pięciu: 5, sześciu: 6,
};

function superiorFromDative(dative: string, head: string | null): SuperiorRef | { deputyName: string } | { unitName: string } {
  const t = fold(dative).replace(/[:.,]$/, '');
  if (/^Prezydentowi\b/.test(t)) return { kind: 'prezydent' };
  if (/^Sekretarzowi\b/.test(t)) return { kind: 'sekretarz' };
  if (/^(?:[IVX]+\s+)?Zastępcy\b/.test(t)) return { deputyName: t.replace(/^((?:[IVX]+\s+)?)Zastępcy\b/, '$1Zastępca') };
  if (head && t.toLowerCase().startsWith(head.toLowerCase().slice(0, 5))) return { kind: 'head' };
  return { unitName: t };
}

/** A name that starts in the dative: `Prezydentowi`, `Dyrektorowi`, `I Zastępcy`, `Kierownikowi`. */
const DATIVE_START = /^(?:[IVX]+\s+)?(?:\p{Lu}\p{Ll}*owi|Zastępcy)(?!\p{L})/u;

interface Ctx {
  ids: Ids;
  units: Unit[];
  deputies: Deputy[];
  head: string | null;
  unplaced: Unplaced[];
  warnings: string[];
}

function findUnit(ctx: Ctx, nameOrSymbol: string): Unit | undefined {
  const { name, symbol } = splitSymbol(nameOrSymbol);
  if (symbol) {
    const bySymbol = ctx.units.find((u) => u.symbol === symbol);
    if (bySymbol) return bySymbol;
  }
  return ctx.units.find((u) => looselySameName(u.name, name));
}

function deputyByName(ctx: Ctx, name: string, create: boolean): Deputy | undefined {
  const n = fold(name).replace(/[.;,:]$/, '');
  let d = ctx.deputies.find((x) => looselySameName(x.name, n));
  if (!d && create) {
    d = { id: ctx.ids.next('d'), name: n, reportsTo: { kind: 'head' } };
    ctx.deputies.push(d);
  }
  return d;
}

function resolveSuperior(ctx: Ctx, dative: string, where: string): SuperiorRef | null {
  const s = superiorFromDative(dative, ctx.head);
  if ('deputyName' in s) return { kind: 'deputy', id: deputyByName(ctx, s.deputyName, true)!.id };
  if ('unitName' in s) {
    const u = ctx.units.find((x) => looselySameName(x.name, s.unitName.replace(/^\S+\s+/, '')) || looselySameName(x.name, s.unitName));
    if (u) return { kind: 'unit', id: u.id };
    ctx.warnings.push(`${where}: nie rozpoznano przełożonego „${dative}”`);
    return { kind: 'external', name: toNominative(s.unitName, 'dative') };
  }
  return s;
}

function readUnits(ustepy: RawUstep[], ctx: Ctx, where: string): void {
  const add = (items: RawItem[], parent: Unit | null): void => {
    for (const it of items) {
      // `Biuro Rozliczeń Inwestycji – WI-04, w skład którego wchodzą:`: the entry without the words that open its list
      const { name, symbol } = splitSymbol(it.text.replace(new RegExp(`${PARTS.subunits.source}\\s*$`, 'u'), ''));
      if (!name) continue;
      const unit: Unit = {
        id: ctx.ids.next('u'),
        symbol: symbol ?? '',
        name,
        kind: unitKindOf(name),
        parentId: parent?.id ?? null,
        reportsTo: parent ? { kind: 'unit', id: parent.id } : { kind: 'head' },
        scope: { kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] },
      };
      if (!symbol) ctx.warnings.push(`${where}: komórka „${name}” nie ma symbolu`);
      ctx.units.push(unit);
      add(it.children, unit);
    }
  };
  const before = ctx.units.length;
  for (const u of ustepy) add(u.items, null);
  nestBySymbol(ctx.units.slice(before));
}

/**
 * Sub-units listed flat (`2) Referat Księgowości Wydatków FK-01-1` after `1) Główny Księgowy FK-01`) go under the
 * unit whose symbol their own extends, when the text gives them no parent of their own. Source: the symbol
 * practice of the city hall (a sub-unit's symbol is its parent's with one more number, spec/glossary.md).
 */
function nestBySymbol(units: Unit[]): void {
  const bySymbol = new Map(units.filter((u) => u.symbol).map((u) => [u.symbol, u]));
  for (const u of units) {
    if (u.parentId !== null || !u.symbol) continue;
    const parentSymbol = UnitSymbol.parentOf(u.symbol);
    const parent = parentSymbol ? bySymbol.get(parentSymbol) : undefined;
    if (!parent || parent === u) continue;
    u.parentId = parent.id;
    u.reportsTo = { kind: 'unit', id: parent.id };
  }
}

/** A deputy named only by the office (`Zastępcy Dyrektora`, `Zastępcy Dyrektora Wydziału`): counted, not named. */
const BARE_DEPUTY = /^Zastępcy\s+(?:Dyrektora|Kierownika|Naczelnika|Komendanta)(?:\s+(?:Wydziału|Biura|Kancelarii|Urzędu|Centrum|Zarządu))?\.?$/;

/** The subject named at the start of § 1 (`Wydziałem Finansowym, zwanym dalej …, kieruje`), nominative, or null. */
function subjectFromLeadership(p: RawParagraph | undefined): string | null {
  const first = fold(p?.ustepy[0]?.text ?? '');
  const m = /^((?:\p{Lu}\p{Ll}*)(?:\s+(?:\p{Lu}[\p{L}-]*|i|ds\.|do|w|z|oraz))*?)(?:,?\s+zwan\p{L}*\s+dalej\b|\s+kieruje\b)/u.exec(first);
  return m ? toNominative(m[1]!, 'instrumental') : null;
}

function readLeadership(p: RawParagraph, ctx: Ctx): { head: string; count: number; shortName: string | null; ownTasks: boolean } {
  const first = fold(p.ustepy[0]?.text ?? '');
  // `kieruje Dyrektor Wydziału` → `Dyrektor`: the head is named without the department it heads
  const head = (/\bkieruje\s+(.+?)(?:\s+przy\s+pomocy\b|,|\.|$)/.exec(first)?.[1]?.trim() ?? 'Dyrektor').replace(
    /\s+(?:Wydziału|Biura|Kancelarii|Oddziału|Zespołu|Centrum|Urzędu|Departamentu|Zarządu)(?:\s.*)?$/,
    '',
  );
  let count = 0;
  const dep = /(?:przy\s+pomocy|podlega(?:ją)?)\s+(?:(\S+)\s+)?Zastępc(?:ów|y|a)(?!\p{L})/u.exec(first);
  if (dep) count = dep[1] ? NUMERALS[dep[1].toLowerCase()] ?? 1 : 1;
  // deputies named in § 1 (`przy pomocy I Zastępcy Dyrektora i Zastępcy Dyrektora ds. Finansowych`)
  const named = /przy\s+pomocy\s+(.+?)\.?$/.exec(first)?.[1];
  if (named && !dep?.[1]) {
    for (const part of named.split(/,\s*|\s+oraz\s+|\s+i\s+(?=(?:[IVX]+\s+)?Zastępc)/)) {
      // a named deputy has an ordinal or a qualifier; a bare `Zastępcy` only counts one
      if (/^(?:[IVX]+\s+Zastępcy\b|Zastępcy\s+\S)/.test(part.trim()) && !BARE_DEPUTY.test(part.trim())) deputyByName(ctx, part.trim().replace(/^((?:[IVX]+\s+)?)Zastępcy\b/, '$1Zastępca'), true);
    }
    if (ctx.deputies.length > 1) count = ctx.deputies.length;
  }
  const short = /zwan\w*\s+dalej\s+„?([^,„”]+?)”?(?:,|\s+kieruj)/.exec(first)?.[1];
  const ownTasks = p.ustepy.some((u) => /zadaniami\s+własnymi\s+gminy/.test(u.text));
  return { head, count, shortName: short ? toNominative(fold(short), 'instrumental') : null, ownTasks };
}

/** § 1 further ustępy: positions reporting straight to the Prezydent or the Sekretarz. */
function readLeadershipSubordination(p: RawParagraph, ctx: Ctx): void {
  const apply = (superior: SuperiorRef, genitiveName: string): void => {
    const u = ctx.units.find((x) => looselySameName(x.name, genitiveName));
    if (u) u.reportsTo = superior;
  };
  const superiorIn = (t: string): SuperiorRef | null =>
    /Prezydentowi\s+Miasta/.test(t) ? { kind: 'prezydent' } : /Sekretarzowi\s+Miasta/.test(t) ? { kind: 'sekretarz' } : null;
  for (const u of p.ustepy.slice(1)) {
    const intro = fold(u.text);
    const sup = superiorIn(intro);
    const inline = /\bstanowisk\w*\s+(.+?)\.?$/.exec(intro);
    if (sup && inline && !/:$/.test(intro)) apply(sup, inline[1]!);
    let current: SuperiorRef | null = sup;
    for (const { text, depth } of itemTexts(u.items)) {
      const s = superiorIn(text);
      if (s && depth === 0) current = s;
      if (s && depth === 0 && !/:$/.test(text)) {
        const m = /\bstanowisk\w*\s+(.+?)[.;,]?$/.exec(text);
        if (m) apply(s, m[1]!);
      } else if (current && (depth > 0 || !s)) apply(current, text.replace(/[.;,]$/, ''));
    }
  }
}

function readSubordination(p: RawParagraph, ctx: Ctx, pnum: string): void {
  p.ustepy.forEach((u, ui) => {
    const where = `§ ${pnum}${p.ustepy.length > 1 ? ` ust. ${ui + 1}` : ''}`;
    const intro = fold(u.text);
    const list = /^(.+?)\s+podlega(?:ją)?\s+(?:bezpośrednio\s*)?:?$/.exec(intro);
    if (list) {
      const sup = resolveSuperior(ctx, list[1]!, where);
      for (const it of mergeStrays(u.items)) {
        const text = fold(it.text).replace(/[.;,]$/, '');
        const { symbol } = splitSymbol(text);
        const unit = symbol ? ctx.units.find((x) => x.symbol === symbol) : undefined;
        if (unit && sup) unit.reportsTo = sup;
        else if (/\bZastępca\b/.test(text)) {
          const d = deputyByName(ctx, text, true)!;
          if (sup) d.reportsTo = sup;
        } else {
          const byName = findUnit(ctx, text);
          if (byName && sup) byName.reportsTo = sup;
          else ctx.unplaced.push({ text, where: `${where}: nie rozpoznano podległej komórki` });
        }
      }
      return;
    }
    const sentence = /^(.+?)\s+podlega(?:ją)?\s+(?:bezpośrednio\s+|merytorycznie\s+)?(.+?)\.?$/u.exec(intro);
    if (sentence) {
      // `X podlega Y`: the superior is the side in the dative (`Prezydentowi`, `I Zastępcy Dyrektora`)
      const leftDative = DATIVE_START.test(sentence[1]!);
      const sup = resolveSuperior(ctx, leftDative ? sentence[1]! : sentence[2]!, where);
      const subject = leftDative ? sentence[2]! : sentence[1]!;
      // one subordinate, or several in one sentence (`… podlegają bezpośrednio: Zastępca …, Referat … – KS-01 oraz …`)
      const parts = findUnit(ctx, subject) || !leftDative ? [subject] : subject.split(/[,;]\s*|\s+oraz\s+/).filter((x) => x.trim());
      for (const part of parts) {
        const text = part.trim().replace(/[.;,]$/, '');
        const unit = findUnit(ctx, text);
        if (unit && sup) unit.reportsTo = sup;
        else if (/\bZastępca\b/.test(text) && sup) deputyByName(ctx, text, true)!.reportsTo = sup;
        else ctx.unplaced.push({ text, where: `${where}: nie rozpoznano podległej komórki` });
      }
      return;
    }
    ctx.unplaced.push({ text: intro, where: `${where}: zdanie bez podległości` });
  });
}

const POSITION = /^W\s+strukturze\s+.+?\s+funkcjonuj\w*\s+(.+?),\s*do\s+zakresu\s+działania\s+którego\s+należ\w*\s*(.*?):?$/;

/**
 * Reads one scope heading ustęp (`Do zakresu działania … (SYMBOL) należą sprawy:` with its list) into the
 * units it names. Returns the ids of the units whose scope it set, main unit first.
 */
function readOneScope(u: RawUstep, ctx: Ctx, where: string): Unit[] {
  const intro = fold(u.text);
  const m = SCOPE_PARTS.exec(intro);
  const namePart = m?.[1] ?? intro;
  const leadAll = (m?.[2] ?? '').replace(/:$/, '').trim();
  const symbols = [...namePart.matchAll(new RegExp(`\\((${SYMBOL.source})\\)`, 'g'))].map((x) => x[1]!);
  let units = symbols.map((s) => ctx.units.find((x) => x.symbol === s)).filter((x): x is Unit => !!x);
  if (units.length === 0) {
    const byName = ctx.units.find((x) => looselySameName(x.name, namePart));
    if (byName) units = [byName];
  }
  if (units.length === 0) {
    ctx.unplaced.push({ text: intro, where: `${where}: zakres działania komórki, której nie ma w wykazie komórek` });
    for (const t of itemTexts(u.items)) ctx.unplaced.push(itemFragment(t, where));
    return [];
  }
  const main = units[0]!;
  if (/odrębn\w+\s+zarządzeni/u.test(leadAll)) {
    for (const x of units) x.scope = { kind: 'separateOrder', lead: leadAll };
    return units;
  }
  const hasList = u.items.length > 0 || u.groups.length > 0;
  if (!hasList && !/:$/.test(intro)) {
    const verb = /^(należ(?:y|ą)(?:\s+sprawy)?)\s+(.*)$/u.exec(leadAll);
    main.scope = { kind: 'prose', lead: verb?.[1] ?? 'należy', text: RichText.of((verb?.[2] ?? leadAll).replace(/\.$/, '')) };
    return [main];
  }
  const done = [main];
  if (u.groups.length > 0 && u.items.length === 0) {
    main.scope = { kind: 'subunits', lead: leadAll };
    for (const g of u.groups) {
      const sym = new RegExp(`\\((${SYMBOL.source})\\)`).exec(g.heading)?.[1];
      const sub = sym ? ctx.units.find((x) => x.symbol === sym) : ctx.units.find((x) => looselySameName(x.name, g.heading.replace(/:$/, '')));
      if (!sub) {
        ctx.unplaced.push({ text: fold(g.heading), where: `${where}: lista zadań komórki, której nie ma w wykazie komórek` });
        for (const t of itemTexts(g.items)) ctx.unplaced.push(itemFragment(t, where));
        continue;
      }
      sub.scope = { kind: 'tasks', lead: 'należą sprawy', tasks: toItems(g.items, ctx.ids), positions: [] };
      done.push(sub);
    }
    return done;
  }
  const scope: Scope & { kind: 'tasks' } = { kind: 'tasks', lead: leadAll, tasks: toItems(u.items, ctx.ids), positions: [] };
  if (u.wspolna) scope.wspolna = RichText.of(fold(u.wspolna));
  for (const g of u.groups) {
    ctx.unplaced.push({ text: fold(g.heading), where: `${where}: nagłówek w zakresie działania` });
    for (const t of itemTexts(g.items)) ctx.unplaced.push(itemFragment(t, where));
  }
  main.scope = scope;
  return done;
}

/**
 * A scope paragraf: its first ustęp names the unit (or units), further ustępy are either positions inside the
 * unit (`W strukturze … funkcjonuje Stanowisko …, do zakresu działania którego należy:`) or the scopes of
 * further units (sub-units set out in the same paragraf).
 */
function readScope(p: RawParagraph, ctx: Ctx, pnum: string): string[] {
  const several = p.ustepy.length > 1;
  const ids: string[] = [];
  let last: Unit | null = null;
  p.ustepy.forEach((u, i) => {
    const where = `§ ${pnum}${several ? ` ust. ${i + 1}` : ''}`;
    const text = fold(u.text);
    if (i === 0 || SCOPE_HEADING.test(text)) {
      const units = readOneScope(u, ctx, where);
      for (const x of units) if (!ids.includes(x.id)) ids.push(x.id);
      last = units[0] ?? last;
      return;
    }
    const pm = POSITION.exec(text);
    const owner = last as Unit | null;
    if (pm && owner && owner.scope.kind === 'tasks') {
      owner.scope.positions.push({ id: ctx.ids.next('p'), name: fold(pm[1]!), lead: fold(pm[2]!), tasks: toItems(u.items, ctx.ids), writtenIntro: text });
    } else {
      ctx.unplaced.push({ text, where: `${where}: ustęp zakresu działania, którego nie rozpoznano` });
      for (const t of itemTexts(u.items)) ctx.unplaced.push(itemFragment(t, where));
    }
  });
  return ids;
}

/** An order's number as written (`2208 / 2008`, a copy's spaces around the slash) in its form: `2208/2008`. */
function orderNumber(written: string): string {
  return written.replace(/\s+/g, '');
}

/** The date of a repealed order in any form orders write it (`z dnia 14 maja 2019 r.`, `14.05.2019r.`, `2019-05-14`). */
const REPEAL_DATE = new RegExp(`z\\s+dnia\\s+(${DATE_SOURCE})`, 'iu');

function readRepeals(p: RawParagraph): Repeal[] {
  const texts: string[] = [];
  for (const u of p.ustepy) {
    if (u.items.length === 0) texts.push(fold(u.text));
    for (const t of itemTexts(u.items)) if (t.depth === 0) texts.push(t.text);
  }
  const out: Repeal[] = [];
  for (const t of texts) {
    const num = /\b(?:nr|Nr|NR)\s*(\d+\s*\/\s*\d{4})/.exec(t);
    if (!num) continue;
    const date = REPEAL_DATE.exec(t);
    // the title is what follows the number and the date (`w sprawie …`, `zmieniające zarządzenie w sprawie …`)
    const from = Math.max(num.index + num[0].length, date ? date.index + date[0].length : 0);
    const title = fold(t.slice(from)).replace(/^Prezydenta\s+Miasta\s+Krakowa(?!\p{L})\s*/u, '').replace(/[\s.;,]+$/, '');
    out.push({ number: orderNumber(num[1]!), date: date ? parsePolishDate(date[1]!) : null, title });
  }
  return out;
}

function readLegalBasis(basis: string | null): LegalBasis | null {
  if (!basis) return null;
  const t = fold(basis);
  const provision = /^Na\s+podstawie\s+(art\.\s*\S+(?:\s+ust\.\s*\S+)?(?:\s+pkt\s*\S+)?)/.exec(t)?.[1] ?? '';
  const act = (/(ustawy\s+z\s+dnia\s+.+?\s*r\.\s+o\s+[^(,]+?)\s*(?:\(|,|zarządza)/.exec(t)?.[1]?.trim() ?? '').replace(/(\d)r\./, '$1 r.');
  const dz = /Dz\.\s*U\.\s*(?:z\s*)?(\d{4})\s*r\.\s*(?:Nr\s*(\d+),?\s*)?poz\.\s*([\d,\si]+?)(?:\s*z\s+późn|\)|$)/.exec(t);
  const citation = dz
    ? {
        year: Number(dz[1]),
        ...(dz[2] ? { issue: Number(dz[2]) } : {}),
        positions: dz[3]!.split(/[,\s]+|\bi\b/).filter((x) => /^\d+$/.test(x)).map(Number),
      }
    : null;
  const lb: LegalBasis = { provision, act, citation, written: t };
  if (/o\s+samorządzie\s+gminnym/.test(act)) lb.actKey = 'ustawa-o-samorzadzie-gminnym';
  return lb;
}

/**
 * The order an amending order amends (zarządzenie zmieniające, `core/lexicon/amendment.ts`): read from the first
 * ustęp whose sentence is `W zarządzeniu Nr … wprowadza się następujące zmiany` (or `… otrzymuje brzmienie`), the
 * title taken from that sentence. Null when the order has no such sentence; a title `zmieniające zarządzenie …`
 * with no such sentence gives the number and date cited in the title.
 */
function amendedOrder(doc: RawDocument, title: string): NonNullable<Order['meta']['amends']> | null {
  for (const p of doc.paragraphs) {
    for (const u of p.ustepy) {
      const c = readAmendedCitation(fold(u.text));
      if (c) return { number: c.number, date: c.date, title: c.title };
    }
  }
  if (!AMENDING_TITLE.test(title)) return null;
  const cited = /(?:Nr|nr|NR)\.?\s*(\d+\/\d{4})/.exec(title);
  if (!cited) return null;
  const rest = title.slice(cited.index);
  const dated = /z\s+dnia\s+(.+?)(?:\s+w\s+sprawie|$)/.exec(rest);
  const inner = /(?<![\p{L}])w\s+sprawie\s[\s\S]*$/u.exec(rest);
  return { number: cited[1]!, date: dated ? parsePolishDate(dated[1]!) : null, title: inner?.[0] ?? '' };
}

/** Result of interpreting a raw document. */
export interface InterpretResult {
  order: Order;
  warnings: string[];
}

/**
 * Builds the model from the generic structure. Never throws on odd text: what it cannot place goes to
 * `order.unplaced` with a Polish diagnostic saying where it stood.
 */
export function interpret(doc: RawDocument): InterpretResult {
  const ids = new Ids();
  const ctx: Ctx = { ids, units: [], deputies: [], head: null, unplaced: [], warnings: [] };
  const heading = doc.headingLines.join(' ');
  const written = /NR\.?\s+(\d+\s*\/\s*\d{4})/i.exec(heading)?.[1];
  const number = written ? orderNumber(written) : null;
  const date = /Z\s+DNIA\s+(.+)$/i.exec(heading) ? parsePolishDate(/Z\s+DNIA\s+(.+)$/i.exec(heading)![1]!) : null;
  const title = fold(doc.title ?? '').replace(/\.$/, '');
  const roles = doc.paragraphs.map((p, i) => classify(p, i));
  const leadPara = roles[0] === 'leadership' ? doc.paragraphs[0] : undefined;
  // the unit register first: every other part refers to it; with no paragraf of its own, an ustęp of § 1
  const unitsInLeadership = !roles.includes('units') && leadPara ? unitsUstepOf(leadPara) : -1;
  const organizational = roles.includes('units') || unitsInLeadership >= 0;
  doc.paragraphs.forEach((p, i) => {
    if (roles[i] === 'units') readUnits(p.ustepy, ctx, `§ ${p.number}`);
  });
  if (leadPara && unitsInLeadership >= 0) readUnits([leadPara.ustepy[unitsInLeadership]!], ctx, `§ ${leadPara.number} ust. ${unitsInLeadership + 1}`);
  let leadership: Order['leadership'] = null;
  const leadIdx = roles.indexOf('leadership');
  let declared = 0;
  if (organizational && leadIdx >= 0) {
    const l = readLeadership(doc.paragraphs[leadIdx]!, ctx);
    ctx.head = l.head;
    declared = l.count;
    leadership = { head: l.head, deputies: ctx.deputies, shortName: l.shortName, ownTasksClause: l.ownTasks };
    readLeadershipSubordination(doc.paragraphs[leadIdx]!, ctx);
  } else if (organizational) {
    ctx.head = 'Dyrektor';
    leadership = { head: 'Dyrektor', deputies: ctx.deputies, shortName: null, ownTasksClause: false };
  }
  const paragraphs: Paragraph[] = [];
  /** Ids of the units whose scope a scope paragraf set. */
  const scoped = new Set<string>();
  let commonDuties: Item[] | null = null;
  const repeals: Repeal[] = [];
  let entryIntoForce: EntryIntoForce | null = null;
  let execution: Order['execution'] = null;
  let annex = false;
  doc.paragraphs.forEach((p, i) => {
    let role = roles[i]!;
    if (!organizational && role !== 'repeal' && role !== 'entryIntoForce' && role !== 'execution' && role !== 'annex') role = 'general';
    const para: Paragraph = { id: ids.next('par'), role, writtenNumber: p.number, ...(p.title ? { title: fold(p.title) } : {}) };
    const first = fold(p.ustepy[0]?.text ?? '');
    switch (role) {
      case 'subordination':
        readSubordination(p, ctx, p.number);
        para.content = toUstepy(p.ustepy, ids);
        break;
      case 'scope':
        para.unitIds = readScope(p, ctx, p.number);
        for (const id of para.unitIds) scoped.add(id);
        para.writtenIntro = first;
        para.content = toUstepy(p.ustepy, ids).map((u) => ({ ...u, items: [] }));
        break;
      case 'commonDuties': {
        // the list is ust. 1, or the ustęp that names the duties or that ust. 1 refers them to (`… w ust. 2`)
        const at = Math.max(0, commonDutiesUstep(p));
        commonDuties = toItems(p.ustepy[at]?.items ?? [], ids);
        para.writtenIntro = fold(p.ustepy[at]?.text ?? first);
        // other ustępy (`2. Kierownicy komórek odpowiadają …`) and a część wspólna stay as written; the list's
        // ustęp is `order.commonDuties`, so its copy here has no items (as `leadership` keeps § 1)
        if (p.ustepy.length > 1 || p.ustepy[0]?.wspolna || p.ustepy[0]?.groups.length) {
          const content: Ustep[] = [];
          p.ustepy.forEach((u, k) => {
            if (k === at) para.listAt = content.length;
            content.push(...toUstepy([u], ids).map((x, j) => (k === at && j === 0 ? { ...x, items: [] } : x)));
          });
          para.content = content;
          if (para.listAt === 0) delete para.listAt;
        }
        break;
      }
      case 'annex':
        annex = true;
        para.content = toUstepy(p.ustepy, ids);
        break;
      case 'execution':
        execution = { addressee: first.replace(/^Wykonanie\s+zarządzenia\s+powierza\s+się\s+/i, '').replace(/\.$/, '') };
        para.content = toUstepy(p.ustepy, ids);
        break;
      case 'repeal':
        for (const r of readRepeals(p)) repeals.push(r);
        para.content = toUstepy(p.ustepy, ids);
        break;
      case 'entryIntoForce':
        entryIntoForce = readEntryIntoForce(first);
        para.content = toUstepy(p.ustepy, ids);
        break;
      default:
        para.content = toUstepy(p.ustepy, ids);
    }
    paragraphs.push(para);
  });
  // a unit of § 2 the text gives no scope to is printed with an empty one: say so (the copy may be cut short)
  if (organizational) {
    for (const u of ctx.units) {
      if (scoped.has(u.id)) continue;
      ctx.warnings.push(`Komórka „${u.name}”${u.symbol ? ` (${u.symbol})` : ''} nie ma w tekście zakresu działania: zarządzenie go nie określa albo kopia jest niepełna; uzupełnij go przed wydrukiem.`);
    }
  }
  if (leadership && ctx.deputies.length === 0 && declared > 0) {
    ctx.warnings.push(`§ 1: zarządzenie zapowiada ${declared} zastępców, ale ich nie nazywa`);
  }
  for (const b of doc.preamble) ctx.unplaced.push({ text: b.text, where: `przed § 1 (${describePos(b.pos)})` });
  for (const b of doc.unplacedTail) ctx.unplaced.push({ text: b.text, where: `${describePos(b.pos)}: tekst wydrukowany jako nieprzypisany` });
  for (const b of doc.chapters) ctx.unplaced.push({ text: b.text, where: `${describePos(b.pos)}: nagłówek rozdziału (model zarządzenia nie ma rozdziałów)` });
  const [office, ...rest] = doc.signature;
  const signerName = rest.filter((l) => /\p{L}/u.test(l)).join(' ').trim();
  let subject: string | null = null;
  if (organizational) {
    const m = /zakresu\s+działania\s+(.+)$/.exec(title);
    subject = m ? toNominative(m[1]!, 'genitive') : leadIdx >= 0 ? subjectFromLeadership(doc.paragraphs[leadIdx]) : null;
  }
  const amends = organizational ? null : amendedOrder(doc, title);
  const legalBasis = readLegalBasis(doc.basis);
  // a journal citation the model cannot hold (several years: `Dz. U. z 2013 r. poz. 594 … oraz z 2014 r. poz. 379`)
  // is printed as written; the lawyer is told, so that the metryczka is brought up to date knowingly
  const writtenCitation = legalBasis && !legalBasis.citation && legalBasis.written ? bracketedJournalCitation(legalBasis.written) : null;
  if (writtenCitation) ctx.warnings.push(`Podstawa prawna: nie odczytano metryczki ustawy ${writtenCitation}; zachowano ją w brzmieniu zarządzenia, sprawdź ją w Kontroli.`);
  const order: Order = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      kind: organizational ? 'organizational' : 'general',
      number,
      date,
      title,
      subject,
      titleForm: amends ? 'other' : /podziału\s+na\s+wewnętrzne\s+komórki/.test(title) ? 'department' : /w\s+sprawie\s+organizacji\s+i\s+szczegółowego/.test(title) ? 'office' : 'other',
      status: number ? 'signed' : 'draft',
      ...(heading ? { writtenHeading: heading } : {}),
      ...(amends ? { amends } : {}),
    },
    legalBasis,
    leadership,
    units: ctx.units,
    commonDuties,
    annex: { present: annex },
    execution,
    repeals,
    entryIntoForce,
    signature: { office: office ?? SIGNING_OFFICE, name: signerName || null },
    paragraphs,
    unplaced: ctx.unplaced,
    coverage: [],
  };
  return { order, warnings: ctx.warnings };
}
