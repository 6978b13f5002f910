/**
 * Run in a fresh process by the import suite: imports the generated 150-unit, 3,000-point order and prints
 * `{ "ms", "rssBeforeMb", "peakRssMb", "peakHeapMb" }` as JSON, so the memory figure is the importer's own and
 * not whatever earlier suites left in the benchmark's process.
 */
import { importText } from '../../../core/import/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { generateOrderText } from '../../support/generate-order.js';
import { peakMemoryMb } from '../measure.js';

const text = generateOrderText({ units: 150, points: 3000, deputies: 4 });
const before = process.memoryUsage();
const t = performance.now();
const mem = await peakMemoryMb(() => {
  const r = importText(text, 'txt');
  if (!r.ok || outlineOf(r.order).units.length !== 150) throw new Error('import failed');
});
const ms = Math.round((performance.now() - t) * 100) / 100;
process.stdout.write(JSON.stringify({ ms, rssBeforeMb: Math.round(before.rss / 1e5) / 10, peakRssMb: mem.rssMb, peakHeapMb: mem.heapMb }));
