/**
 * `compareOrders` on the fixture pair 1630/2007 → 2006/2020 (target: under 150 ms) and on the generated 150-unit
 * order against a mutated copy (10% of units renamed, 10% of tasks moved, 5% dropped; target: under 3 s), with how
 * many of the mutations the comparison recovered.
 */
import { compareOrders } from '../../../core/compare/index.js';
import { importText } from '../../../core/import/index.js';
import { Citation, locateItems } from '../../../core/model/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { fixturePath } from '../../unit/fixtures.js';
import { medianMs, peakMemoryMb } from '../measure.js';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const a = await importFile(fixturePath('1630-2007'));
  const b = await importFile(fixturePath('2006-2020'));
  if (a.ok && b.ok) out['1630-2007_to_2006-2020_ms'] = await medianMs(() => compareOrders(a.order, b.order), 15);
  const big = importText(generateOrderText({ units: 150, points: 3000, deputies: 4 }), 'txt');
  if (!big.ok) return out;
  const { order, truth } = mutateOrder(big.order, { seed: 3, rename: 0.1, move: 0.1, drop: 0.05 });
  let cmp = compareOrders(big.order, order);
  out.generated150_vs_mutated_ms = await medianMs(() => (cmp = compareOrders(big.order, order)), 3);
  out.generated150_vs_mutated_peak = await peakMemoryMb(() => compareOrders(big.order, order));
  const lo = locateItems(big.order);
  const ln = locateItems(order);
  const at = (l: ReturnType<typeof locateItems>, id: string) => Citation.format(l.get(id)!.citation);
  const rowOf = (id: string) => cmp.tasks.find((t) => t.old === at(lo, id) && t.oldOwner?.unitId === lo.get(id)!.unitId);
  let exact = 0;
  let toUnit = 0;
  for (const [id, to] of truth.moved) {
    const r = rowOf(id);
    if (r?.newOwner?.unitId === to) toUnit++;
    if (r?.newOwner?.unitId === to && r.new === at(ln, id)) exact++;
  }
  let dropped = 0;
  for (const id of truth.dropped) if (rowOf(id)?.change === 'dropped') dropped++;
  const renamed = [...truth.renamed.keys()].filter((id) => cmp.units.some((u) => u.oldUnit?.id === id && u.newUnit?.id === id && u.facets.includes('renamed'))).length;
  out.tasks = `${cmp.summary.tasksOld} old, ${cmp.summary.tasksNew} new`;
  out.moved_recovered = `${exact}/${truth.moved.size} at the exact new place, ${toUnit}/${truth.moved.size} in the right unit`;
  out.dropped_recovered = `${dropped}/${truth.dropped.size}`;
  out.renamed_recovered = `${renamed}/${truth.renamed.size}`;
  out.units_wrongly_unmatched = cmp.units.filter((u) => u.change === 'added' || u.change === 'removed').length;
  return out;
}
