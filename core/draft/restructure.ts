/**
 * Restructuring the register in one gesture (issue 12): merging units, splitting one, moving several tasks at once,
 * removing a unit together with a decision about its tasks. Each is one pure operation — one undo step in the
 * editor, one `draft edit` option on the command line — built on the register operations of `register.ts`, so § 2,
 * § 3 and the scope paragrafy stay derived from the register. Tasks keep their ids when they move, so the comparison
 * with the replaced order pairs them (moved, not dropped and added).
 *
 * Errors the user can cause come back as values with a Polish message; the order passed in is never mutated.
 */
import { compareOrders } from '../compare/index.js';
import { retargetUnitMentions } from '../mentions/rewrite.js';
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { CoverageAnswer, Item, Order, Unit } from '../model/order.js';
import { addUnit, moveTask, removeUnit, renameUnit, reparentUnit, setSuperior, setSymbol, syncScopeParagraphs, type EditResult } from './register.js';

function unitOf(order: Order, id: string): Unit | undefined {
  return order.units.find((u) => u.id === id);
}

function taskLists(u: Unit): Item[][] {
  return u.scope.kind === 'tasks' ? [u.scope.tasks, ...u.scope.positions.map((p) => p.tasks)] : [];
}

/** Ids of the top-level tasks of a unit's own list (not its positions'), in order. */
function ownTaskIds(u: Unit): string[] {
  return u.scope.kind === 'tasks' ? u.scope.tasks.map((t) => t.id) : [];
}

function chain(order: Order, steps: ((o: Order) => EditResult)[]): EditResult {
  let o = order;
  for (const step of steps) {
    const r = step(o);
    if (!r.ok) return r;
    o = r.order;
  }
  return { ok: true, order: o };
}

/** Which tasks go where in a merge: appended after the surviving unit's own, or in an order the user set. */
export type MergeOrder = { kind: 'append' } | { kind: 'interleave'; taskIds: string[] };

/** A merge: the units `sourceIds` go into `targetId`, which survives with the name and symbol chosen. */
export interface MergeSpec {
  sourceIds: string[];
  targetId: string;
  /** The surviving unit's name; default: its own. */
  name?: string;
  /** The surviving unit's symbol (its own, a merged unit's, or a new one); default: its own. */
  symbol?: string;
  /** The order of the surviving unit's list; default: appended. */
  tasks?: MergeOrder;
}

/**
 * Merges units. The tasks of each merged unit (its own list, then its positions, which become positions of the
 * surviving unit) go to the surviving unit — appended, or in the order `tasks.taskIds` gives (it must name each task
 * of the merged list exactly once); their sub-units become the surviving unit's sub-units; whatever reported to a
 * merged unit reports to the surviving one; the merged units leave the register; the surviving unit then takes
 * the name and symbol chosen (a merged unit's symbol is free by then). Every mention of a merged unit in the text
 * now names the surviving unit (in the same case), so it reads with the surviving unit's name and symbol.
 * Errors: unknown units, a unit merged into itself or into its own sub-unit, an order that misses or repeats a task,
 * a symbol another unit keeps, an empty name.
 */
