/**
 * Export of each real order (target: under 1 s): the DOCX with its annex chart, the chart SVG and its PNG at
 * 300 dpi (`buildExport` without a PDF), and the DOCX alone; a draft replacing an order likewise. When pandoc is
 * installed, the ratio of our export time to `pandoc -f markdown -t docx` making a DOCX from the same rendered
 * text (ours does more: styles, the annex section, the chart), and the same ratio for the DOCX alone. With
 * Chromium installed, one order's export including the PDF of the print preview.
 */
import { spawnSync } from 'node:child_process';
import { draftReplacing } from '../../../core/draft/index.js';
import { orderDocx } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { renderText } from '../../../core/render/text.js';
import { buildExport, chromiumPdfWriter } from '../../../electron/services/export/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

const havePandoc = spawnSync('pandoc', ['--version']).status === 0;

/** pandoc making a DOCX from the rendered text (to stdout, discarded). */
function pandocDocx(text: string): void {
  const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', '-'], { input: text, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr.toString()}`);
}

const round = (v: number): number => Math.round(v * 100) / 100;

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const orders: { stem: string; order: Order }[] = [];
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok) continue;
    orders.push({ stem: f.stem, order: r.order });
    if (r.order.units.length) orders.push({ stem: `projekt-${f.stem}`, order: draftReplacing(r.order, { today: '2026-11-22' }) });
  }
  let worst = 0;
  for (const { stem, order } of orders) {
    const all = await medianMs(() => buildExport(order), 7);
    const docxOnly = await medianMs(() => orderDocx(order), 7);
    worst = Math.max(worst, all);
    out[`${stem}_export_ms`] = all;
    out[`${stem}_docx_only_ms`] = docxOnly;
    if (havePandoc) {
      // the rendered text as it is (pandoc reads the `1)` lines as lists, so its DOCX uses Word numbering)
      const text = renderText(order);
      const pandoc = await medianMs(() => pandocDocx(text), 5);
      out[`${stem}_pandoc_ms`] = pandoc;
      out[`${stem}_export_vs_pandoc`] = round(all / pandoc);
      out[`${stem}_docx_only_vs_pandoc`] = round(docxOnly / pandoc);
    }
  }
  // the PDF of the print preview through a headless Chromium (launch included), once per run, for one order
  const pdf = chromiumPdfWriter();
  const sample = orders.find((o) => o.stem.includes('3468') && !o.stem.startsWith('projekt-')) ?? orders[0];
  if (pdf && sample) out[`${sample.stem}_export_with_chromium_pdf_ms`] = await medianMs(() => buildExport(sample.order, { pdf }), 3);
  out.worst_export_ms = worst;
  out.export_under_1s = worst < 1000;
  if (!havePandoc) out.pandoc = 'nie zainstalowano: bez porównania';
  return out;
}
