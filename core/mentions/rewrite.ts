/**
 * What register operations do to the mentions inside the text (issue 11, item 1): renaming and re-symbolling need
 * nothing (a mention is written out from the register); a merge points the merged units' mentions to the unit that
 * survives ({@link retargetUnitMentions}); removing a unit, a deputy or a position leaves its mentions dangling with
 * the words they read as at that moment ({@link detachMentions}), so the text still reads as before and the check
 * `wzmianka-usunieta` reports each one with its fixes.
 */
import type { Reference } from '../model/inline.js';
import { Inline } from '../model/inline.js';
import type { Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { mapOrderTexts } from './texts.js';

/**
 * Points every mention of the units `fromIds` (and every symbol written alone) to the unit `toId`, keeping the case
 * and whether the symbol follows. MUTATES the order's texts and returns the order.
 */
export function retargetUnitMentions(order: Order, fromIds: readonly string[], toId: string): Order {
  const from = new Set(fromIds);
  return mapOrderTexts(order, (t) =>
    Inline.refs(t).some((r) => r.kind === 'unit' && from.has(r.unitId)) ? Inline.mapRefs(t, (r) => (r.kind === 'unit' && from.has(r.unitId) ? { ...r, unitId: toId } : r)) : t,
  );
}

/**
 * Records, in every reference that `which` selects, the words it reads as now (`written`), before its target is
 * removed: the dangling reference then keeps reading the same. MUTATES the order's texts and returns the order.
 */
export function detachMentions(order: Order, which: (r: Reference) => boolean): Order {
  const ctx = RichText.context(order);
  return mapOrderTexts(order, (t) =>
    Inline.refs(t).some(which) ? Inline.mapRefs(t, (r) => (which(r) ? { ...r, written: RichText.refText(r, ctx) } : r)) : t,
  );
}

/**
 * The mentions of a removed unit: the unit itself and the positions inside it. In: the order before the removal,
 * the unit's id. Out: a predicate for {@link detachMentions}.
 */
export function mentionsOfUnit(order: Order, unitId: string): (r: Reference) => boolean {
  const u = order.units.find((x) => x.id === unitId);
  const positions = new Set(u?.scope.kind === 'tasks' ? u.scope.positions.map((p) => p.id) : []);
  return (r) => (r.kind === 'unit' && r.unitId === unitId) || (r.kind === 'position' && positions.has(r.positionId));
}
