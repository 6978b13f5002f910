/**
 * What the schema of a stored order cannot check: ids are unique, the enclosing unit of a unit (`parentId`) exists
 * and is never the unit itself or one of its own sub-units, and no text is longer than a whole order (a unit's
 * name of 10 MB hung the window's work on the order). The app never writes such an
 * order; a file edited by hand or damaged can hold one, and the register's tree (§ 2, the chart, the editor's
 * outline) would then have a unit inside itself (hostile-file campaign, issue 15).
 */
import type { Order } from './order.js';

/** Longest string a stored order may hold, in characters: a whole long order has some 200,000. */
export const MAX_STORED_STRING = 200_000;

/**
 * A zod issue as a Polish phrase: its path and message, a missing field said so (zod's Polish messages name the
 * types in English: `oczekiwano nonoptional, otrzymano undefined`).
 */
export function issuePhrase(issue: { path: PropertyKey[]; message: string; code?: string } | undefined): string {
  if (!issue) return 'niezgodny ze schematem';
  const where = issue.path.map(String).join('.');
  const missing = /otrzymano undefined|nonoptional/.test(issue.message);
  return `${where || 'plik'} – ${missing ? 'brak wymaganego pola' : issue.message}`;
}

/** The path of the first string longer than {@link MAX_STORED_STRING} in `value`, or null. */
function oversized(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.length > MAX_STORED_STRING ? path : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = oversized(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first broken reference or oversized text of `order`, as a Polish phrase naming it (to follow „Plik
 * zarządzenia jest uszkodzony: ”), or null when there is none. Linear in the size of the order.
 */
export function brokenReference(order: Order): string | null {
  const long = oversized(order, 'order');
  if (long) return `tekst w polu „${long}” ma ponad ${MAX_STORED_STRING.toLocaleString('pl-PL')} znaków (limit długości tekstu)`;
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
