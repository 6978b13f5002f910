/**
 * Import + outline of each real order (target: under 50 ms each), of a generated order with 150 units and
 * 3,000 points (target: under 1 s and 200 MB) also flattened to one line, every fixture as the app's DOCX, as a
 * bulletin page (HTML) and flattened to one line, and our PDF import against `pdftotext` on the same PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../core/import/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { orderDocx } from '../../../core/docx/index.js';
import { importBytes, importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { fixtureOrders, fixturePath } from '../../unit/fixtures.js';
import { interleaved, medianMs } from '../measure.js';

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of fixtureOrders()) {
    out[`${f.stem}_ms`] = await medianMs(async () => {
      const r = await importFile(f.path);
      if (r.ok) outlineOf(r.order);
    }, 15);
  }
  // every fixture in every format the app reads: its own DOCX export, a bulletin page (HTML), text flattened to one line
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok) continue;
    const docx = await orderDocx(r.order);
    out[`${f.stem}_docx_ms`] = await medianMs(async () => {
      await importBytes(docx, 'zarzadzenie.docx');
    }, 7);
    const text = readFileSync(f.path, 'utf8');
    const html = new TextEncoder().encode(`<!DOCTYPE html><meta charset="utf-8"><nav>Menu</nav><main>${text.split(/\n\s*\n/).map((b) => `<p>${b.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</main><footer>BIP</footer>`);
    out[`${f.stem}_html_ms`] = await medianMs(async () => {
      await importBytes(html, 'strona.html');
    }, 7);
    const flat = text.replace(/\s+/g, ' ');
    out[`${f.stem}_flat_ms`] = await medianMs(() => {
      importText(flat, f.name.endsWith('.md') ? 'md' : 'txt');
    }, 7);
  }
  const big = generateOrderText({ units: 150, points: 3000, deputies: 4 });
  const bigFlat = big.replace(/\s+/g, ' ');
  let flatUnits = 0;
  out.generated150x3000_flat_ms = await medianMs(() => {
    const r = importText(bigFlat, 'txt');
    if (r.ok) flatUnits = outlineOf(r.order).units.length;
  }, 5);
  out.generated150x3000_flat_units = flatUnits;
  let units = 0;
  let points = 0;
  out.generated150x3000_ms = await medianMs(() => {
    const r = importText(big, 'txt');
    if (r.ok) {
      const o = outlineOf(r.order);
      units = o.units.length;
      points = Object.values(o.scopeItems).reduce<number>((a, b) => a + (b ?? 0), 0);
    }
  }, 5);
  out.generated150x3000_units = units;
  out.generated150x3000_points = points;
  // memory in a fresh process: the figure is the importer's, not what earlier suites left behind
  const child = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), '..', 'child', 'import-generated.ts')], { encoding: 'utf8' }),
  ) as { ms: number; rssBeforeMb: number; peakRssMb: number; peakHeapMb: number };
  out.generated150x3000_freshProcess_firstRunMs = child.ms;
  out.generated150x3000_freshProcess_rssBeforeMb = child.rssBeforeMb;
  out.generated150x3000_freshProcess_peakRssMb = child.peakRssMb;
  out.generated150x3000_freshProcess_peakHeapMb = child.peakHeapMb;
  if (has('pdftotext', ['-v']) && has('soffice', ['--version'])) {
    const dir = mkdtempSync(join(tmpdir(), 'zo-bench-pdf-'));
    const src = join(dir, 'zarzadzenie.txt');
    copyFileSync(fixturePath('3468'), src);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, src], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'zarzadzenie.pdf');
    // interleaved with its peer, so that the machine's load weighs on both alike
    const paired = await interleaved(() => importFile(pdf), () => execFileSync('pdftotext', ['-layout', pdf, '-']), 9);
    out.pdf3468_vs_pdftotext = { ...paired, peer: 'pdftotext -layout' };
    out.pdf3468_import_ms = paired.ms;
    out.pdf3468_pdftotext_ms = paired.peerMs;
    out.pdf3468_ratio_vs_pdftotext = paired.ratio;
    out.pdf3468_bytes = readFileSync(pdf).length;
  } else out.pdf = 'pdftotext lub soffice niedostępne: pominięto porównanie';
  return out;
}