export function mergeUnits(order: Order, spec: MergeSpec): EditResult {
  const target = unitOf(order, spec.targetId);
  if (!target) return { ok: false, message: 'Nie ma komórki, do której mają być włączone inne.' };
  const sources = [...new Set(spec.sourceIds)].filter((id) => id !== spec.targetId);
  if (!sources.length) return { ok: false, message: 'Wskaż komórkę, którą należy włączyć.' };
  for (const id of sources) if (!unitOf(order, id)) return { ok: false, message: 'Nie ma komórki, którą należy włączyć.' };
  // the target may not sit inside a merged unit (it would be removed with it)
  for (let p = target.parentId; p; p = unitOf(order, p)?.parentId ?? null) {
    if (sources.includes(p)) return { ok: false, message: 'Komórki nie można włączyć do jej własnej podkomórki.' };
  }
  if (spec.name !== undefined && !spec.name.trim()) return { ok: false, message: 'Podaj nazwę komórki po połączeniu.' };
  const o0 = structuredClone(order);
  const t0 = unitOf(o0, spec.targetId)!;
  if (t0.scope.kind !== 'tasks') t0.scope = { kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] };
  const merged: string[] = [...ownTaskIds(t0)];
  for (const id of sources) {
    const s = unitOf(o0, id)!;
    if (s.scope.kind !== 'tasks') continue;
    const ts = t0.scope as Extract<Unit['scope'], { kind: 'tasks' }>;
    ts.tasks.push(...s.scope.tasks);
    ts.positions.push(...s.scope.positions);
    merged.push(...s.scope.tasks.map((t) => t.id));
    s.scope = { ...s.scope, tasks: [], positions: [] };
  }
  if (spec.tasks?.kind === 'interleave') {
    const want = spec.tasks.taskIds;
    const same = want.length === merged.length && new Set(want).size === want.length && want.every((id) => merged.includes(id));
    if (!same) return { ok: false, message: 'Kolejność zadań po połączeniu musi wymieniać każde zadanie obu komórek dokładnie raz.' };
    const ts = t0.scope as Extract<Unit['scope'], { kind: 'tasks' }>;
    const byId = new Map(ts.tasks.map((t) => [t.id, t]));
    ts.tasks = want.map((id) => byId.get(id)!);
  }
  // subordinates of the merged units go to the surviving unit; their sub-units become its sub-units (below)
  for (const u of o0.units) {
    if (u.reportsTo.kind === 'unit' && sources.includes(u.reportsTo.id) && u.id !== spec.targetId) u.reportsTo = { kind: 'unit', id: spec.targetId };
  }
  const children = o0.units.filter((u) => u.parentId && sources.includes(u.parentId) && u.id !== spec.targetId).map((u) => u.id);
  for (const d of o0.leadership?.deputies ?? []) if (d.reportsTo.kind === 'unit' && sources.includes(d.reportsTo.id)) d.reportsTo = { kind: 'unit', id: spec.targetId };
  retargetUnitMentions(o0, sources, spec.targetId);
  // the surviving unit may have reported to a merged one: it takes that unit's superior
  if (t0.reportsTo.kind === 'unit' && sources.includes(t0.reportsTo.id)) t0.reportsTo = unitOf(order, t0.reportsTo.id)!.reportsTo;
  const steps: ((o: Order) => EditResult)[] = [
    ...children.map((id) => (o: Order) => reparentUnit(o, id, spec.targetId)),
    ...sources.map((id) => (o: Order) => removeUnit(o, id)),
  ];
  if (spec.name !== undefined && spec.name.trim() !== target.name) steps.push((o) => renameUnit(o, spec.targetId, spec.name!));
  if (spec.symbol !== undefined && spec.symbol.trim() !== target.symbol) steps.push((o) => setSymbol(o, spec.targetId, spec.symbol!.trim()));
  return chain(o0, steps);
}

/** A split: the tasks `taskIds` of a unit go to a new unit. */
export interface SplitSpec {
  unitId: string;
  /** Tasks of the unit (any of its lists, top-level or not) that go to the new unit, in the order they will have there. */
  taskIds: string[];
  name: string;
  symbol?: string;
}

/**
 * Splits a unit: a new unit (named, with the symbol given or none) is placed right after it, with the same parent
 * and the same superior, and the tasks chosen move to it in the order given. Out: the order and the new unit's id.
 * Errors: an unknown unit, no tasks chosen, a task that is not the unit's, every task chosen (that is a rename),
 * an empty name or a taken symbol.
 */
