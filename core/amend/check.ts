/**
 * Checks of an amending order against the order it amends (issue #17, "Checked like any draft"): it cites that
 * order (number, date, title, and its earlier amendments when they are known); every change is understood and
 * applies (the unit it names is there and in force); every quoted wording is labelled with the unit it replaces or
 * inserts; inserted units are numbered by the insertion rules (a letter after the unit they follow, or the next
 * number after the last) and never take the number of a unit that stands; nothing is renumbered; the amended
 * order's § 2 (units) and § 3 (subordination) still agree after the changes (`unit-lists.ts`). Findings are Polish
 * sentences naming the point, each with a stable code and, where one is safe, a fix (`edit.ts`, `applyAmendFix`).
 */
import { formatPolishDate } from '../lexicon/dates.js';
import type { Order, Repeal } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { applyAmendments } from './apply.js';
import { pointIdsInTextOrder, pointsOutOfOrder } from './edit.js';
import { cite, findUnit, insertionLabels, withSemicolon, type Amendment, type Seg } from './diff.js';
import { instruction, introSentence, readAmendments } from './order.js';
import { fullLabel, orderTree, type EUnit } from './tree.js';
import { unitListProblems } from './unit-lists.js';

/**
 * Codes of the amending order's findings: `amend.form` (not an amending order, or a point not understood),
 * `amend.intro` (the introductory sentence does not cite the amended order as the registry has it), `amend.quote`
 * (a quoted wording without its label or with another), `amend.insert` (inserted units numbered against the rules,
 * or renumbering), `amend.apply` (a change names a unit that is not there), `amend.units` (§ 2 and § 3 disagree
 * after the changes), `amend.order` (the points do not follow the order of the text). `amend.cited` (the cited order missing or not in force) is the registry's, see
 * `core/checks/rules/amending.ts`.
 */
export type AmendCode = 'amend.form' | 'amend.intro' | 'amend.quote' | 'amend.insert' | 'amend.apply' | 'amend.units' | 'amend.order';

/**
 * A safe fix of a finding, applied by `applyAmendFix` (`edit.ts`): `intro` writes the introductory sentence from
 * the amended order's data (and `meta.amends`); `labels` gives the quoted units of point `point` these labels (the
 * opening `„` kept) and, for an insertion, the instruction that names them; `order` puts the points in the order of
 * these ids (the order of the text).
 */
export type AmendFix =
  | { kind: 'intro'; text: string; amends: { number: string | null; date: string | null; title: string } }
  | { kind: 'labels'; point: number; labels: string[]; instruction?: string }
  | { kind: 'order'; ids: string[] };

/** One finding: the point of § 1 it concerns (0 for the introductory sentence), its code, a Polish message, maybe a fix. */
export interface AmendFinding {
  point: number;
  code: AmendCode;
  message: string;
  fix?: AmendFix;
}

function siblings(tree: EUnit[], parent: Seg[]): EUnit[] {
  return parent.length ? findUnit(tree, parent)?.children ?? [] : tree;
}

/** `§ 7a.` as the opening of a quotation prints it (`„§ 7a.`): the first quoted line carries the `„`. */
const quotedLabel = (u: { kind: EUnit['kind']; label: string }, first: boolean): string => `${first ? '„' : ''}${fullLabel(u)}`;

/**
 * Findings of the amending order `amending` against the text in force `base` (its tree; `orderTree(base)` when
 * none is given). `earlier`: the amended order's earlier amendments in force (the registry's; when given, the
 * introductory sentence must name each and its fix writes them). Out: an empty list when the amending order is
 * right, else findings sorted by point. Never throws.
 */
