/**
 * Real readers: LibreOffice converts the exported DOCX to PDF, Chromium prints the print preview to PDF; in both
 * PDFs `pdftotext` finds every line of the rendered text in order, every page but the last is A4 portrait and the
 * last (the annex) is A4 landscape. Skipped only when the programs are not installed (they are in CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../core/model/order.js';
import { renderDocument } from '../../../core/render/document.js';
import { buildExport, chromiumPdfWriter } from '../../../electron/services/export/index.js';
import { annexChartLayout } from '../../../core/docx/index.js';
import { CHROMIUM, expectedLines, exportCases, hasBinary, inkBelow, missingInOrder, pdfPageSizes, pdfText } from './helpers.js';

const haveSoffice = hasBinary('soffice') && hasBinary('pdftotext') && hasBinary('pdfinfo');
const haveChromium = CHROMIUM !== null && hasBinary('pdftotext') && hasBinary('pdfinfo');

let dir = '';
let cases: { name: string; order: Order }[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-readers-'));
  cases = await exportCases();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const A4 = { w: 595.3, h: 841.9 };
const near = (a: number, b: number): boolean => Math.abs(a - b) < 2;

/** For a draft, `PROJEKT` on every page (the DOCX's page header, the preview's `@page` margin box). */
function expectDraftMark(pdf: string, draft: boolean, name: string): void {
  if (!draft) return;
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages.length, name).toBeGreaterThan(1);
  pages.forEach((p, i) => expect(p, `${name} page ${i + 1}`).toContain('PROJEKT'));
}

/** Every page portrait A4 except the last one when the order has an annex: landscape A4. */
function expectPages(pdf: string, annex: boolean, name: string): void {
  const sizes = pdfPageSizes(pdf);
  expect(sizes.length, name).toBeGreaterThan(annex ? 1 : 0);
  const body = annex ? sizes.slice(0, -1) : sizes;
  for (const s of body) expect(near(s.width, A4.w) && near(s.height, A4.h), `${name} portrait page ${JSON.stringify(s)}`).toBe(true);
  if (annex) {
    const last = sizes[sizes.length - 1]!;
    expect(near(last.width, A4.h) && near(last.height, A4.w), `${name} landscape last page ${JSON.stringify(last)}`).toBe(true);
  }
}

describe.skipIf(!haveSoffice)('LibreOffice reads the DOCX', () => {
  it('converts every case to PDF with every rendered line in order and the annex on a landscape last page', async () => {
    const names: string[] = [];
    for (const [i, c] of cases.entries()) {
      const b = await buildExport(c.order, { pngDpi: 150 });
      const file = join(dir, `lo-${i}.docx`);
      writeFileSync(file, b.docx);
      names.push(file);
    }
    // one soffice run for all files (each run needs its own profile; starting it is the slow part)
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...names], { stdio: 'pipe', timeout: 240_000 });
    for (const [i, c] of cases.entries()) {
      const pdf = join(dir, `lo-${i}.pdf`);
      const doc = renderDocument(c.order);
      expect(missingInOrder(pdfText(pdf, doc.draft), expectedLines(doc)), c.name).toEqual([]);
      expectPages(pdf, doc.annex !== null, c.name);
      expectDraftMark(pdf, doc.draft, c.name);
      // the chart picture is on the annex page
      if (doc.annex) {
        const pages = pdfPageSizes(pdf).length;
        const images = execFileSync('pdfimages', ['-f', String(pages), '-l', String(pages), '-list', pdf], { encoding: 'utf8' });
        expect(images.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l)).length, c.name).toBeGreaterThan(0);
        // and drawn: box borders and their text leave ink under the title (a picture clipped to one line leaves none)
        expect(inkBelow(pdf, pages, 0.25), c.name).toBeGreaterThan(40 * annexChartLayout(c.order, doc.annex, doc.draft).boxes.length);
      }
    }
  }, 300_000);
});

describe.skipIf(!haveChromium)('Chromium prints the preview', () => {
  it('prints every case to PDF with every rendered line in order and the annex on a landscape last page', async () => {
    const writer = chromiumPdfWriter(CHROMIUM)!;
    for (const [i, c] of cases.entries()) {
      const b = await buildExport(c.order, { pdf: writer, png: () => new Uint8Array() });
      const pdf = join(dir, `pv-${i}.pdf`);
      writeFileSync(pdf, b.pdf!);
      const doc = renderDocument(c.order);
      expect(missingInOrder(pdfText(pdf, doc.draft), expectedLines(doc)), c.name).toEqual([]);
      expectPages(pdf, doc.annex !== null, c.name);
      expectDraftMark(pdf, doc.draft, c.name);
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
      expect(fonts, c.name).toMatch(/LiberationSerif|TimesNewRoman/);
      if (doc.annex) {
        // the chart's text (inline SVG) is on the last page
        const lastPage = readFileSync(pdf).length > 0 ? execFileSync('pdftotext', ['-f', String(pdfPageSizes(pdf).length), '-l', String(pdfPageSizes(pdf).length), pdf, '-'], { encoding: 'utf8' }) : '';
        expect(lastPage, c.name).toContain(c.order.units[0]!.symbol || c.order.units[0]!.name.split(' ')[0]!);
        expect(inkBelow(pdf, pdfPageSizes(pdf).length, 0.25), c.name).toBeGreaterThan(40 * annexChartLayout(c.order, doc.annex, doc.draft).boxes.length);
      }
    }
  }, 300_000);
});
