/**
 * The comparison at scale: the candidate search scores a bounded number of pairs per task whatever the size of
 * the orders (so the comparison grows linearly), and a large generated order against a mutated copy still
 * recovers its renamed units, moved and dropped tasks.
 */
import { describe, expect, it } from 'vitest';
import { compareOrders } from '../../../core/compare/index.js';
import { candidates, ownerKey, tasksOf } from '../../../core/compare/tasks.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/index.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { recovery } from '../../support/recovery.js';

function generated(units: number, points: number): Order {
  const r = importText(generateOrderText({ units, points, deputies: 4 }), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

/** Pairs scored per old task by the candidate search, each unit blocked with the unit of the same id. */
function scoredPerTask(units: number, points: number): number {
  const old = generated(units, points);
  const { order } = mutateOrder(old, { seed: 3, rename: 0.1, move: 0.1, drop: 0.05 });
  const oldT = tasksOf(old);
  const newT = tasksOf(order);
  const keys = new Set(newT.map(ownerKey));
  const { scored } = candidates(oldT, newT, 0.3, () => new Map(oldT.map(ownerKey).filter((k) => keys.has(k)).map((k) => [k, k])));
  return scored / oldT.length;
}

describe('comparison at scale', () => {
  it('scores about as many pairs per task in an order 15 times larger (no work growing with the size)', () => {
    const small = scoredPerTask(20, 400);
    const large = scoredPerTask(300, 6000);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(1.5);
  });

  it('recovers renamed units, moved and dropped tasks in a 300-unit order', () => {
    const old = generated(300, 6000);
    const { order, truth } = mutateOrder(old, { seed: 9, rename: 0.1, move: 0.1, drop: 0.05 });
    const r = recovery(old, order, truth, compareOrders(old, order));
    expect(r.movedTotal).toBeGreaterThan(300);
    // tasks of the generated orders repeat one another word for word, so some moves and drops are ambiguous
    expect(r.moved / r.movedTotal).toBeGreaterThan(0.85);
    expect(r.dropped / r.droppedTotal).toBeGreaterThan(0.85);
    expect(r.renamed).toBe(r.renamedTotal);
    expect(r.unitsWronglyUnmatched).toBe(0);
  });
});
