/**
 * The references inside a stored order that its schema cannot check: ids are unique, and the enclosing unit of a
 * unit (`parentId`) exists and is never the unit itself or one of its own sub-units. The app never writes such an
 * order; a file edited by hand or damaged can hold one, and the register's tree (§ 2, the chart, the editor's
 * outline) would then have a unit inside itself (hostile-file campaign, issue 15).
 */
import type { Order } from './order.js';

/**
 * The first broken reference of `order`, as a Polish phrase naming it (to follow „Plik zarządzenia jest
 * uszkodzony: ”), or null when there is none. Linear in the number of units.
 */
export function brokenReference(order: Order): string | null {
  const seen = new Set<string>();
  for (const x of [...order.units, ...(order.leadership?.deputies ?? [])]) {
    if (seen.has(x.id)) return `identyfikator „${x.id.slice(0, 40)}” występuje więcej niż raz`;
    seen.add(x.id);
  }
  const byId = new Map(order.units.map((u) => [u.id, u]));
  for (const u of order.units) {
    if (u.parentId === null) continue;
    if (!byId.has(u.parentId)) return `komórka „${u.name.slice(0, 60)}” wskazuje nieistniejącą komórkę nadrzędną`;
  }
  // a walk up from each unit, remembering units already known to reach the top
  const reachesTop = new Set<string>();
  for (const u of order.units) {
    const path = new Set<string>();
    let cur: string | null = u.id;
    while (cur !== null && !reachesTop.has(cur)) {
      if (path.has(cur)) return `komórka „${u.name.slice(0, 60)}” leży sama w sobie (cykl komórek nadrzędnych)`;
      path.add(cur);
      cur = byId.get(cur)!.parentId;
    }
    for (const id of path) reachesTop.add(id);
  }
  return null;
}
