/**
 * PDF import speed against pdftotext (issue #15 item 4: in process ≤ 2× pdftotext on real orders), on LibreOffice's
 * PDFs of every real order and of a generated 120-unit order (67 pages in LibreOffice's PDF). Interleaved runs; per file the median wall
 * time and the mean CPU time of: `import` (importFile in process: read + importer), `read` (readPdf: the direct
 * reader), `pdfjs` (readPdfWithPdfjs: the reader before this round's direct reader) and `pdftotext -layout` (a
 * process, its CPU read from /proc), with the ratios to pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importFile } from '../../../electron/services/import-file.js';
import { readPdf, readPdfWithPdfjs } from '../../../electron/services/readers/pdf.js';
import { generateOrderText } from '../../support/generate-order.js';
import { hasCommand } from '../../support/tools.js';
import { fixtureOrders } from '../../unit/fixtures.js';
import { childrenCpuMs } from '../measure.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const r2 = (n: number): number => Math.round(n * 100) / 100;

export async function run(): Promise<Record<string, unknown>> {
  if (!hasCommand('pdftotext', ['-v']) || !hasCommand('soffice', ['--version']) || !existsSync('/proc/self/stat')) {
    return { skipped: 'pdftotext, soffice lub /proc niedostępne' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zo-bench-pdf-speed-'));
  const out: Record<string, unknown> = {};
  try {
    const sources = fixtureOrders().map((o) => {
      const p = join(dir, `${o.stem}.txt`);
      copyFileSync(o.path, p);
      return p;
    });
    const big = join(dir, 'generated-120-units.txt');
    writeFileSync(big, generateOrderText({ units: 120, points: 3000, deputies: 4 }));
    sources.push(big);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...sources], { stdio: 'ignore', timeout: 180_000 });
    const pdfs = sources.map((s) => s.replace(/\.txt$/, '.pdf'));
    for (const p of pdfs) {
      await importFile(p);
      await readPdfWithPdfjs(readFileSync(p));
    }
    const N = 11;
    for (const p of pdfs) {
      const bytes = readFileSync(p);
      const wall: Record<string, number[]> = { import: [], read: [], pdfjs: [], pdftotext: [] };
      const cpu: Record<string, number> = { import: 0, read: 0, pdfjs: 0, pdftotext: 0 };
      const time = async (k: string, fn: () => unknown): Promise<void> => {
        const c = k === 'pdftotext' ? childrenCpuMs() : cpuMs();
        const t = performance.now();
        await fn();
        wall[k]!.push(performance.now() - t);
        cpu[k]! += (k === 'pdftotext' ? childrenCpuMs() : cpuMs()) - c;
      };
      for (let i = 0; i < N; i++) {
        await time('import', () => importFile(p));
        await time('read', () => readPdf(bytes));
        await time('pdfjs', () => readPdfWithPdfjs(bytes));
        await time('pdftotext', () => execFileSync('pdftotext', ['-layout', p, '-']));
      }
      const w = Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, r2(median(v))]));
      const c = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, r2(v / N)]));
      out[basename(p, '.pdf')] = {
        pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [p], { encoding: 'utf8' }))?.[1] ?? 0),
        wallMs: w,
        cpuMs: c,
        importVsPdftotext: { wall: r2(w.import! / w.pdftotext!), cpu: r2(c.import! / c.pdftotext!) },
        readVsPdftotext: { wall: r2(w.read! / w.pdftotext!), cpu: r2(c.read! / c.pdftotext!) },
        pdfjsVsPdftotext: { wall: r2(w.pdfjs! / w.pdftotext!), cpu: r2(c.pdfjs! / c.pdftotext!) },
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
