/**
 * A save conflict of a draft, task by task (issue 16 item 2): someone else saved the draft ("their" version) after
 * this editor opened it, and this editor holds its own state ("mine"). Both come from the same draft, so their
 * tasks share ids: the differences are read per task id (text changed, present on one side only, moved to another
 * list), each shown with the word diff of `core/compare` (`diffParts`), and the user takes their version or keeps
 * theirs, task by task; everything outside the task lists (heading, leadership, register, final clauses) is one
 * more choice. {@link ConflictMerge.resolve} builds the order that results. Pure: no I/O.
 */
import { diffParts, type DiffPart } from '../compare/index.js';
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { Item, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

/** Which side a choice takes. */
export type ConflictSide = 'theirs' | 'mine';

/** How a task differs between their version and mine. */
export type ConflictTaskKind = 'changed' | 'moved' | 'onlyTheirs' | 'onlyMine';

/** One task that differs. */
export interface ConflictTask {
  /** The task's id (the same on both sides). */
  id: string;
  kind: ConflictTaskKind;
  /** Where it stands (`§ 6 pkt 5`, `§ 6 pkt 5 lit. b`), in my version when it is there, else in theirs. */
  where: string;
  /** The unit it belongs to (`KS-01 Referat …`), or `Wspólne obowiązki`. */
  owner: string;
  /** Its plain text on each side (null: not on that side). */
  theirs: string | null;
  mine: string | null;
  /** Word diff from their text to mine (empty when one side lacks the task). */
  diff: DiffPart[];
}

/** Every difference between their version and mine. */
export interface ConflictReport {
  tasks: ConflictTask[];
  /** True when something outside the task lists differs (heading, leadership, register, clauses…). */
  restDiffers: boolean;
}

/** The user's choices: per task id, and for everything outside the task lists. Missing task ids keep mine. */
export interface ConflictChoices {
  tasks: Record<string, ConflictSide>;
  rest: ConflictSide;
}

/** Where an item sits: its list (`unit:<id>`, `position:<unit>/<pos>`, `common`, `children:<parent id>`) and the item before it. */
interface Slot {
  list: string;
  after: string | null;
  item: Item;
  owner: string;
}

function slots(order: Order): Map<string, Slot> {
  const out = new Map<string, Slot>();
  const walk = (items: Item[], list: string, owner: string) => {
    items.forEach((item, i) => {
      out.set(item.id, { list, after: i > 0 ? items[i - 1]!.id : null, item, owner });
      walk(item.children, `children:${item.id}`, owner);
    });
  };
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    const owner = `${u.symbol ? `${u.symbol} ` : ''}${u.name}`;
    walk(u.scope.tasks, `unit:${u.id}`, owner);
    for (const p of u.scope.positions) walk(p.tasks, `position:${u.id}/${p.id}`, `${owner}, ${p.name}`);
  }
  if (order.commonDuties) walk(order.commonDuties, 'common', 'Wspólne obowiązki');
  return out;
}

/** The order with every task list emptied: what is compared as "the rest". */
function withoutTasks(order: Order): Order {
  return {
    ...order,
    units: order.units.map((u) => (u.scope.kind === 'tasks' ? { ...u, scope: { ...u.scope, tasks: [], positions: u.scope.positions.map((p) => ({ ...p, tasks: [] })) } } : u)),
    commonDuties: order.commonDuties ? [] : null,
  };
}

/** An item's own content (text, część wspólna…), without its children. */
function ownContent(item: Item): string {
  const { children: _children, ...own } = item;
  return JSON.stringify(own);
}

/** Removes item `id` (with its sub-items) wherever it is. */
function removeItem(items: Item[], id: string): Item[] {
  return items.filter((it) => it.id !== id).map((it) => (it.children.length ? { ...it, children: removeItem(it.children, id) } : it));
}

/** Applies `fn` to the list named `list` (see {@link Slot}); the order unchanged (same object) when there is no such list. */
function updateList(order: Order, list: string, fn: (items: Item[]) => Item[]): { order: Order; found: boolean } {
  const [kind, rest] = [list.slice(0, list.indexOf(':')), list.slice(list.indexOf(':') + 1)];
  if (kind === 'common') return order.commonDuties ? { order: { ...order, commonDuties: fn(order.commonDuties) }, found: true } : { order, found: false };
  let found = false;
  const inItems = (items: Item[], parentId: string): Item[] =>
    items.map((it) => {
      if (it.id === parentId) {
        found = true;
        return { ...it, children: fn(it.children) };
      }
      return it.children.length ? { ...it, children: inItems(it.children, parentId) } : it;
    });
  const units = order.units.map((u) => {
    if (u.scope.kind !== 'tasks') return u;
    const s = u.scope;
    if (kind === 'unit' && rest === u.id) {
      found = true;
      return { ...u, scope: { ...s, tasks: fn(s.tasks) } };
    }
    if (kind === 'position' && rest.startsWith(`${u.id}/`)) {
      const pid = rest.slice(u.id.length + 1);
      return { ...u, scope: { ...s, positions: s.positions.map((p) => (p.id === pid ? ((found = true), { ...p, tasks: fn(p.tasks) }) : p)) } };
    }
    if (kind === 'children') return { ...u, scope: { ...s, tasks: inItems(s.tasks, rest), positions: s.positions.map((p) => ({ ...p, tasks: inItems(p.tasks, rest) })) } };
    return u;
  });
  const commonDuties = kind === 'children' && order.commonDuties ? inItems(order.commonDuties, rest) : order.commonDuties;
  return found ? { order: { ...order, units, commonDuties }, found } : { order, found };
}