export function splitUnit(order: Order, spec: SplitSpec): EditResult & { unitId?: string } {
  const u = unitOf(order, spec.unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  if (!spec.taskIds.length) return { ok: false, message: 'Wybierz zadania, które przejdą do nowej komórki.' };
  const loc = locateItems(order);
  for (const id of spec.taskIds) if (loc.get(id)?.unitId !== spec.unitId) return { ok: false, message: 'Można wydzielić tylko zadania tej komórki.' };
  const all = taskLists(u).reduce((n, l) => n + l.length, 0);
  const tops = spec.taskIds.filter((id) => loc.get(id)!.depth === 0).length;
  if (tops >= all && all > 0) return { ok: false, message: 'Do nowej komórki przechodziłyby wszystkie zadania: wystarczy zmienić nazwę komórki.' };
  const added = addUnit(order, { name: spec.name, symbol: spec.symbol?.trim() || undefined, parentId: u.parentId, reportsTo: u.reportsTo, afterId: u.id });
  if (!added.ok) return added;
  const r = moveTasks(added.order, spec.taskIds, added.unitId!);
  return r.ok ? { ok: true, order: r.order, unitId: added.unitId! } : r;
}

/**
 * Moves several tasks at once to the end of another unit's list (or to `index` in it), keeping their order of
 * `taskIds`; a task moves with its letters, and a letter chosen with its point moves with that point only once.
 * Errors: an unknown unit or task.
 */
export function moveTasks(order: Order, taskIds: string[], toUnitId: string, index?: number): EditResult {
  if (!unitOf(order, toUnitId)) return { ok: false, message: 'Nie ma komórki docelowej.' };
  const loc = locateItems(order);
  for (const id of taskIds) if (!loc.has(id)) return { ok: false, message: 'Nie ma takiego zadania.' };
  // a task inside another chosen task goes with it
  const chosen = new Set(taskIds);
  const inside = (id: string): boolean => {
    const within = (items: Item[], under: boolean): boolean => items.some((it) => (it.id === id ? under : within(it.children, under || chosen.has(it.id))));
    return order.units.some((u) => taskLists(u).some((l) => within(l, false))) || within(order.commonDuties ?? [], false);
  };
  const ids = [...new Set(taskIds)].filter((id) => !inside(id));
  let o = order;
  ids.forEach((id, k) => {
    const r = moveTask(o, id, toUnitId, index === undefined ? undefined : index + k);
    if (r.ok) o = r.order;
  });
  return { ok: true, order: o };
}

/** Where the tasks of a removed unit go. */
export type RemovedTasks =
  /** To another unit of the draft (appended to its list). */
  | { kind: 'unit'; unitId: string }
  /** Out of the draft: they become open questions of the coverage ledger. */
  | { kind: 'ledger' }
  /** Out of the draft on purpose: each task the replaced order had is answered `onPurpose` in the ledger. */
  | { kind: 'onPurpose'; note?: string };

/**
 * Removes a unit with a decision about its tasks (`removeUnit` for the rest: sub-units move up, subordinates go to
 * its superior). With `onPurpose`, every task of the unit that continues a task of the replaced order (`against`)
 * gets the answer `onPurpose` in the ledger, so it is not left an open question.
 * Errors: an unknown unit or destination, the unit itself as destination.
 */
export function removeUnitWithTasks(order: Order, unitId: string, tasks: RemovedTasks, against?: Order | null): EditResult {
  const u = unitOf(order, unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  if (tasks.kind === 'unit') {
    if (tasks.unitId === unitId) return { ok: false, message: 'Zadania usuwanej komórki muszą trafić do innej komórki.' };
    if (!unitOf(order, tasks.unitId)) return { ok: false, message: 'Nie ma komórki, do której mają trafić zadania.' };
    const ids = taskLists(u).flat().map((t) => t.id);
    return chain(order, [(o) => moveTasks(o, ids, tasks.unitId), (o) => moveSubordinates(o, unitId, tasks.unitId), (o) => removeUnit(o, unitId)]);
  }
  const removed = removeUnit(order, unitId);
  if (!removed.ok || tasks.kind === 'ledger' || !against) return removed;
  // the answers: each task of the unit that the comparison pairs with a task of the replaced order
  const where = new Map<string, string>();
  for (const [id, l] of locateItems(order)) if (l.unitId === unitId) where.set(`${unitId}|${Citation.format(l.citation)}`, id);
  const answers: CoverageAnswer[] = [];
  for (const r of compareOrders(against, order).tasks) {
    if (!r.old || !r.new || !r.oldText || r.newOwner?.unitId !== unitId || !where.has(`${unitId}|${r.new}`)) continue;
    answers.push({ oldWhere: r.old, oldText: r.oldText, answer: 'onPurpose', ...(tasks.note?.trim() ? { note: tasks.note.trim() } : {}) });
  }
  const o = removed.order;
  const keep = o.coverage.filter((a) => !answers.some((x) => x.oldWhere === a.oldWhere && x.oldText === a.oldText));
  return { ok: true, order: { ...o, coverage: [...keep, ...answers] } };
}

/** Units and deputies that reported to `fromId` report to `toId` (not `toId` itself). */
function moveSubordinates(order: Order, fromId: string, toId: string): EditResult {
  let o = order;
  for (const x of order.units) {
    if (x.id === toId || x.reportsTo.kind !== 'unit' || x.reportsTo.id !== fromId) continue;
    const r = setSuperior(o, x.id, { kind: 'unit', id: toId });
    if (r.ok) o = r.order;
  }
  return { ok: true, order: syncScopeParagraphs(o) };
}
