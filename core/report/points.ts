/**
 * Counting tasks as the editor and the change report count them: the points (punkty) of a unit's scope, the
 * points of the positions inside the unit included; a point's letters and tirets are part of it, not tasks of their
 * own. Pure.
 */
import type { Scope } from '../model/order.js';

/** Points of a scope; null for a scope set by a separate order (nothing to count), 0 for a sentence or sub-units. */
export function scopePoints(scope: Scope): number | null {
  switch (scope.kind) {
    case 'tasks':
      return scope.tasks.length + scope.positions.reduce((n, p) => n + p.tasks.length, 0);
    case 'separateOrder':
      return null;
    default:
      return 0;
  }
}
