/**
 * Resolving the text the importer could not place (`order.unplaced`): the lawyer places a fragment as a point of a
 * chosen unit's scope, or discards it knowingly. Pure: each function returns a new order (the input is not
 * mutated).
 */
import type { Item, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { leadingLabel } from '../lexicon/index.js';

export { splitImportNotes } from './import-notes.js';

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
  const point: Item = { id: freshItemId(order), text: RichText.of((leadingLabel(fragment.text)?.rest ?? fragment.text).replace(/[;.,]\s*$/, '').trim()), children: [] };
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

/**
 * What the lawyer decided about one unplaced fragment: place it as the last point of unit `unitId`'s scope, or
 * discard it. `text` is the fragment as the lawyer saw it: the decision applies only while fragment `index` still
 * holds that text (someone else may have resolved it meanwhile). Plain data: it crosses the bridge.
 */
export type UnplacedResolution = { kind: 'place'; index: number; text: string; unitId: string } | { kind: 'discard'; index: number; text: string };

/** A fragment quoted for a message: at most 80 characters. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `„${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`;
}

/**
 * Applies a resolution. In: the order and the decision. Out: the new order with a Polish sentence saying what was
 * done (for the audit log and the report), or a Polish message when the fragment is no longer there (or holds
 * other text) or the unit is unknown; the order is never mutated.
 */
export function resolveUnplaced(order: Order, r: UnplacedResolution): { ok: true; order: Order; detail: string } | { ok: false; message: string } {
  const fragment = order.unplaced[r.index];
  if (!fragment || fragment.text !== r.text) {
    return { ok: false, message: `Fragmentu tekstu nieprzypisanego ${quote(r.text)} już nie ma na liście (ktoś mógł go w międzyczasie umieścić lub odrzucić); odśwież raport.` };
  }
  if (r.kind === 'discard') {
    return { ok: true, order: discardUnplaced(order, r.index), detail: `Odrzucono tekst nieprzypisany (${fragment.where}): ${quote(fragment.text)}` };
  }
  const unit = order.units.find((u) => u.id === r.unitId);
  if (!unit) return { ok: false, message: 'Wybranej komórki nie ma w zarządzeniu; wybierz komórkę z listy ponownie.' };
  const label = `${unit.symbol ? `${unit.symbol} ` : ''}${unit.name}`;
  return { ok: true, order: placeUnplaced(order, r.index, r.unitId), detail: `Umieszczono tekst nieprzypisany (${fragment.where}) jako punkt zakresu działania: ${label}: ${quote(fragment.text)}` };
}
