/**
 * The amending order (zarządzenie zmieniające) as an order of kind `general`, and its amendments read back.
 *
 * § 1: `W zarządzeniu nr … Prezydenta Miasta Krakowa z dnia … w sprawie … [, zmienionym zarządzeniem nr …,]
 * wprowadza się następujące zmiany:` followed by one point per change in the order of the text (ZTP § 92–§ 94);
 * a new wording is quoted whole with its labels in `„ ”`, each line an item with a fixed label (`Item.fixedLabel`)
 * so that rendering, DOCX and preview print the quoted labels as written. § 2 execution, § 3 entry into force.
 *
 * Reading back ({@link readAmendments}) parses the instructions this module writes (the same forms a hand-written
 * amending order uses) and the quoted lines under them.
 */
import { INTRO_TAIL, readAmendedCitation } from '../lexicon/amendment.js';
import { endsWithAbbreviation, formatPolishDate, SYMBOL_IN_BRACKETS } from '../lexicon/index.js';
import type { Item, Order, Repeal } from '../model/order.js';
import { SCHEMA_VERSION } from '../model/order.js';
import { RichText, type TextContext } from '../model/rich-text.js';
import { cite, diffTrees, type Amendment, type AmendmentPlan, type Seg } from './diff.js';
import { citeWord, fullLabel, orderTree, type EKind, type EUnit } from './tree.js';

export { INTRO_TAIL };

const BLANK = '……';

/** How the amended order is cited: `nr 3468/2024 Prezydenta Miasta Krakowa z dnia 5 grudnia 2024 r. w sprawie …`. */
export function citeOrder(o: { number: string | null; date: string | null; title: string }): string {
  return `nr ${o.number ?? BLANK} Prezydenta Miasta Krakowa z dnia ${o.date ? formatPolishDate(o.date) : BLANK} ${o.title}`.replace(/\s+/g, ' ').trim();
}

/** The introductory sentence (without the colon). `earlier`: the amended order's earlier amendments. */
export function introSentence(amended: Order['meta'], earlier: Repeal[] = []): string {
  const changed = earlier.length
    ? `, zmienionym zarządzeni${earlier.length > 1 ? 'ami' : 'em'} ${earlier.map((e) => `nr ${e.number} z dnia ${e.date ? formatPolishDate(e.date) : BLANK}`).join(', ').replace(/, ([^,]*)$/, ' i $1')},`
    : '';
  return `W zarządzeniu ${citeOrder(amended)}${changed} ${INTRO_TAIL}`;
}

function labelsPhrase(units: EUnit[]): string {
  const ls = units.map((u) => u.label);
  const list = ls.length === 1 ? ls[0]! : `${ls.slice(0, -1).join(', ')} i ${ls[ls.length - 1]}`;
  return `${citeWord(units[0]!.kind)} ${list}`;
}

/**
 * The instruction of one amendment (`w § 7 po pkt 5 dodaje się pkt 5a w brzmieniu:`). Each unit holding the changed
 * one is named with its own `w` (`w § 3 w ust. 1 pkt 4 otrzymuje brzmienie:`, `w § 4 w ust. 1 w pkt 8 uchyla się
 * lit. a`), as amending acts under the Zasady techniki prawodawczej write it (e.g. Dz. U. 2026 poz. 100: `w § 1 w
 * ust. 2 w pkt 6 … dodaje się pkt 7`); {@link readAmendments} reads both this and the shorter `w § 3 ust. 1 pkt 4`.
 * Units added after the last unit of an enumeration whose full stop becomes a semicolon (`semicolon`) are written
 * `w § 3 w pkt 9 kropkę zastępuje się średnikiem i dodaje się pkt 10 w brzmieniu:` (ZTP § 88–§ 94; the same
 * Dz. U. 2026 poz. 100, § 1 pkt 1), not as a new wording of the last unit.
 */
