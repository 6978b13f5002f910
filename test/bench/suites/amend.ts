/**
 * Amending orders (issue 17): writing the amending order (`amend`) and the text in force (`consolidate`, and read
 * back as an order) on the fixture 3468/2024 with one unit renamed and a task added, and on the generated 150-unit
 * order (3,000 points) against a copy with 2% of units renamed, 1% of tasks moved and 1% dropped; the comparison of the texts in force at two dates (`compareInForce`).
 */
import { readFileSync } from 'node:fs';
import { amend, compareInForce, consolidate, consolidatedOrder } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { fixturePath } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

function load(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

async function pair(old: Order, next: Order): Promise<Record<string, unknown>> {
  const signed = (o: Order): Order => ({ ...o, meta: { ...o.meta, number: '900/2030', date: '2030-01-02', status: 'signed' } });
  const zm = signed(amend(old, next).order);
  const c = consolidate(old, [zm]);
  return {
    amendments: amend(old, next).plan.amendments.length,
    amendMs: await medianMs(() => amend(old, next), 5),
    consolidateMs: await medianMs(() => consolidate(old, [zm]), 5),
    asOrderMs: await medianMs(() => consolidatedOrder(c, old), 3),
    compareInForceMs: await medianMs(() => compareInForce(consolidate(old, []).tree, c.tree), 5),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const old = load(readFileSync(fixturePath('3468'), 'utf8'));
  const next = structuredClone(old);
  next.units[1]!.name += ' i Analiz';
  delete next.units[1]!.forms;
  const big = load(generateOrderText({ units: 150, points: 3000, deputies: 4 }));
  const bigNext = mutateOrder(big, { seed: 3, rename: 0.02, move: 0.01, drop: 0.01 }).order;
  return { fixture3468: await pair(old, next), generated150: await pair(big, bigNext) };
}
