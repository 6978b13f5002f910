/**
 * Editing an amending order (zarządzenie zmieniające, issue #17) in the editor: its § 1 is the introductory sentence
 * and one point per change (`order.ts`). What a lawyer may change, as pure functions over the order:
 * - the amended order it cites ({@link setAmendedOrder}): the introductory sentence, `meta.amends` and the title are
 *   written from the registry's data, never typed;
 * - a quoted new wording ({@link setQuotedLine}): its label and its text, the quotation marks and the point's closing
 *   (`”;`, `”.`) kept where they stand, so that the user types only the wording;
 * - a point removed ({@link removePoint}): the new last point closes with `.`; the chart annex goes with its point;
 * - the points put back in the order of the text of the amended order ({@link pointIdsInTextOrder}, a fix of the
 *   checks: changes are listed in the order of the units they change);
 * - the fixes of the checks ({@link applyAmendFix}, `check.ts`).
 * Never mutates its input; a refused change is a Polish message.
 */
import type { EditResult } from '../draft/register.js';
import type { Item, Order, Repeal, Ustep } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import type { AmendFix } from './check.js';
import type { Amendment, Seg } from './diff.js';
import { citeOrder, introSentence, readAmendments } from './order.js';
import type { EUnit } from './tree.js';

/** The ustęp of § 1 holding the introductory sentence and its points (in a copy `o`), or null. */
export function amendingUstep(o: Order): Ustep | null {
  const r = readAmendments(o);
  return r ? o.paragraphs.flatMap((p) => p.content ?? []).find((u) => u.id === r.ustepId) ?? null : null;
}

/** The message of an edit refused because the order is not an amending order. */
export const NOT_AMENDING = 'To nie jest zarządzenie zmieniające: nie ma zdania „W zarządzeniu … wprowadza się następujące zmiany”.';

/**
 * The amending order citing `amended` (the registry's order: its number, date, title) and its `earlier` amendments:
 * the introductory sentence written anew, `meta.amends` and the title (`zmieniające zarządzenie Nr …`) set. Errors:
 * not an amending order.
 */
export function setAmendedOrder(order: Order, amended: Order['meta'], earlier: Repeal[] = []): EditResult {
  return applyAmendFix(order, { kind: 'intro', text: introSentence(amended, earlier), amends: { number: amended.number, date: amended.date, title: amended.title } });
}

/** The last line a quotation prints (where its closing `”;` stands): the last item, down its last children. */
function lastLine(items: Item[]): Item | null {
  let last = items[items.length - 1] ?? null;
  while (last && !last.wspolna?.length && last.children.length) last = last.children[last.children.length - 1]!;
  return last;
}

const CLOSING = /”[;.]?$/;

/** Sets the closing punctuation of point `it` (`;` or `.`) after its quotation's `”`, if it has a quotation. */
function setPointEnd(it: Item, end: ';' | '.'): void {
  const last = lastLine(it.children);
  if (!last) return;
  const edit = (t: RichText) => RichText.editEnd(t, (run) => (CLOSING.test(run) ? run.replace(CLOSING, `”${end}`) : run));
  if (last.wspolna?.length) last.wspolna = edit(last.wspolna);
  else last.text = edit(last.text);
}

/** A quoted line as the editor shows it: its label and text without the quotation marks and the point's closing. */
export interface QuotedLine {
  /** The line's label as printed (`4)`, `§ 7a.`, `b)`), without `„`; `` for an unnumbered line. */
  label: string;
  /** The wording, without an opening `„` and the closing `”;`. */
  text: string;
}

/** The label and wording of quoted line `it` (plain text, `ctx` writes out references). */
export function quotedLine(it: Item, ctx: Parameters<typeof RichText.plain>[1]): QuotedLine {
  return { label: (it.fixedLabel ?? '').replace(/^„/, ''), text: RichText.plain(it.text, ctx).replace(/^„/, '').replace(CLOSING, '') };
}

/** Finds item `id` among the points' quoted lines (any depth) of the copy `o`. */
function findQuoted(u: Ustep, id: string): Item | null {
  const walk = (items: Item[]): Item | null => {
    for (const it of items) {
      if (it.id === id) return it;
      const inner = walk(it.children);
      if (inner) return inner;
    }
    return null;
  };
  for (const p of u.items) {
    const found = walk(p.children);
    if (found) return found;
  }
  return null;
}

/**
 * A quoted line of a point with a new label and/or wording. The `„` that opens the quotation and the `”;` that
 * closes it stay where they were; what the user typed has its own quotation marks and closing removed (spaces are
 * kept as typed: the field is live). Errors: not an amending order; no such quoted line.
 */
export function setQuotedLine(order: Order, itemId: string, change: Partial<QuotedLine>): EditResult {
  const o = structuredClone(order);
  const u = amendingUstep(o);
  if (!u) return { ok: false, message: NOT_AMENDING };
  const it = findQuoted(u, itemId);
  if (!it) return { ok: false, message: 'Tej linii nowego brzmienia już nie ma w projekcie.' };
  if (change.label !== undefined) {
    const label = change.label.replace(/[„”]/g, '').trim();
    const opens = (it.fixedLabel ?? '').startsWith('„');
    if (opens || label || it.fixedLabel !== undefined) it.fixedLabel = `${opens ? '„' : ''}${label}`;
  }
  if (change.text !== undefined) {
    const words = RichText.plain(it.text, RichText.context(o));
    const opening = words.startsWith('„') ? '„' : '';
    const closing = CLOSING.exec(words)?.[0] ?? '';
    // kept as typed (a space typed at the end stays while the user types on), but a line break is a space
    const typed = change.text.replace(/[\r\n]+/g, ' ').replace(/^\s*„/, '').replace(/”[;.]?\s*$/, '');
    it.text = RichText.of(`${opening}${typed}${closing}`);
  }
  return { ok: true, order: o };
}

