/**
 * Resolving the text the importer could not place (`order.unplaced`): the lawyer places a fragment as a point of a
 * chosen unit's scope, or discards it knowingly. Pure: each function returns a new order (the input is not
 * mutated).
 */
import type { Item, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

/** A fresh item id not used in the order (`t-u1`, `t-u2` …). */
function freshItemId(order: Order): string {
  const used = JSON.stringify(order);
  let n = 1;
  while (used.includes(`"t-u${n}"`)) n++;
  return `t-u${n}`;
}

/**
 * Places unplaced fragment `index` as the last point of unit `unitId`'s scope (a scope written as prose or set by
 * its sub-units becomes a list holding its text so far and the new point). In: the order, the fragment's index,
 * the unit's id. Out: the new order; the same order when the index or the unit is unknown.
 */
export function placeUnplaced(order: Order, index: number, unitId: string): Order {
  const fragment = order.unplaced[index];
  const unit = order.units.find((u) => u.id === unitId);
  if (!fragment || !unit) return order;
  const next = structuredClone(order);
  const u = next.units.find((x) => x.id === unitId)!;
  const point: Item = { id: freshItemId(order), text: RichText.of(fragment.text.replace(/[;.,]\s*$/, '').trim()), children: [] };
  if (u.scope.kind === 'tasks') u.scope.tasks.push(point);
  else if (u.scope.kind === 'prose') u.scope = { kind: 'tasks', lead: u.scope.lead, tasks: [{ id: `${point.id}-p`, text: u.scope.text, children: [] }, point], positions: [] };
  else u.scope = { kind: 'tasks', lead: 'należą sprawy', tasks: [point], positions: [] };
  next.unplaced.splice(index, 1);
  return next;
}

/** Discards unplaced fragment `index` (the lawyer decided it is not part of the order). Out: the new order. */
export function discardUnplaced(order: Order, index: number): Order {
  if (!order.unplaced[index]) return order;
  const next = structuredClone(order);
  next.unplaced.splice(index, 1);
  return next;
}