export function checkAmendingOrder(amending: Order, base: Order, tree: EUnit[] = orderTree(base), earlier?: Repeal[]): AmendFinding[] {
  const out: AmendFinding[] = [];
  const r = readAmendments(amending);
  if (!r) return [{ point: 0, code: 'amend.form', message: 'To nie jest zarządzenie zmieniające: brak zdania „W zarządzeniu … wprowadza się następujące zmiany”.' }];
  const ctx = RichText.context(amending);
  const ustep = amending.paragraphs.flatMap((p) => p.content ?? []).find((u) => u.id === r.ustepId)!;
  const intro = RichText.plain(ustep.text, ctx).replace(/\u00a0/g, ' ');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const introFix: AmendFix = { kind: 'intro', text: introSentence(base.meta, earlier), amends: { number: base.meta.number, date: base.meta.date, title: base.meta.title } };
  const introProblem = (message: string) => out.push({ point: 0, code: 'amend.intro', message, fix: introFix });
  if (base.meta.number && r.amendedNumber !== base.meta.number) introProblem(`Zdanie wstępne cytuje zarządzenie nr ${r.amendedNumber ?? '……'}, a zmieniane ma nr ${base.meta.number}.`);
  if (base.meta.date && !intro.includes(formatPolishDate(base.meta.date))) introProblem(`Zdanie wstępne nie podaje daty zmienianego zarządzenia (${formatPolishDate(base.meta.date)}).`);
  if (!flat(intro).includes(flat(base.meta.title))) introProblem('Zdanie wstępne nie podaje tytułu zmienianego zarządzenia tak, jak ono go brzmi.');
  const missed = (earlier ?? []).filter((e) => !new RegExp(`nr\\s+${e.number.replace(/[/.]/g, '\\$&')}(?![\\d/])`).test(intro));
  if (missed.length) introProblem(`Zdanie wstępne nie wymienia wcześniejszych zmian zmienianego zarządzenia (${missed.map((e) => `nr ${e.number}`).join(', ')}): cytuje się je po tytule („zmienionym zarządzeniem nr …”).`);
  r.problems.forEach((p) => out.push({ point: Number(/^pkt (\d+)/.exec(p)?.[1] ?? 0), code: 'amend.form', message: `${p}.` }));
  const labels = new Map<string, string[]>();
  r.amendments.forEach((a: Amendment, i) => {
    const point = r.points[i] ?? i + 1;
    if (a.op === 'replace') {
      const last = a.path[a.path.length - 1]!;
      if (a.unit.kind !== last.kind || a.unit.label !== last.label) {
        out.push({
          point, code: 'amend.quote',
          message: `pkt ${point}: nowe brzmienie ${cite([last])} jest cytowane bez swojego oznaczenia lub z innym (${a.unit.label || 'brak'}); cytuje się całą jednostkę z jej oznaczeniem.`,
          fix: { kind: 'labels', point, labels: [quotedLabel(last, true)] },
        });
      }
    }
    // a quoted unit with no words (a point just added, its wording not yet typed): the quotation is not complete
    const quoted = a.op === 'replace' ? [a.unit] : a.op === 'insert' ? a.units : [];
    const blank = (u: EUnit): EUnit | null => (!u.children.length && !u.text.replace(/[\s;.,:]/g, '') ? u : u.children.map(blank).find(Boolean) ?? null);
    const empty = quoted.map(blank).find(Boolean);
    if (empty) out.push({ point, code: 'amend.quote', message: `pkt ${point}: nowe brzmienie ${empty.label ? cite([{ kind: empty.kind, label: empty.label }]) : 'jednostki'} jest puste; wpisz je (cytuje się całą jednostkę w nowym brzmieniu).` });
    if (a.op === 'insert') {
      const key = JSON.stringify(a.parent);
      const sib = labels.get(key) ?? siblings(tree, a.parent).map((u) => u.label);
      const want = insertionLabels(a.after.kind, a.after.label, sib, a.units.length);
      const got = a.units.map((u) => u.label);
      const fix: AmendFix = {
        kind: 'labels', point,
        labels: want.map((l, k) => quotedLabel({ kind: a.after.kind, label: l }, k === 0)),
        instruction: instruction({ ...a, units: a.units.map((u, k) => ({ ...u, kind: a.after.kind, label: want[k]! })) }),
      };
      if (a.units.some((u) => u.kind !== a.after.kind)) out.push({ point, code: 'amend.insert', message: `pkt ${point}: dodawana jednostka jest innego rodzaju niż ta, po której jest dodawana.` });
      else if (got.some((l) => sib.includes(l))) out.push({ point, code: 'amend.insert', message: `pkt ${point}: dodawana jednostka ma oznaczenie jednostki, która już jest (${got.join(', ')}); jednostek nie przenumerowuje się, nowa dostaje literę (${want.join(', ')}).`, fix });
      else if (got.join() !== want.join()) out.push({ point, code: 'amend.insert', message: `pkt ${point}: dodawane jednostki powinny mieć oznaczenia ${want.join(', ')}, a mają ${got.join(', ')}.`, fix });
      // added after the last unit of an enumeration that closes with a full stop: the stop becomes a semicolon, and
      // the instruction says so (`w pkt 9 kropkę zastępuje się średnikiem i dodaje się pkt 10`, ZTP § 88–§ 94)
      const afterUnit = findUnit(tree, [...a.parent, a.after]);
      const atEnd = siblings(tree, a.parent).at(-1) === afterUnit && sib[sib.length - 1] === a.after.label;
      if (!a.semicolon && atEnd && afterUnit && withSemicolon(afterUnit) && !out.some((f) => f.point === point)) {
        out.push({
          point, code: 'amend.insert',
          message: `pkt ${point}: ${cite([a.after])} kończy wyliczenie kropką; dodając jednostkę po niej, pisze się „w ${cite([a.after])} kropkę zastępuje się średnikiem i dodaje się …”.`,
          fix: { kind: 'labels', point, labels: [], instruction: instruction({ ...a, semicolon: true }) },
        });
      }
      sib.splice(sib.indexOf(a.after.label) + 1, 0, ...got);
      labels.set(key, sib);
    }
  });
  // the changes are listed in the order of the text they change (ZTP § 92–§ 94, as `order.ts` writes them)
  const unordered = pointsOutOfOrder(amending, tree);
  if (unordered.length) {
    const [a, b] = unordered[0]!;
    out.push({ point: b, code: 'amend.order', message: `pkt ${b}: zmiana stoi po pkt ${a}, choć dotyczy wcześniejszego miejsca zmienianego zarządzenia; zmiany wymienia się w kolejności tekstu.`, fix: { kind: 'order', ids: pointIdsInTextOrder(amending, tree) } });
  }
  const applied = applyAmendments(tree, r.amendments);
  if (!applied.ok) {
    for (const p of applied.problems) {
      const point = r.points[p.point - 1] ?? p.point;
      if (!out.some((f) => f.point === point)) out.push({ point, code: 'amend.apply', message: `${p.message.replace(/^pkt \d+:/, `pkt ${point}:`)}.` });
    }
  } else {
    // § 2 (the units) and § 3 (whom they report to) must still agree once the changes are made
    const paragrafOf = (a: Amendment): string | undefined => (a.op === 'insert' ? a.parent[0] ?? a.after : a.op === 'annex' ? undefined : a.path[0])?.label;
    for (const p of unitListProblems(base, tree, applied.tree)) {
      const at = r.amendments.findIndex((a) => p.paragrafs.includes(paragrafOf(a) ?? ''));
      out.push({ point: at < 0 ? 0 : r.points[at] ?? at + 1, code: 'amend.units', message: `Po zmianach § 2 i § 3 zmienianego zarządzenia się nie zgadzają: ${p.message}; zmień oba.` });
    }
  }
  return out.sort((a, b) => a.point - b.point);
}

/**
 * What the registry says of the order an amending draft cites (`meta.amends.number`), for the checks to run where
 * the registry is not (the editor's review worker): the window asks for it once (`amend:facts`) and again when the
 * registry changes. Plain data.
 */
export interface AmendedFacts {
  /** The number the facts are about, as cited (`3468/2024`). */
  number: string;
  /** The order of that number in the registry, or null when there is none. */
  order: {
    /** Its status in the registry today: signed but not yet in force, in force, repealed. */
    status: 'signed' | 'inForce' | 'repealed';
    /** The order as signed (its `meta.number`, `meta.date` and title from the registry). */
    base: Order;
    /** Its text in force (its signed amending orders applied), as the tree the changes are made to. */
    tree: EUnit[];
    /** Its amending orders applied to that text (number, date, title), oldest first. */
    earlier: Repeal[];
  } | null;
}