export function instruction(a: Amendment): string {
  const inP = (p: Seg[]): string => p.map((s) => `w ${cite([s])} `).join('');
  switch (a.op) {
    case 'replace': return `${inP(a.path.slice(0, -1))}${cite(a.path.slice(-1))} otrzymuje brzmienie:`;
    case 'intro': return `${inP(a.path)}wprowadzenie do wyliczenia otrzymuje brzmienie:`;
    case 'insert': return a.semicolon
      ? `${inP(a.parent)}w ${cite([a.after])} kropkę zastępuje się średnikiem i dodaje się ${labelsPhrase(a.units)} w brzmieniu:`
      : `${inP(a.parent)}po ${cite([a.after])} dodaje się ${labelsPhrase(a.units)} w brzmieniu:`;
    case 'repeal': return `${inP(a.path.slice(0, -1))}uchyla się ${cite(a.path.slice(-1))}`;
    case 'annex': return 'załącznik do zarządzenia otrzymuje brzmienie określone w załączniku do niniejszego zarządzenia';
  }
}

let seq = 0;
const nextId = (): string => `zm-${++seq}`;

/** Quoted lines of units as items with fixed labels; `end` closes the quotation (`”;` or `”.`). */
export function quoteUnits(units: EUnit[], end: string): Item[] {
  const toItem = (u: EUnit): Item => ({
    id: nextId(),
    fixedLabel: fullLabel(u),
    text: RichText.of(u.text),
    children: u.children.map(toItem),
    ...(u.tail ? { wspolna: RichText.of(u.tail) } : {}),
  });
  // a paragraf of numbered ustępy runs on with its first ustęp (`„§ 7a. 1. …`), as the text prints it
  const runOn = (u: EUnit): EUnit => {
    const [first, ...rest] = u.children;
    if (u.kind !== 'paragraf' || u.text || first?.kind !== 'ustep') return u;
    return { ...u, text: `${fullLabel(first)} ${first.text}`, children: [...first.children, ...rest] };
  };
  const items = units.map((u) => toItem(u.kind === 'paragraf' && !u.children[0]?.tail ? runOn(u) : u));
  if (!items.length) return items;
  items[0]!.fixedLabel = `„${items[0]!.fixedLabel}`;
  // the closing quote goes after the last line printed
  let last = items[items.length - 1]!;
  while (!last.wspolna?.length && last.children.length) last = last.children[last.children.length - 1]!;
  if (last.wspolna?.length) last.wspolna = RichText.editEnd(last.wspolna, (run) => run + end);
  else last.text = RichText.editEnd(last.text, (run) => run + end);
  return items;
}

function amendmentItem(a: Amendment, end: string): Item {
  const text = instruction(a);
  const children =
    a.op === 'replace' ? quoteUnits([a.unit], `”${end}`)
    : a.op === 'insert' ? quoteUnits(a.units, `”${end}`)
    : a.op === 'intro' ? [{ id: nextId(), fixedLabel: '', text: RichText.of(`„${a.text}”${end}`), children: [] }]
    : [];
  return { id: nextId(), text: RichText.of(text), children };
}

/** Whether the chart of units differs (names, symbols, parents, superiors, order): the annex gets a new wording. */
function chartChanged(a: Order, b: Order): boolean {
  const key = (o: Order): string => JSON.stringify(o.units.map((u) => [u.id, u.name, u.symbol, u.parentId, u.reportsTo]));
  return a.meta.kind === 'organizational' && a.annex.present && key(a) !== key(b);
}

/** The amending order and the plan it was written from. */
export interface AmendResult {
  order: Order;
  plan: AmendmentPlan;
}

/**
 * Writes the amending order that turns `oldOrder` (the order in force) into `newOrder` (a draft made from it, or any
 * later version). In: the two orders; `earlier` amendments of the old order to cite; `inForce`, the tree of the old
 * order's text in force when earlier amendments changed it (`consolidate`; default the old order's own tree). Out: the amending order (a
 * draft of kind `general`) and the plan with the measure of change (`plan.proposeNewOrder` when a new order would
 * read better). With no change the order has an empty list of changes (the caller says so). Never throws.
 */
