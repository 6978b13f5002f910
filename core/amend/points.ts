/**
 * The points of an amending order (zarządzenie zmieniające, issue #17) added and changed by the lawyer: a point is
 * chosen as a kind of change and the unit of the amended order it changes, picked from that order's text in force
 * (its editorial-unit tree, `AmendedFacts.tree`), never typed. Its instruction is written from that choice in the
 * forms of the Zasady techniki prawodawczej for amending acts (ZTP § 88–§ 94; the same forms `order.ts` writes for
 * the changes found by the comparison):
 * - `replace`: `w § 3 w ust. 1 pkt 4 otrzymuje brzmienie:` and the unit quoted whole with its label, starting as its
 *   wording in force for the lawyer to change;
 * - `insert`: `w § 3 po pkt 4 dodaje się pkt 4a w brzmieniu:`, the new unit numbered with a letter (never
 *   renumbering), or after the last unit of an enumeration closing with a full stop `w § 3 w pkt 9 kropkę zastępuje
 *   się średnikiem i dodaje się pkt 10 w brzmieniu:`; its wording is typed by the lawyer;
 * - `repeal`: `w § 3 uchyla się pkt 2`, nothing quoted.
 * When the target or the kind changes the instruction and the quotation are written again, so that they always name
 * the same unit; an added unit keeps the wording typed so far under its new label. The points stay in the order of
 * the text of the amended order (ZTP: changes in the order of the units they change) and close with `”;`, the last
 * with `”.`. Pure; never mutates its input; a refused choice is a Polish message.
 */
import type { EditResult } from '../draft/register.js';
import type { Item, Order, Ustep } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { cite, findUnit, insertionLabels, withSemicolon, type Amendment, type Seg } from './diff.js';
import { amendingUstep, NOT_AMENDING, pointIdsInTextOrder, quotedLine, reorderPoints } from './edit.js';
import { instruction, quoteUnits, readAmendments } from './order.js';
import { CITABLE, cloneUnit, type EUnit } from './tree.js';

/** Kinds of change a lawyer picks for a point: a new wording, units added after one, a repeal. */
export type PointKind = 'replace' | 'insert' | 'repeal';

/**
 * What a point changes: its kind and the unit it names, cited from the paragraf down (for `insert`, the unit the
 * new one follows).
 */
export interface PointChoice {
  kind: PointKind;
  target: Seg[];
}

/** A unit of the amended order's text in force the picker offers. */
export interface TargetOption {
  /** Its citation from the paragraf down (`§ 3 ust. 1 pkt 4`): the option's value and what it shows. */
  cite: string;
  path: Seg[];
  /** Nesting depth, 0 for a paragraf. */
  depth: number;
  /** The start of its own text, for the lawyer to recognise it (up to 60 characters). */
  preview: string;
}

/**
 * The units of the text in force a point may name, in the order of the text: every paragraf, ustęp, punkt and
 * litera that is in force (a repealed unit is neither changed, repealed again nor followed by a new one here).
 */
export function targetOptions(tree: EUnit[]): TargetOption[] {
  const out: TargetOption[] = [];
  const walk = (units: EUnit[], parent: Seg[], depth: number): void => {
    for (const u of units) {
      if (!CITABLE.has(u.kind) || u.repealed) continue;
      const path = [...parent, { kind: u.kind, label: u.label }];
      const words = (u.text || u.children[0]?.text || '').replace(/\s+/g, ' ').trim();
      out.push({ cite: cite(path), path, depth, preview: words.length > 60 ? `${words.slice(0, 60)}…` : words });
      walk(u.children, path, depth + 1);
    }
  };
  walk(tree, [], 0);
  return out;
}

/** The choice point `point` (1-based) of `order` was written from, or null for a point the picker does not write (an introduction to an enumeration, the annex, a point not understood). */
export function pointChoice(order: Order, point: number): PointChoice | null {
  const r = readAmendments(order);
  if (!r) return null;
  const at = r.points.indexOf(point);
  const a = at < 0 ? undefined : r.amendments[at];
  if (!a || r.points.filter((p) => p === point).length > 1) return null;
  if (a.op === 'replace' || a.op === 'repeal') return { kind: a.op, target: a.path };
  if (a.op === 'insert') return { kind: 'insert', target: [...a.parent, a.after] };
  return null;
}

const same = (a: Seg[], b: Seg[]): boolean => a.length === b.length && a.every((s, i) => s.kind === b[i]!.kind && s.label === b[i]!.label);

/**
 * The amendment a choice makes against the text in force `tree`. `others`: the other amendments of the order (the
 * labels they add are taken); `keep`: the wording typed so far for an added unit. Out: the amendment, or a Polish
 * message when the unit is not in the text in force or is repealed.
 */
