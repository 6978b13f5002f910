/**
 * Import + outline of each real order (target: under 50 ms each), of a generated order with 150 units and
 * 3,000 points (target: under 1 s and 200 MB), and our PDF import against `pdftotext` on the same PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../core/import/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { fixtureOrders, fixturePath } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

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
  const big = generateOrderText({ units: 150, points: 3000, deputies: 4 });
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
    const ours = await medianMs(() => importFile(pdf), 7);
    const theirs = await medianMs(() => execFileSync('pdftotext', ['-layout', pdf, '-']), 7);
    out.pdf3468_import_ms = ours;
    out.pdf3468_pdftotext_ms = theirs;
    out.pdf3468_ratio_vs_pdftotext = Math.round((ours / theirs) * 100) / 100;
    out.pdf3468_bytes = readFileSync(pdf).length;
  } else out.pdf = 'pdftotext lub soffice niedostępne: pominięto porównanie';
  return out;
}