export function amend(oldOrder: Order, newOrder: Order, opts: { earlier?: Repeal[]; inForce?: EUnit[] } = {}): AmendResult {
  const plan = diffTrees(opts.inForce ?? orderTree(oldOrder), orderTree(newOrder));
  if (chartChanged(oldOrder, newOrder)) plan.amendments.push({ op: 'annex' });
  const n = plan.amendments.length;
  const items = plan.amendments.map((a, i) => amendmentItem(a, i === n - 1 ? '.' : ';'));
  const m = oldOrder.meta;
  // the chart annex replaced: the amending order carries the new chart as its own annex (units and leadership it is drawn from)
  const chart = plan.amendments.some((a) => a.op === 'annex');
  const order: Order = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      kind: 'general',
      number: null,
      date: null,
      title: `zmieniające zarządzenie ${citeOrder(m).replace(/^nr /, 'Nr ')}`,
      subject: chart ? newOrder.meta.subject : null,
      ...(chart && newOrder.meta.subjectForms ? { subjectForms: newOrder.meta.subjectForms } : {}),
      titleForm: 'other',
      status: 'draft',
      amends: { number: m.number, date: m.date, title: m.title },
    },
    legalBasis: oldOrder.legalBasis,
    leadership: chart ? structuredClone(newOrder.leadership) : null,
    units: chart ? structuredClone(newOrder.units) : [],
    commonDuties: null,
    annex: { present: chart },
    execution: oldOrder.execution,
    repeals: [],
    entryIntoForce: { kind: 'signing' },
    signature: oldOrder.signature,
    paragraphs: [
      { id: 'zm-p1', role: 'general', content: [{ id: 'zm-u1', text: RichText.of(introSentence(m, opts.earlier)), items }] },
      { id: 'zm-p2', role: 'execution' },
      { id: 'zm-p3', role: 'entryIntoForce' },
    ],
    unplaced: [],
    coverage: [],
  };
  return { order, plan };
}

/**
 * Units cited as a list (`§ 4 i § 5`, `pkt 4 i 5`, `pkt 2, 3 oraz 7`): one segment each, a bare label taking the
 * kind of the one before it.
 */
export function parseCiteList(text: string): Seg[] {
  const kinds: Record<string, EKind> = { '§': 'paragraf', 'ust.': 'ustep', pkt: 'punkt', 'lit.': 'litera' };
  const out: Seg[] = [];
  let kind: EKind | null = null;
  for (const piece of text.split(/\s*(?:,|\bi\b|\boraz\b)\s*/)) {
    const m = /^(§|ust\.|pkt|lit\.)?\s*(\d+[a-z]*|[a-z]{1,3})$/.exec(piece.trim());
    if (!m) continue;
    kind = m[1] ? kinds[m[1]]! : kind;
    if (kind) out.push({ kind, label: m[2]! });
  }
  return out;
}

/** Parts of an order a draft replacing it rewrites for a new order and an amendment leaves as they are. */
const FINAL_ROLES: ReadonlySet<string> = new Set(['repeal', 'entryIntoForce', 'execution', 'annex']);

/**
 * What an amendment is written to from a draft made to replace `amended` (issue 17: "amend instead of replace"): the
 * draft's changes of the body, with the amended order's own final parts (its repeals, execution, entry into force and
 * annex reference) in place of those the draft wrote for a new order (`Traci moc zarządzenie …`, a new date of entry
 * into force): an amending order changes the amended order, it does not repeal it. In: the amended order (text in
 * force) and the draft. Out: a copy of the draft. Pure.
 */
export function amendmentTarget(amended: Order, draft: Order): Order {
  const d = structuredClone(draft);
  d.repeals = structuredClone(amended.repeals);
  d.entryIntoForce = structuredClone(amended.entryIntoForce);
  d.execution = structuredClone(amended.execution);
  const own = new Map(amended.paragraphs.filter((p) => FINAL_ROLES.has(p.role)).map((p) => [p.role, p]));
  d.paragraphs = d.paragraphs.flatMap((p) => (!FINAL_ROLES.has(p.role) ? [p] : own.has(p.role) ? [structuredClone(own.get(p.role)!)] : []));
  return d;
}

