/**
 * How much of a known mutation (`mutateOrder`) a comparison recovered: moved tasks found at their exact new
 * place and in the right unit, dropped tasks reported dropped, renamed units reported renamed, and units wrongly
 * left unmatched (reported added or removed although every unit continues).
 */
import type { Comparison } from '../../core/compare/index.js';
import { Citation, locateItems, type Order } from '../../core/model/index.js';
import type { MutationTruth } from './mutate-order.js';

export interface Recovery {
  moved: number;
  movedToUnit: number;
  movedTotal: number;
  dropped: number;
  droppedTotal: number;
  renamed: number;
  renamedTotal: number;
  unitsWronglyUnmatched: number;
}

/** Counts what `cmp` (old → mutated) recovered of `truth`. In: the original, its mutated copy, the truth, the comparison. */
export function recovery(old: Order, mutated: Order, truth: MutationTruth, cmp: Comparison): Recovery {
  const lo = locateItems(old);
  const ln = locateItems(mutated);
  const at = (l: ReturnType<typeof locateItems>, id: string) => Citation.format(l.get(id)!.citation);
  const rows = new Map(cmp.tasks.filter((t) => t.old !== null).map((t) => [`${t.oldOwner?.unitId}\u0001${t.old}`, t]));
  const rowOf = (id: string) => rows.get(`${lo.get(id)!.unitId}\u0001${at(lo, id)}`);
  let moved = 0;
  let movedToUnit = 0;
  for (const [id, to] of truth.moved) {
    const r = rowOf(id);
    if (r?.newOwner?.unitId !== to) continue;
    movedToUnit++;
    if (r.new === at(ln, id)) moved++;
  }
  let dropped = 0;
  for (const id of truth.dropped) if (rowOf(id)?.change === 'dropped') dropped++;
  const renamedRows = new Set(cmp.units.filter((u) => u.oldUnit && u.oldUnit.id === u.newUnit?.id && u.facets.includes('renamed')).map((u) => u.oldUnit!.id));
  const renamed = [...truth.renamed.keys()].filter((id) => renamedRows.has(id)).length;
  return {
    moved, movedToUnit, movedTotal: truth.moved.size,
    dropped, droppedTotal: truth.dropped.size,
    renamed, renamedTotal: truth.renamed.size,
    unitsWronglyUnmatched: cmp.units.filter((u) => u.change === 'added' || u.change === 'removed').length,
  };
}
