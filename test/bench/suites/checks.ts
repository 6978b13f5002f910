/**
 * `checkOrder` per real order (target: under 30 ms, it runs on every keystroke), the 2006/2020 draft checked
 * against 1630/2007 (repeal match and coverage ledger, comparison memoised after the first keystroke), and the
 * generated 150-unit order with 3,000 points (target: under 500 ms).
 */
import { checkOrder } from '../../../core/checks/index.js';
import { importText } from '../../../core/import/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { fixtureOrders, fixturePath } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok) continue;
    out[`${f.stem}_ms`] = await medianMs(() => checkOrder(r.order), 15);
    out[`${f.stem}_findings`] = checkOrder(r.order).length;
  }
  const a = await importFile(fixturePath('1630-2007'));
  const b = await importFile(fixturePath('2006-2020'));
  if (a.ok && b.ok) {
    const t = performance.now();
    checkOrder(b.order, { against: a.order });
    out['2006-2020_against_1630-2007_first_ms'] = Math.round((performance.now() - t) * 100) / 100;
    out['2006-2020_against_1630-2007_ms'] = await medianMs(() => checkOrder(b.order, { against: a.order }), 15);
  }
  const big = importText(generateOrderText({ units: 150, points: 3000, deputies: 4 }), 'txt');
  if (big.ok) {
    out.generated150x3000_ms = await medianMs(() => checkOrder(big.order), 7);
    out.generated150x3000_findings = checkOrder(big.order).length;
  }
  return out;
}