/** Citation path of `§ 7 ust. 2 pkt 4 lit. b`. */
export function parseCite(text: string): Seg[] {
  const kinds: Record<string, EKind> = { '§': 'paragraf', 'ust.': 'ustep', pkt: 'punkt', 'lit.': 'litera' };
  return [...text.matchAll(/(§|ust\.|pkt|lit\.)\s*(\d+[a-z]*|[a-z]+)/g)].map((m) => ({ kind: kinds[m[1]!]!, label: m[2]! }));
}

function labelKind(label: string): { kind: EKind; label: string } {
  let m: RegExpExecArray | null;
  if ((m = /^§\s*(\S+?)\.$/.exec(label))) return { kind: 'paragraf', label: m[1]! };
  if ((m = /^(\d+[a-z]*)\.$/.exec(label))) return { kind: 'ustep', label: m[1]! };
  if ((m = /^(\d+[a-z]*)\)$/.exec(label))) return { kind: 'punkt', label: m[1]! };
  if ((m = /^([a-z]+)\)$/.exec(label))) return { kind: 'litera', label: m[1]! };
  if (/^[-–]$/.test(label)) return { kind: 'tiret', label: '–' };
  return { kind: 'line', label: '' };
}

/** Units of a quotation (the lines under an instruction), without the quotation marks; `ctx` writes out the texts' references. */
export function unquote(items: Item[], ctx: TextContext): EUnit[] {
  const toUnit = (it: Item): EUnit => {
    const l = labelKind((it.fixedLabel ?? it.written?.label ?? '').replace(/^„/, '').trim());
    const tail = RichText.plain(it.wspolna, ctx);
    const u: EUnit = { ...l, key: null, text: RichText.plain(it.text, ctx), children: it.children.map(toUnit), ...(tail ? { tail } : {}) };
    // `§ 7a. 1. …`: the first ustęp runs on after the paragraf's label; its points stand before the second ustęp
    const m = /^(\d+[a-z]*)\.\s+([\s\S]*)$/.exec(u.text);
    if (u.kind === 'paragraf' && m && u.children.some((c) => c.kind === 'ustep')) {
      const at = u.children.findIndex((c) => c.kind === 'ustep');
      const first: EUnit = { kind: 'ustep', label: m[1]!, key: null, text: m[2]!, children: u.children.slice(0, at) };
      return { ...u, text: '', children: [first, ...u.children.slice(at)] };
    }
    return u;
  };
  const units = items.map(toUnit);
  if (!units.length) return units;
  if (units[0]!.text.startsWith('„') && !/^„/.test(items[0]!.fixedLabel ?? '')) units[0]!.text = units[0]!.text.slice(1);
  let last = units[units.length - 1]!;
  while (!last.tail && last.children.length) last = last.children[last.children.length - 1]!;
  if (last.tail) last.tail = last.tail.replace(/”[;.]?$/, '');
  else last.text = last.text.replace(/”[;.]?$/, '');
  return units;
}

/** Nesting rank of the units of a quotation; an unnumbered line (a group's heading) holds the points after it. */
const RANK: Record<EKind, number> = { paragraf: 0, ustep: 1, line: 1.5, punkt: 2, litera: 3, tiret: 4 };

/**
 * Where a group's heading starts in the text before a list that opens at `1)` (`… realizowane przez: Stanowiska ds.
 * informacji (KP-02-1):`, `…; Stanowisko ds. kadr (KP-02-2):`): after the last `:`, `;` or `.` followed by a capital,
 * when what follows ends with a colon and names a unit or is a short phrase (as `core/import/segment.ts` splits a
 * heading in running text). -1 when there is none.
 */
function headingStart(text: string): number {
  if (!/:\s*$/.test(text)) return -1;
  let cut = -1;
  for (const m of text.slice(0, -1).matchAll(/[:;.](\s+)(?=\p{Lu})/gu)) {
    if (text[m.index!] === '.' && endsWithAbbreviation(text.slice(0, m.index! + 1))) continue;
    cut = m.index! + 1 + m[1]!.length;
  }
  if (cut < 0) return -1;
  const head = text.slice(cut);
  return SYMBOL_IN_BRACKETS.test(head) || head.split(/\s+/).length <= 14 ? cut : -1;
}

