/**
 * Export of each real order (target: under 1 s): the DOCX with its annex chart, the chart SVG and its PNG at
 * 300 dpi (`buildExport` without a PDF), and the DOCX alone; a draft replacing an order likewise. When pandoc is
 * installed, the ratio of our export time to `pandoc -f markdown -t docx` making a DOCX from the same rendered
 * text (ours does more: styles, the annex section, the chart), and the same ratio for the DOCX alone. With
 * Chromium installed, one order's export including the PDF of the print preview (issue 15: without a browser
 * started per call), against the same with a browser started per call.
 */
import { spawnSync } from 'node:child_process';
import { draftReplacing } from '../../../core/draft/index.js';
import { orderDocx } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { renderText } from '../../../core/render/text.js';
import { buildExport, chromiumPdfSession, chromiumPdfWriter } from '../../../electron/services/export/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../../unit/fixtures.js';
import { interleaved, medianMs } from '../measure.js';

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
    const all = await medianMs(() => buildExport(order), 5);
    const docxOnly = await medianMs(() => orderDocx(order), 5);
    worst = Math.max(worst, all);
    out[`${stem}_export_ms`] = all;
    out[`${stem}_docx_only_ms`] = docxOnly;
    if (havePandoc) {
      // the rendered text as it is (pandoc reads the `1)` lines as lists, so its DOCX uses Word numbering)
      const text = renderText(order);
      const pandoc = await medianMs(() => pandocDocx(text), 3);
      out[`${stem}_pandoc_ms`] = pandoc;
      out[`${stem}_export_vs_pandoc`] = round(all / pandoc);
      out[`${stem}_docx_only_vs_pandoc`] = round(docxOnly / pandoc);
    }
  }
  // the PDF of the print preview through a headless Chromium kept for the session (as the app keeps one hidden
  // window): its first call (the browser starts) and then each export against the peer that starts a browser per call
  const session = chromiumPdfSession();
  const perCall = chromiumPdfWriter();
  const sample = orders.find((o) => o.stem.includes('3468') && !o.stem.startsWith('projekt-')) ?? orders[0];
  if (session && perCall && sample) {
    try {
      const t = performance.now();
      await buildExport(sample.order, { pdf: session.write });
      out[`${sample.stem}_export_with_pdf_first_ms`] = round(performance.now() - t);
      out[`${sample.stem}_export_with_pdf`] = { ...(await interleaved(() => buildExport(sample.order, { pdf: session.write }), () => buildExport(sample.order, { pdf: perCall }), 5)), peer: 'a browser started per call (before)', targetMs: 500 };
    } finally {
      await session.close();
    }
  }
  out.worst_export_ms = worst;
  out.export_under_1s = worst < 1000;
  if (!havePandoc) out.pandoc = 'nie zainstalowano: bez porównania';
  return out;
}
