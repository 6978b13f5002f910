/**
 * The direct PDF text reader (`pdf-text.ts`) against pdfjs: on PDFs from the producers orders come from
 * (LibreOffice from text and from DOCX, Chromium, Word-shaped files with a CID font, TJ kerning, marked content,
 * object and cross-reference streams) it reads exactly the text pdfjs reads; what it does not handle it leaves to
 * pdfjs (null), and `readPdf` still reads those files.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPdfWriter } from '../../../electron/services/export/chromium-pdf.js';
import { PDF_LIMITS } from '../../../electron/services/readers/pdf-scan.js';
import { readPdfText } from '../../../electron/services/readers/pdf-text.js';
import { readPdf, readPdfWithPdfjs } from '../../../electron/services/readers/pdf.js';
import { docxOf } from '../../support/fuzz.js';
import { pdfDocument, textContent } from '../../support/hostile.js';
import { wordLikePdf } from '../../support/pdf-samples.js';
import { hasCommand } from '../../support/tools.js';
import { fixtureOrders } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'zo-pdf-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasSoffice = hasCommand('soffice', ['--version']);
const chromium = chromiumPdfWriter();

/** The direct reader handles the file and gives pdfjs's text, page for page. */
async function expectSameAsPdfjs(bytes: Uint8Array): Promise<void> {
  expect(readPdfText(bytes, PDF_LIMITS)).not.toBeNull();
  const ours = await readPdf(bytes);
  const theirs = await readPdfWithPdfjs(bytes);
  expect(theirs.ok).toBe(true);
  expect(ours).toEqual(theirs);
}

const orders = fixtureOrders();

describe('the same text as pdfjs', () => {
  it.runIf(hasSoffice)('LibreOffice PDFs of every real order, from its text and from a DOCX', async () => {
    const sources = orders.map((o) => {
      const txt = join(dir, `${o.stem}.txt`);
      copyFileSync(o.path, txt);
      const docx = join(dir, `${o.stem}-docx.docx`);
      writeFileSync(docx, docxOf(readFileSync(o.path, 'utf8')));
      return [txt, docx];
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...sources.flat()], { stdio: 'ignore', timeout: 180_000 });
    for (const path of sources.flat()) await expectSameAsPdfjs(readFileSync(path.replace(/\.(txt|docx)$/, '.pdf')));
  });

  it.runIf(chromium !== null)('Chromium PDFs of every real order (justified, bold and italic runs)', async () => {
    for (const o of orders) {
      const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const lines = readFileSync(o.path, 'utf8').split('\n');
      const html = `<!doctype html><html lang="pl"><meta charset="utf-8"><style>body{font-family:'Liberation Serif',serif;font-size:12pt;text-align:justify}</style><body>${lines
        .map((l, i) => `<p>${i % 7 === 3 ? `<b>${esc(l.slice(0, 10))}</b>${esc(l.slice(10))}` : i % 11 === 5 ? `<i>${esc(l)}</i>` : esc(l)}</p>`)
        .join('')}</body></html>`;
      await expectSameAsPdfjs(await chromium!(html));
    }
  });

  it('Word-shaped PDFs of every real order, plain and with object and cross-reference streams', async () => {
    for (const o of orders) {
      const lines = readFileSync(o.path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      // lines as Word wraps them: within the page
      const wrapped = lines.flatMap((l) => l.match(/.{1,80}(\s|$)/g) ?? [l]).map((l) => l.trim());
      await expectSameAsPdfjs(wordLikePdf(wrapped));
      await expectSameAsPdfjs(wordLikePdf(wrapped, { compressed: true }));
    }
  });
});

describe('what the direct reader leaves to pdfjs', () => {
  const simple = (font: string, body: string): Uint8Array => {
    const pdf = Buffer.from(pdfDocument(1, () => body)).toString('latin1').replace('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', font);
    return new Uint8Array(Buffer.from(pdf, 'latin1'));
  };
  const lines = ['ZARZADZENIE NR 12/2025', 'PREZYDENTA MIASTA KRAKOWA', 'w sprawie zasad obiegu dokumentow w urzedzie'];

  it('a standard font without widths, a Type 3 font, a glyph name it does not know, an encrypted file', async () => {
    const cases = [
      pdfDocument(1, () => textContent(lines)),
      simple('<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << >> /Encoding << /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [500] >>', textContent(lines)),
      simple('<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [' + '500 '.repeat(95) + '] /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /glyph123] >> >>', textContent(lines)),
      new Uint8Array(Buffer.from(Buffer.from(pdfDocument(1, () => textContent(lines))).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard >>'), 'latin1')),
    ];
    for (const bytes of cases) expect(readPdfText(bytes, PDF_LIMITS)).toBeNull();
    // and the file is still read, by pdfjs
    const r = await readPdf(cases[0]!);
    expect(r.ok && r.text.includes('PREZYDENTA MIASTA KRAKOWA')).toBe(true);
  });

  it('reads text inside a form XObject and with inherited resources as pdfjs does', async () => {
    const widths = `/FirstChar 32 /LastChar 126 /Widths [${'500 '.repeat(95)}]`;
    const font = `<< /Type /Font /Subtype /TrueType /BaseFont /Arial ${widths} /Encoding /WinAnsiEncoding >>`;
    let pdf = Buffer.from(pdfDocument(2, (i) => (i === 0 ? `${textContent(lines)} q 1 0 0 1 0 -200 cm /Fm1 Do Q` : textContent(lines.map((l) => `${l} (2)`))))).toString('latin1');
    pdf = pdf.replace('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', font);
    // a form XObject appended as an incremental update, named in the first page's resources
    const form = `BT /F1 11 Tf 56 500 Td (w formularzu: Wydzial Organizacyjny) Tj ET`;
    pdf = pdf.replace('/Resources << /Font << /F1 3 0 R >> >>', '/Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 99 0 R >> >>');
    pdf += `99 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream\nendobj\n`;
    const bytes = new Uint8Array(Buffer.from(pdf, 'latin1'));
    const r = await readPdf(bytes);
    expect(r.ok && r.text.includes('w formularzu: Wydzial Organizacyjny')).toBe(true);
    await expectSameAsPdfjs(bytes);
  });
});