/**
 * The amending order without point `point` (1-based). The new last point closes its quotation with `”.`; removing
 * the point that replaces the annex drops the annex with it. Errors: not an amending order; no such point; the only
 * point (an amending order changes something: delete the draft instead).
 */
export function removePoint(order: Order, point: number): EditResult {
  const o = structuredClone(order);
  const u = amendingUstep(o);
  if (!u) return { ok: false, message: NOT_AMENDING };
  const it = u.items[point - 1];
  if (!it) return { ok: false, message: `Nie ma pkt ${point} w § 1.` };
  if (u.items.length === 1) return { ok: false, message: 'To jedyna zmiana: zarządzenie zmieniające musi coś zmieniać. Jeśli z niej rezygnujesz, usuń cały projekt w rejestrze.' };
  const annex = readAmendments(order)!.amendments.some((a, i) => a.op === 'annex' && readAmendments(order)!.points[i] === point);
  u.items.splice(point - 1, 1);
  if (point - 1 === u.items.length) setPointEnd(u.items[u.items.length - 1]!, '.');
  if (annex) {
    o.annex = { ...o.annex, present: false };
    o.units = [];
    o.leadership = null;
  }
  return { ok: true, order: o };
}

/** Where an amendment stands in the text of `tree`: the sibling positions down to its unit (an insertion just after the unit it follows). */
function textPosition(tree: EUnit[], a: Amendment): number[] {
  if (a.op === 'annex') return [Number.MAX_SAFE_INTEGER];
  const path: Seg[] = a.op === 'insert' ? [...a.parent, a.after] : a.path;
  const out: number[] = [];
  let list = tree;
  for (const s of path) {
    const i = list.findIndex((u) => u.kind === s.kind && u.label === s.label);
    if (i < 0) return [...out, Number.MAX_SAFE_INTEGER - 1];
    out.push(i);
    list = list[i]!.children;
  }
  if (a.op === 'insert') out[out.length - 1]! += 0.5;
  return out;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/**
 * The points of the amending order whose changes stand before the one of the point above them in the text of the
 * amended order (`tree`: its text in force), as pairs `[earlier point, later point]` (1-based). Empty when the points
 * follow the text. Points not understood are left where they are.
 */
export function pointsOutOfOrder(order: Order, tree: EUnit[]): Array<[number, number]> {
  const r = readAmendments(order);
  if (!r) return [];
  const first = new Map<number, number[]>();
  r.amendments.forEach((a, i) => first.has(r.points[i]!) || first.set(r.points[i]!, textPosition(tree, a)));
  const ps = [...first.keys()].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let k = 1; k < ps.length; k++) if (compareTuples(first.get(ps[k - 1]!)!, first.get(ps[k]!)!) > 0) out.push([ps[k - 1]!, ps[k]!]);
  return out;
}

/** Ids of the points of the amending order in the order of the text of the amended order (`tree`); [] when not an amending order. */
export function pointIdsInTextOrder(order: Order, tree: EUnit[]): string[] {
  const u = amendingUstep(order);
  const r = readAmendments(order);
  if (!u || !r) return [];
  const pos = new Map<number, number[]>();
  r.amendments.forEach((a, i) => pos.has(r.points[i]!) || pos.set(r.points[i]!, textPosition(tree, a)));
  const keyed = u.items.map((it, i) => ({ id: it.id, key: pos.get(i + 1) ?? [Number.MAX_SAFE_INTEGER - 1], i }));
  keyed.sort((a, b) => compareTuples(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.id);
}

/** The points put in the order `ids` (points not named keep their place after them), the closings set again (`”;`, the last `”.`). Changes `u`. */
export function reorderPoints(u: Ustep, ids: string[]): void {
  const rank = new Map(ids.map((id, i) => [id, i]));
  u.items = u.items.map((it, i) => ({ it, i })).sort((a, b) => (rank.get(a.it.id) ?? ids.length + a.i) - (rank.get(b.it.id) ?? ids.length + b.i)).map((x) => x.it);
  u.items.forEach((it, i) => setPointEnd(it, i === u.items.length - 1 ? '.' : ';'));
}

/** Applies a fix of `checkAmendingOrder` (`check.ts`). Errors: not an amending order; the point is gone. */
export function applyAmendFix(order: Order, fix: AmendFix): EditResult {
  const o = structuredClone(order);
  const u = amendingUstep(o);
  if (!u) return { ok: false, message: NOT_AMENDING };
  if (fix.kind === 'order') {
    reorderPoints(u, fix.ids);
    return { ok: true, order: o };
  }
  if (fix.kind === 'intro') {
    u.text = RichText.of(fix.text);
    o.meta.amends = { ...fix.amends };
    o.meta.title = `zmieniające zarządzenie ${citeOrder(fix.amends).replace(/^nr /, 'Nr ')}`;
    return { ok: true, order: o };
  }
  const it = u.items[fix.point - 1];
  if (!it) return { ok: false, message: `Nie ma pkt ${fix.point} w § 1.` };
  fix.labels.forEach((l, k) => {
    if (it.children[k]) it.children[k]!.fixedLabel = l;
  });
  if (fix.instruction) it.text = RichText.of(fix.instruction);
  return { ok: true, order: o };
}

