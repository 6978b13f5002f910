/**
 * Chart: layout of a 40-unit department with 4 deputies (target: under 300 ms), SVG and PNG of it, and the
 * layout of each organisational fixture.
 */
import { chartSvg, layoutChart } from '../../../core/chart/index.js';
import { chartPng } from '../../../electron/services/chart-png.js';
import { importFile } from '../../../electron/services/import-file.js';
import { makeOrder } from '../../unit/chart/make-order.js';
import { fixtureOrders } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const big = makeOrder({ units: 40, deputies: 4, subunitEvery: 4, subunitsPer: 2, prezydent: 2, sekretarz: 1, unitToUnit: true });
  out.layout40_ms = await medianMs(() => layoutChart(big), 15);
  const layout = layoutChart(big);
  out.layout40_fontPt = Math.round(layout.fontSize * 100) / 100;
  out.svg40_ms = await medianMs(() => chartSvg(layout), 15);
  const svg = chartSvg(layout);
  out.png40_a4_300dpi_ms = await medianMs(() => chartPng(svg), 5);
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok || r.order.units.length === 0) continue;
    out[`${f.stem}_layout_ms`] = await medianMs(() => layoutChart(r.order), 15);
  }
  return out;
}