/**
 * Units of a quotation written inline (`„3a) prowadzenie spraw: a) w mediach, b) w sieci;”`), as the importer
 * reads an amending order from a file: each label (`§ 7a.`, `2.`, `3a)`, `b)`, `–`) at the start or after a space
 * after a closing `:` `;` `,` `.` opens a unit, placed under the nearest open unit of a higher level. Text before the first label is a line. The opening
 * `„` is dropped; the closing `”` and what follows it stay on the last unit, as {@link unquote} expects.
 */
export function parseQuotedText(quoted: string): EUnit[] {
  const body = quoted.trim().replace(/^„/, '');
  const re = /(?<=^|[:;,.]\s+)(§\s*\d+[a-z]*\.|\d+[a-z]*[.)]|[a-z]{1,3}\)|[–-])\s+/g;
  const marks = [...body.matchAll(re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, label: m[1]! }));
  const roots: EUnit[] = [];
  const open: EUnit[] = [];
  const add = (u: EUnit): void => {
    while (open.length && RANK[open[open.length - 1]!.kind] >= RANK[u.kind]) open.pop();
    (open.length ? open[open.length - 1]!.children : roots).push(u);
    open.push(u);
  };
  if (!marks.length || marks[0]!.at > 0) add({ kind: 'line', label: '', key: null, text: body.slice(0, marks[0]?.at ?? body.length).trim(), children: [] });
  marks.forEach((m, k) => {
    let text = body.slice(m.end, marks[k + 1]?.at ?? body.length).trim();
    const heading = marks[k + 1]?.label === '1)' ? headingStart(text) : -1;
    if (heading > 0) text = body.slice(m.end, marks[k + 1]!.at).trim().slice(0, heading).trim();
    add({ ...labelKind(m.label.replace(/^§\s*/, '§ ')), key: null, text, children: [] });
    if (heading > 0) {
      const rest = body.slice(m.end, marks[k + 1]!.at).trim();
      add({ kind: 'line', label: '', key: null, text: rest.slice(heading).trim(), children: [] });
    }
  });
  return roots;
}

/** An item whose quotation the importer kept in its text (no children): instruction and quoted lines apart. */
function inlineQuote(it: Item, ctx: TextContext): Item {
  if (it.children.length) return it;
  const words = RichText.plain(it.text, ctx);
  const at = words.search(/:\s*„/);
  if (at < 0) return it;
  const units = parseQuotedText(words.slice(at + 1));
  const toItem = (u: EUnit): Item => ({ id: '', fixedLabel: fullLabel(u), text: RichText.of(u.text), children: u.children.map(toItem) });
  const children = units.map(toItem);
  if (children[0]) children[0].fixedLabel = `„${children[0].fixedLabel ?? ''}`;
  return { ...it, text: RichText.of(words.slice(0, at + 1)), children };
}

/** What an amending order says: which order it amends and its amendments, or the points it could not read. */
export interface ReadAmendments {
  /** Number of the amended order as cited (`3468/2024`), or null when blank. */
  amendedNumber: string | null;
  amendments: Amendment[];
  /** Polish messages for points whose instruction is not understood (`pkt 3: …`). */
  problems: string[];
  /** The 1-based point of § 1 each amendment was read from, same order as `amendments` (a point may hold several: `uchyla się pkt 2 i 3`). */
  points: number[];
  /** Id of the ustęp holding the introductory sentence and its points. */
  ustepId: string;
}

/**
 * The number of the order an amending order amends: `meta.amends.number` (set when it was written or imported), else
 * the number its introductory sentence cites; null when it cites none or is not an amending order.
 */
export function citedNumber(order: Order): string | null {
  return order.meta.amends?.number ?? readAmendments(order)?.amendedNumber ?? null;
}

/**
 * Reads the amendments of an amending order: the ustęp whose sentence contains `wprowadza się następujące zmiany`
 * and its points. Out: null when the order has no such sentence (it is not an amending order). Never throws.
 */
