import { Citation } from './citation.js';
import type { Item, Order, Unit } from './order.js';

/** Where an item stands: its citation and the unit (or `commonDuties`, or a generic paragraf) it belongs to. */
export interface ItemLocation {
  citation: Citation;
  /** Id of the unit whose scope holds the item, or null for common duties and generic paragrafy. */
  unitId: string | null;
  /** Id of the position inside the unit, when the item belongs to a position's list. */
  positionId: string | null;
  /** Depth: 0 punkt, 1 litera, 2 tiret. */
  depth: number;
  item: Item;
}

function walk(items: Item[], base: Citation, depth: number, out: Map<string, ItemLocation>, unitId: string | null, positionId: string | null): void {
  items.forEach((item, i) => {
    const c: Citation = { ...base };
    if (depth === 0) c.punkt = i + 1;
    else if (depth === 1) c.litera = i + 1;
    else c.tiret = i + 1;
    out.set(item.id, { citation: c, unitId, positionId, depth, item });
    if (item.children.length) walk(item.children, c, Math.min(depth + 1, 2), out, unitId, positionId);
  });
}

/**
 * Number of ustępy a scope paragraf has: one per unit list plus one per position inside a unit.
 * A paragraf with one ustęp leaves it unnumbered (§ 55 ZTP).
 */
function scopeUstepCount(units: Unit[]): number {
  let n = 0;
  for (const u of units) {
    if (u.scope.kind === 'tasks') n += (u.scope.tasks.length > 0 || u.scope.positions.length === 0 ? 1 : 0) + u.scope.positions.length;
    else n += 1;
  }
  return n;
}

/**
 * Computes the citation of every item of the order (scope tasks, common duties, points of generic paragrafy)
 * from its position: paragraf = index in `order.paragraphs` + 1, ustęp where the paragraf has several.
 *
 * In: an order. Out: a map from item id to its {@link ItemLocation}. Never throws; items of units missing from
 * the paragraph list get no entry.
 *
 * Rule for scopes: a scope paragraf that also describes positions inside the unit numbers the unit's own list
 * as ust. 1 and each position as a further ustęp (as in 2006/2020 § 4); a paragraf holding the lists of
 * several sub-units (1630/2007 § 4) has no ustępy.
 */
export function locateItems(order: Order): Map<string, ItemLocation> {
  const out = new Map<string, ItemLocation>();
  const byId = new Map(order.units.map((u) => [u.id, u]));
  order.paragraphs.forEach((p, pi) => {
    const paragraf = pi + 1;
    if (p.role === 'scope') {
      const units = (p.unitIds ?? []).map((id) => byId.get(id)).filter((u): u is Unit => !!u);
      // a paragraf holding the lists of sub-units under a heading of their parent (1630/2007 § 4) has no ustępy
      const numbered = scopeUstepCount(units) > 1 && units[0]?.scope.kind !== 'subunits';
      let ustep = 0;
      for (const u of units) {
        if (u.scope.kind !== 'tasks') {
          if (u.scope.kind !== 'subunits') ustep++;
          continue;
        }
        if (u.scope.tasks.length > 0 || u.scope.positions.length === 0) ustep++;
        walk(u.scope.tasks, numbered ? { paragraf, ustep } : { paragraf }, 0, out, u.id, null);
        for (const pos of u.scope.positions) {
          ustep++;
          walk(pos.tasks, numbered ? { paragraf, ustep } : { paragraf }, 0, out, u.id, pos.id);
        }
      }
    } else if (p.role === 'commonDuties' && order.commonDuties) {
      // ust. 1 (or ustęp `listAt`) is the list of common duties; the other ustępy are kept as written by the importer
      const several = (p.content?.length ?? 0) > 1;
      const at = p.listAt ?? 0;
      walk(order.commonDuties, several ? { paragraf, ustep: at + 1 } : { paragraf }, 0, out, null, null);
      p.content?.forEach((u, ui) => {
        if (ui !== at) walk(u.items, { paragraf, ustep: ui + 1 }, 0, out, null, null);
      });
    } else if (p.role === 'general' && p.content) {
      const several = p.content.length > 1;
      p.content.forEach((u, ui) => walk(u.items, several ? { paragraf, ustep: ui + 1 } : { paragraf }, 0, out, null, null));
    }
  });
  return out;
}

/** Number (1-based position) of the paragraf with the given role and, for scopes, unit; null if absent. */
export function paragrafOf(order: Order, role: Order['paragraphs'][number]['role'], unitId?: string): number | null {
  const i = order.paragraphs.findIndex((p) => p.role === role && (unitId === undefined || (p.unitIds ?? []).includes(unitId)));
  return i < 0 ? null : i + 1;
}

/**
 * Citation of every addressable place of the order by id: paragrafy (`§ 3`), ustępy of generic paragrafy
 * (`§ 1 ust. 5`) and items (see {@link locateItems}). Used to write cross-references after renumbering.
 */
export function locateAll(order: Order): Map<string, Citation> {
  const out = new Map<string, Citation>();
  order.paragraphs.forEach((p, pi) => {
    out.set(p.id, { paragraf: pi + 1 });
    if (p.role !== 'scope' && p.content && p.content.length > 1) p.content.forEach((u, ui) => out.set(u.id, { paragraf: pi + 1, ustep: ui + 1 }));
  });
  for (const [id, loc] of locateItems(order)) out.set(id, loc.citation);
  return out;
}
