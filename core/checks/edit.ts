/**
 * Small pure editing helpers for the fixes: each returns a new order and never mutates its input.
 */
import type { Item, Order, Ustep } from '../model/order.js';

/** A deep copy of the order (fixes edit the copy). */
export function cloneOrder(order: Order): Order {
  return structuredClone(order);
}

function eachItem(items: Item[], fn: (item: Item) => void): void {
  for (const it of items) {
    fn(it);
    eachItem(it.children, fn);
  }
}

/** Calls `fn` on every item of the order (scopes, positions, common duties, ustępy of every paragraph). */
export function forEachItem(order: Order, fn: (item: Item) => void): void {
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    eachItem(u.scope.tasks, fn);
    for (const p of u.scope.positions) eachItem(p.tasks, fn);
  }
  if (order.commonDuties) eachItem(order.commonDuties, fn);
  for (const p of order.paragraphs) for (const u of p.content ?? []) eachItem(u.items, fn);
}

/** A copy of the order with `fn` applied to the items whose id is in `ids`. */
export function editItems(order: Order, ids: Iterable<string>, fn: (item: Item) => void): Order {
  const set = new Set(ids);
  const copy = cloneOrder(order);
  forEachItem(copy, (it) => {
    if (set.has(it.id)) fn(it);
  });
  return copy;
}

/** The item with this id and the list holding it (for fixes that look at siblings), or null. */
export function findList(order: Order, id: string): Item[] | null {
  let found: Item[] | null = null;
  const scan = (items: Item[]): void => {
    if (found) return;
    if (items.some((i) => i.id === id)) found = items;
    else for (const i of items) scan(i.children);
  };
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    scan(u.scope.tasks);
    for (const p of u.scope.positions) scan(p.tasks);
  }
  if (order.commonDuties) scan(order.commonDuties);
  for (const p of order.paragraphs) for (const u of p.content ?? []) scan(u.items);
  return found;
}

/** A copy of the order with `fn` applied to the ustęp with this id. */
export function editUstep(order: Order, id: string, fn: (u: Ustep) => void): Order {
  const copy = cloneOrder(order);
  for (const p of copy.paragraphs) for (const u of p.content ?? []) if (u.id === id) fn(u);
  return copy;
}