export function readAmendments(order: Order): ReadAmendments | null {
  const ctx = RichText.context(order);
  for (const p of order.paragraphs) {
    for (const u of p.content ?? []) {
      const intro = RichText.plain(u.text, ctx);
      if (!intro.includes(INTRO_TAIL)) continue;
      const out: ReadAmendments = { amendedNumber: readAmendedCitation(intro)?.number ?? null, amendments: [], problems: [], points: [], ustepId: u.id };
      u.items.forEach((item, i) => {
        const it = inlineQuote(item, ctx);
        const t = RichText.plain(it.text, ctx).replace(/\s+/g, ' ').trim().replace(/[;.]$/, '');
        let m: RegExpExecArray | null;
        if (/^załącznik/.test(t)) out.amendments.push({ op: 'annex' });
        else if ((m = /^(?:w (.+?) )?uchyla się (.+)$/.exec(t))) {
          const base = parseCite(m[1] ?? '');
          for (const s of parseCiteList(m[2]!)) out.amendments.push({ op: 'repeal', path: [...base, s] });
        } else if ((m = /^w (.+?) wprowadzenie do wyliczenia otrzymuje brzmienie:?$/.exec(t))) {
          const [q] = unquote(it.children, ctx);
          out.amendments.push({ op: 'intro', path: parseCite(m[1]!), text: q ? q.text : '' });
        } else if ((m = /^(?:w (.+?) )?((?:§|ust\.|pkt|lit\.) ?\S+) otrzymuje brzmienie:?$/.exec(t))) {
          const [unit] = unquote(it.children, ctx);
          if (unit) out.amendments.push({ op: 'replace', path: [...parseCite(m[1] ?? ''), ...parseCite(m[2]!)], unit });
          else out.problems.push(`pkt ${i + 1}: brak nowego brzmienia w cudzysłowie`);
        } else if ((m = /^(?:w (.+?) )?((?:§|ust\.|pkt|lit\.) ?\S+(?:(?:,| i| oraz) (?:(?:§|ust\.|pkt|lit\.) ?)?\S+)+) otrzymują brzmienie:?$/.exec(t))) {
          // `§ 4 i § 5 otrzymują brzmienie: „§ 4. … § 5. …”`: the quoted units in the order cited
          const cited = parseCiteList(m[2]!);
          const units = unquote(it.children, ctx);
          if (units.length !== cited.length) out.problems.push(`pkt ${i + 1}: cytuje ${cited.length} jednostki, a w cudzysłowie jest ${units.length}`);
          else cited.forEach((c, k) => out.amendments.push({ op: 'replace', path: [...parseCite(m![1] ?? ''), c], unit: units[k]! }));
        } else if ((m = /^w (.+?) kropkę zastępuje się średnikiem,? (?:i|oraz) dodaje się .+ w brzmieniu:?$/.exec(t))) {
          // `w § 3 w pkt 9 kropkę zastępuje się średnikiem i dodaje się pkt 10`: pkt 10 goes into § 3, after pkt 9
          const path = parseCite(m[1]!);
          const units = unquote(it.children, ctx);
          const after = path[path.length - 1];
          if (units.length && after) out.amendments.push({ op: 'insert', parent: path.slice(0, -1), after, units, semicolon: true });
          else out.problems.push(`pkt ${i + 1}: brak nowego brzmienia w cudzysłowie`);
        } else if ((m = /^(?:w (.+?) )?po ((?:§|ust\.|pkt|lit\.) ?\S+) dodaje się .+ w brzmieniu:?$/.exec(t))) {
          const units = unquote(it.children, ctx);
          const after = parseCite(m[2]!)[0];
          if (units.length && after) out.amendments.push({ op: 'insert', parent: parseCite(m[1] ?? ''), after, units });
          else out.problems.push(`pkt ${i + 1}: brak nowego brzmienia w cudzysłowie`);
        } else out.problems.push(`pkt ${i + 1}: nie rozpoznano zmiany „${t.slice(0, 80)}”`);
        while (out.points.length < out.amendments.length) out.points.push(i + 1);
      });
      return out;
    }
  }
  return null;
}