export const ConflictMerge = {
  /**
   * The tasks that differ between `theirs` (the version saved by someone else) and `mine` (the editor's state),
   * their order first, then tasks only mine has; and whether anything outside the task lists differs. Reordering
   * within one list is not a difference of its own (a task added or removed shifts its neighbours). Never throws.
   */
  compare(theirs: Order, mine: Order): ConflictReport {
    const t = slots(theirs);
    const m = slots(mine);
    const whereMine = locateItems(mine);
    const whereTheirs = locateItems(theirs);
    const out: ConflictTask[] = [];
    const row = (id: string, kind: ConflictTaskKind, a: Slot | undefined, b: Slot | undefined) => {
      const theirsText = a ? RichText.plain(a.item.text, theirs) : null;
      const mineText = b ? RichText.plain(b.item.text, mine) : null;
      const loc = whereMine.get(id) ?? whereTheirs.get(id);
      out.push({
        id, kind,
        where: loc ? Citation.format(loc.citation) : '',
        owner: (b ?? a)!.owner,
        theirs: theirsText,
        mine: mineText,
        diff: theirsText !== null && mineText !== null ? diffParts(theirsText, mineText) : [],
      });
    };
    for (const [id, a] of t) {
      const b = m.get(id);
      if (!b) row(id, 'onlyTheirs', a, undefined);
      else if (a.list !== b.list) row(id, 'moved', a, b);
      else if (ownContent(a.item) !== ownContent(b.item)) row(id, 'changed', a, b);
    }
    for (const [id, b] of m) if (!t.has(id)) row(id, 'onlyMine', undefined, b);
    return { tasks: out, restDiffers: JSON.stringify(withoutTasks(theirs)) !== JSON.stringify(withoutTasks(mine)) };
  },

  /**
   * The order the choices make: everything outside the task lists from the side `choices.rest` names, then each
   * differing task as the chosen side has it (its text, its place, or its absence); tasks that do not differ stay
   * as they are. A task whose list does not exist in the result (its unit was removed on the other side) cannot be
   * placed: its id is returned in `unplaced` and the task is left out. Never throws.
   */
  resolve(theirs: Order, mine: Order, choices: ConflictChoices): { order: Order; unplaced: string[] } {
    const report = ConflictMerge.compare(theirs, mine);
    const pick = (id: string): ConflictSide => choices.tasks[id] ?? 'mine';
    let order = choices.rest === 'mine' ? mine : theirs;
    const baseSide: ConflictSide = choices.rest;
    const unplaced: string[] = [];
    const sideSlots = { theirs: slots(theirs), mine: slots(mine) };
    // the other side's tasks, in that side's document order, so that parents and earlier neighbours come first
    const differing = new Map(report.tasks.map((r) => [r.id, r]));
    for (const side of ['theirs', 'mine'] as const) {
      if (side === baseSide) continue;
      const want = sideSlots[side];
      // tasks to take from `side`: present there (placed in document order) …
      for (const [id, s] of want) {
        if (!differing.has(id) || pick(id) !== side) continue;
        const here = slots(order).get(id);
        if (here && here.list === s.list) {
          // same place: take the text (children stay as they are; they are rows of their own)
          const taken = { ...s.item, children: here.item.children };
          order = updateList(order, s.list, (items) => items.map((it) => (it.id === id ? taken : it))).order;
          continue;
        }
        if (here) order = { ...order, ...removeFrom(order, id) };
        const placed = { ...s.item, children: here ? here.item.children : [] };
        const r = updateList(order, s.list, (items) => {
          const at = s.after === null ? 0 : items.findIndex((it) => it.id === s.after) + 1;
          return [...items.slice(0, at), placed, ...items.slice(at)];
        });
        if (r.found) order = r.order;
        else unplaced.push(id);
      }
      // … or absent there: removed from the result
      for (const r of report.tasks) {
        if (pick(r.id) !== side || want.has(r.id)) continue;
        order = { ...order, ...removeFrom(order, r.id) };
      }
    }
    return { order, unplaced };
  },
};

/** The units and common duties of `order` without item `id`. */
function removeFrom(order: Order, id: string): Pick<Order, 'units' | 'commonDuties'> {
  return {
    units: order.units.map((u) =>
      u.scope.kind === 'tasks' ? { ...u, scope: { ...u.scope, tasks: removeItem(u.scope.tasks, id), positions: u.scope.positions.map((p) => ({ ...p, tasks: removeItem(p.tasks, id) })) } } : u,
    ),
    commonDuties: order.commonDuties ? removeItem(order.commonDuties, id) : null,
  };
}