export function amendmentOf(choice: PointChoice, tree: EUnit[], others: Amendment[] = [], keep = ''): Amendment | string {
  const unit = findUnit(tree, choice.target);
  if (!unit || !choice.target.length) return `W tekście obowiązującym zmienianego zarządzenia nie ma jednostki ${cite(choice.target) || '(nie wybrano)'}.`;
  if (unit.repealed) return `${cite(choice.target)} jest uchylony; zmienia się jednostki obowiązujące.`;
  if (choice.kind === 'replace') return { op: 'replace', path: choice.target, unit: { ...cloneUnit(unit), key: null } };
  if (choice.kind === 'repeal') return { op: 'repeal', path: choice.target };
  const parent = choice.target.slice(0, -1);
  const after = choice.target[choice.target.length - 1]!;
  const siblings = parent.length ? findUnit(tree, parent)!.children : tree;
  const labels = siblings.map((u) => u.label);
  // labels the order's other points add to the same list are taken too, after the unit they follow
  for (const o of others) {
    if (o.op !== 'insert' || !same(o.parent, parent)) continue;
    const at = labels.indexOf(o.after.label);
    labels.splice(at < 0 ? labels.length : at + 1, 0, ...o.units.map((u) => u.label));
  }
  const [label] = insertionLabels(after.kind, after.label, labels, 1);
  const last = siblings[siblings.length - 1] === unit && labels[labels.length - 1] === after.label;
  const semicolon = last && withSemicolon(unit) !== null;
  return { op: 'insert', parent, after, units: [{ kind: after.kind, label: label!, key: null, text: keep, children: [] }], ...(semicolon ? { semicolon: true } : {}) };
}

/** Ids of every element of an order (to give new quoted lines ids of their own). */
function idsOf(o: Order): Set<string> {
  return new Set([...JSON.stringify(o).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!));
}

/** The point written for `a` with ids not used in `o`: the instruction and its quotation (closed with `”;`). */
function pointItem(o: Order, a: Amendment, id?: string): Item {
  const taken = idsOf(o);
  let n = taken.size;
  const fresh = (): string => {
    while (taken.has(`zm-e${n}`)) n++;
    taken.add(`zm-e${n}`);
    return `zm-e${n}`;
  };
  const reid = (it: Item): Item => ({ ...it, id: fresh(), children: it.children.map(reid) });
  const children = a.op === 'replace' ? quoteUnits([a.unit], '”;') : a.op === 'insert' ? quoteUnits(a.units, '”;') : [];
  return { id: id ?? fresh(), text: RichText.of(instruction(a)), children: children.map(reid) };
}

/**
 * The amending order with a new point for `choice`, put in its place in the order of the text of the amended order
 * (`tree`: its text in force). Out: the order and the new point's id. Errors (Polish): not an amending order; the
 * unit is not in the text in force or is repealed.
 */
export function addPoint(order: Order, choice: PointChoice, tree: EUnit[]): EditResult & { pointId?: string } {
  const o = structuredClone(order);
  const u = amendingUstep(o);
  if (!u) return { ok: false, message: NOT_AMENDING };
  const a = amendmentOf(choice, tree, readAmendments(o)!.amendments);
  if (typeof a === 'string') return { ok: false, message: a };
  const item = pointItem(o, a);
  u.items.push(item);
  reorderPoints(u, pointIdsInTextOrder(o, tree));
  return { ok: true, order: o, pointId: item.id };
}

/**
 * Point `point` (1-based) written again for `choice`: its instruction and its quotation name the chosen unit. A new
 * wording starts as the chosen unit's wording in force; an added unit keeps the wording typed so far under its new
 * label; the same choice again changes nothing (the wording typed stays). The points are put back in the order of the text.
 * Errors (Polish): not an amending order; no such point; the unit is not in the text in force or is repealed.
 */
export function setPoint(order: Order, point: number, choice: PointChoice, tree: EUnit[]): EditResult {
  const o = structuredClone(order);
  const u = amendingUstep(o);
  if (!u) return { ok: false, message: NOT_AMENDING };
  const old = u.items[point - 1];
  if (!old) return { ok: false, message: `Nie ma pkt ${point} w § 1.` };
  const was = pointChoice(o, point);
  if (was && was.kind === choice.kind && same(was.target, choice.target)) return { ok: true, order: o };
  const r = readAmendments(o)!;
  const others = r.amendments.filter((_, i) => r.points[i] !== point);
  const a = amendmentOf(choice, tree, others, was?.kind === 'insert' && choice.kind === 'insert' ? (old.children[0] ? quotedLine(old.children[0], RichText.context(o)).text : '') : '');
  if (typeof a === 'string') return { ok: false, message: a };
  u.items[point - 1] = pointItem(o, a, old.id);
  reorderPoints(u, pointIdsInTextOrder(o, tree));
  return { ok: true, order: o };
}
