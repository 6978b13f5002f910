/**
 * The papers of a restructuring (issue 12, point 5): the change report (zestawienie zmian, DOCX) and the redline
 * (the new order as Word tracked changes), beside the comparison they are built from:
 * - the fixture pair 1630/2007 → 2006/2020;
 * - the generated 150-unit order (3,000 points) against a mutated copy (10% of units renamed, 10% of tasks moved,
 *   5% dropped, 5% reworded).
 * Figures: median milliseconds of the comparison (with the ledger), of the report and of the redline; the sizes of
 * both files; what the redline marks; and whether accepting / rejecting every revision gives the two orders.
 */
import { strFromU8, unzipSync } from 'fflate';
import { compareOrders } from '../../../core/compare/index.js';
import { annexBlocks, orderBlocks } from '../../../core/docx/index.js';
import { importText } from '../../../core/import/index.js';
import { withLedger } from '../../../core/ledger/index.js';
import type { Order } from '../../../core/model/order.js';
import { buildRedline } from '../../../core/redline/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { buildChangeReport } from '../../../electron/services/change-report.js';
import { importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { resolveRevisions } from '../../support/revisions.js';
import { fixturePath } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

const STAMP = { author: 'Benchmark', date: '2026-02-01T00:00:00Z' };

function lines(o: Order): string[] {
  const d = renderDocument(o);
  return [...orderBlocks(d), ...annexBlocks(d)].map((b) => (b.label ? `${b.label}${b.hanging ? '\t' : b.text ? ' ' : ''}${b.text}` : b.text));
}

async function papers(old: Order, neu: Order, runs: number): Promise<Record<string, unknown>> {
  const cmp = withLedger(compareOrders(old, neu), neu);
  const compareMs = await medianMs(() => withLedger(compareOrders(old, neu), neu), runs);
  const reportMs = await medianMs(() => buildChangeReport(cmp, old, neu, { author: STAMP.author, date: '2026-02-01' }), runs);
  const redlineMs = await medianMs(() => buildRedline(old, neu, { ...STAMP, comparison: cmp }), runs);
  const report = await buildChangeReport(cmp, old, neu, { author: STAMP.author, date: '2026-02-01' });
  const red = buildRedline(old, neu, { ...STAMP, comparison: cmp });
  const z = unzipSync(red.docx);
  const doc = strFromU8(z['word/document.xml']!);
  const num = strFromU8(z['word/numbering.xml']!);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    compareMs: Math.round(compareMs),
    reportMs: Math.round(reportMs),
    redlineMs: Math.round(redlineMs),
    reportKb: Math.round(report.length / 1024),
    redlineKb: Math.round(red.docx.length / 1024),
    redline: red.stats,
    acceptAllIsNew: same(resolveRevisions(doc, num, 'accept').map((p) => p.line), lines(neu)),
    rejectAllIsOld: same(resolveRevisions(doc, num, 'reject').map((p) => p.line), lines(old)),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const a = await importFile(fixturePath('1630-2007'));
  const b = await importFile(fixturePath('2006-2020'));
  if (a.ok && b.ok) out['1630-2007_to_2006-2020'] = await papers(a.order, b.order, 7);
  const big = importText(generateOrderText({ units: 150, points: 3000, deputies: 4 }), 'txt');
  if (!big.ok) throw new Error(big.error.message);
  const { order } = mutateOrder(big.order, { seed: 3, rename: 0.1, move: 0.1, drop: 0.05, reword: 0.05 });
  out.generated150x3000_vs_mutated = await papers(big.order, order, 3);
  return out;
}
