/**
 * The bounded PDF reader: page, operator, stream-size and time limits answered quickly with one Polish line;
 * identical pages read as text, not taken for running heads; the operator count itself.
 */
import { describe, expect, it } from 'vitest';
import { countOperators, PDF_LIMITS } from '../../../electron/services/readers/pdf-scan.js';
import { dropRunningHeads, readPdf } from '../../../electron/services/readers/pdf.js';
import { pdfDocument, textContent, zlibRepeated } from '../../support/hostile.js';
import { withCpuTime } from '../../support/cpu-time.js';

const MB = 1024 * 1024;
const enc = new TextEncoder();
const ORDER_LINES = ['ZARZADZENIE NR 12/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 3 lutego 2025 r.', 'w sprawie zasad obiegu dokumentów', '§ 1. Zarzadzenie wchodzi w zycie z dniem podpisania.'];

function expectRefused(r: Awaited<ReturnType<typeof readPdf>>, code: string, says: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  expect(r.message).toMatch(says);
  expect(r.message).not.toContain('\n');
}

describe('limits of a PDF read', () => {
  it('refuses a 10,000-page PDF by its page count, at once', async () => {
    const bytes = pdfDocument(10_000, () => textContent(['Strona', 'ta sama treść']), { sharedContent: true });
    // refused by the page tree: no page is read (CPU time, which a busy machine does not inflate)
    const { value, cpuMs } = await withCpuTime(() => readPdf(bytes));
    expectRefused(value, 'tooLarge', /ponad 300 stron/);
    expect(cpuMs).toBeLessThan(1_000);
  });

  it('refuses by the count of page objects under a smaller limit', async () => {
    expectRefused(await readPdf(pdfDocument(30, () => textContent(ORDER_LINES)), { ...PDF_LIMITS, maxPages: 20 }), 'tooLarge', /ponad 20 stron/);
  });

  it('refuses a content stream that inflates to 1 GB after inflating at most its limit', async () => {
    const content = zlibRepeated(enc.encode(' '.repeat(MB)), 1024);
    const bytes = pdfDocument(1, () => ({ data: content, flate: true }));
    const before = process.memoryUsage().rss;
    const { value, cpuMs } = await withCpuTime(() => readPdf(bytes));
    expectRefused(value, 'tooLarge', /strumień większy po rozpakowaniu niż 16 MB/);
    expect(cpuMs).toBeLessThan(1_500);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it('refuses a page with more operators than the limit', async () => {
    const ops = '0 0 m 10 10 l S\n'.repeat(40_000); // 120,000 operators
    expectRefused(await readPdf(pdfDocument(1, () => ops)), 'tooLarge', /ponad 100\s000 poleceń rysowania/);
  });

  it('counts operators of a content stream split over several streams of one page, and of a shared stream once per page', async () => {
    const r = await readPdf(pdfDocument(3, () => textContent(ORDER_LINES)), { ...PDF_LIMITS, maxOperatorsPerPage: 10 });
    expectRefused(r, 'tooLarge', /ponad 10 poleceń/);
  });

  it('gives up a read past its time limit, whole read included', async () => {
    const bytes = pdfDocument(40, (i) => textContent(ORDER_LINES.map((l) => `${l} ${i}`)));
    expectRefused(await readPdf(bytes, { ...PDF_LIMITS, workMs: 1 }), 'tooLarge', /limit czasu/);
  });

  it('reads identical pages as text, not as a scan', async () => {
    const r = await readPdf(pdfDocument(3, () => textContent(ORDER_LINES)));
    if (!r.ok) throw new Error(r.message);
    expect(r.text).toContain('w sprawie zasad obiegu dokumentów');
    expect(r.pages).toBe(3);
  });

  it('still drops a running head from pages that differ', () => {
    const pages = [1, 2, 3].map((n) => ['Zarządzenie Nr 12/2025 – projekt', `treść strony ${n} pierwsza`, `treść strony ${n} druga`, `treść strony ${n} trzecia`, `Strona ${n} z 3`]);
    const kept = dropRunningHeads(pages);
    expect(kept.flat().some((l) => l.includes('projekt') || l.startsWith('Strona'))).toBe(false);
    expect(kept.flat()).toContain('treść strony 2 druga');
  });
});

describe('operator count', () => {
  const count = (s: string): number => countOperators(enc.encode(s));
  it('counts operators, not operands', () => {
    expect(count('BT /F1 11 Tf 56 780 Td (Ala ma kota) Tj ET')).toBe(5);
    expect(count('q 1 0 0 1 0 0 cm [(A) -20 (B)] TJ Q')).toBe(4);
  });
  it('does not count what stands inside strings, hex strings, dictionaries, names and inline images', () => {
    expect(count('(ET Tj (nested) q Q \\) BT) Tj <4142> Tj /Name Do')).toBe(3);
    expect(count('/P << /MCID 0 /Alt (x y z) >> BDC EMC')).toBe(2);
    expect(count('BI /W 2 /H 1 /BPC 8 /CS /G ID \x00q Q BT\x01 EI Q')).toBe(4);
    expect(count('true false null 1 2 re')).toBe(1);
  });
});
