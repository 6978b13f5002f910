/**
 * Edits of the draft's model made by the editor. The register operations are core/draft's (add, remove,
 * rename, symbols, superiors, deputies, moving tasks: each keeps § 2, § 3 and the scope paragrafy consistent and
 * returns a Polish message when it cannot be done); this file adds the few the editor needs on top: replacing a
 * scope's task list as typed, the kind and name forms of a unit, and moving a unit one place up or down.
 * Pure functions: each takes an order and returns a new one.
 */
import { moveUnit, type EditResult } from '../../../core/draft/register.js';
import type { Item, NameForms, Order, UnitKind } from '../../../core/model/order.js';

export { newId as freshId } from '../../../core/draft/ids.js';
export type { EditResult };

/** Replaces the task list of a unit's scope (a scope of another kind becomes a list). */
export function setUnitTasks(order: Order, unitId: string, tasks: Item[]): Order {
  return {
    ...order,
    units: order.units.map((u) => {
      if (u.id !== unitId) return u;
      if (u.scope.kind === 'tasks') return { ...u, scope: { ...u.scope, tasks } };
      return { ...u, scope: { kind: 'tasks', lead: 'należą sprawy', tasks, positions: [] } };
    }),
  };
}

/** Sets the kind of a unit (the lexicon guesses it from the name; the user may correct it). */
export function setUnitKind(order: Order, unitId: string, kind: UnitKind): Order {
  return { ...order, units: order.units.map((u) => (u.id === unitId ? { ...u, kind } : u)) };
}

/** Sets the name forms fixed by hand (empty fields fall back to the generated forms). */
export function setUnitForms(order: Order, unitId: string, forms: NameForms): Order {
  const clean = Object.fromEntries(Object.entries(forms).filter(([, v]) => v)) as NameForms;
  return { ...order, units: order.units.map((u) => (u.id === unitId ? { ...u, forms: Object.keys(clean).length ? clean : undefined } : u)) };
}

/**
 * Moves a top-level unit (with its sub-units) one place up (`-1`) or down (`+1`) among the top-level units.
 * At either end the order is returned unchanged.
 */
export function moveUnitBy(order: Order, unitId: string, delta: -1 | 1): EditResult {
  const tops = order.units.filter((u) => u.parentId === null).map((u) => u.id);
  const i = tops.indexOf(unitId);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= tops.length) return { ok: true, order };
  // up: before the previous top-level unit; down: before the one after the next (or to the end)
  const before = delta < 0 ? tops[j]! : (tops[j + 1] ?? null);
  return moveUnit(order, unitId, before);
}
