/**
 * Reading the text layer of a PDF: text items (from the direct reader, `pdf-text.ts`, or from pdfjs-dist's legacy
 * build when the direct reader leaves the file to it) grouped into lines by their baseline, ordered left to
 * right, with a space where items stand apart and a column gap (two spaces) where they stand far apart (a symbol
 * set in its own column). Pages are joined in order; running heads and feet are dropped; page numbers and stray
 * URLs are removed later by the importer's normalisation.
 *
 * Bounded (limits in `pdf-scan.ts`, {@link PDF_LIMITS}): before either reader opens the file, its raw bytes are
 * looked at (page objects, every stream inflated with a cap, operators of each page's content); pdfjs's page
 * tree count is checked once it has opened it; and one limit of work (`work-time.ts`) covers pdfjs's whole read,
 * opening and every page, after which its tasks are cancelled. Beyond a limit: `tooLarge` with one Polish line
 * naming it.
 *
 * pdfjs is loaded only when the direct reader leaves a file to it, so most imports never pay for it.
 */
import { seconds, workClock } from '../work-time.js';
import { PDF_LIMITS, scanPdf, type PdfLimits } from './pdf-scan.js';
import { readPdfText, type TextItemLike } from './pdf-text.js';

export { PDF_LIMITS, type PdfLimits } from './pdf-scan.js';

export type PdfText =
  | { ok: true; text: string; pages: number; /** Lines of each page, running heads and feet dropped (the text, by page). */ pageLines: string[][] }
  | { ok: false; code: 'corrupt' | 'scan' | 'tooLarge'; message: string };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | null = null;
let loadListener: ((phase: 'loading' | 'loaded') => void) | null = null;

/**
 * Calls `listener` when pdfjs starts loading and when it is loaded (once per thread; the import worker tells the
 * main side, which stops measuring the import's work and memory while code loads, and starts again after, so that
 * loading code is not taken for the file's cost). Null removes it.
 */
export function onPdfjsLoad(listener: ((phase: 'loading' | 'loaded') => void) | null): void {
  loadListener = listener;
}

/**
 * pdfjs-dist, loaded once. Its legacy build's polyfills (core-js) replace built-ins the host already has with
 * slower copies for the whole process: `Array.prototype.push` (for a spec detail of non-writable lengths),
 * `JSON.parse` and `JSON.stringify` (for proposals pdfjs does not use). They are put back once pdfjs is loaded:
 * with the replacements every `push` in the process is several times slower and pdfjs's own text extraction
 * about 1.5× slower. Features the host lacks (added, not replaced) are left in place.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    loadListener?.('loading');
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    const { parse, stringify } = JSON;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // the worker side in this thread (pdfjs's "fake worker"), loaded here so its polyfills are undone too
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Object.defineProperty(Array.prototype, 'push', push);
    JSON.parse = parse;
    JSON.stringify = stringify;
    loadListener?.('loaded');
    return lib;
  })();
  return loading;
}


/** A line as compared across pages: digits folded (page numbers differ), spaces folded. */
function shape(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Removes running heads and feet: a line among the first or last two of a page whose shape (digits folded) stands
 * at the top or bottom of at least half of the pages, and of two pages at least. Such lines are the document's
 * header and footer (`Zarządzenie Nr … – projekt`, `Strona 2 z 5`), not its text. Pages are counted once per
 * distinct page (identical pages are one page: nothing on them is a running head), and a page that would be left
 * with no text keeps its lines.
 */
export function dropRunningHeads(pages: string[][]): string[][] {
  // identical pages count once: on them nothing is a running head
  const distinct = [...new Map(pages.map((p) => [p.join('\n'), p])).values()];
  if (distinct.length < 2) return pages;
  const edge = (lines: string[]): string[] => [...new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape).filter((l) => l.length > 0))];
  const count = new Map<string, number>();
  for (const p of distinct) for (const l of edge(p)) count.set(l, (count.get(l) ?? 0) + 1);
  const running = new Set([...count].filter(([, n]) => n >= 2 && n >= distinct.length / 2).map(([l]) => l));
  if (running.size === 0) return pages;
  return pages.map((lines) => {
    const kept = lines.filter((l, i) => !((i < 2 || i >= lines.length - 2) && running.has(shape(l))));
    return kept.some((l) => l.trim()) ? kept : lines;
  });
}

/** Lines of one page from its text items: grouped by baseline, top to bottom, items left to right. */
function pageLines(items: TextItemLike[]): string[] {
  const lines: { y: number; size: number; parts: TextItemLike[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || it.height || 10;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, size * 0.4));
    if (line) line.parts.push(it);
    else lines.push({ y, size, parts: [it] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    l.parts.sort((a, b) => a.transform[4]! - b.transform[4]!);
    let s = '';
    let end = -Infinity;
    for (const p of l.parts) {
      const x = p.transform[4]!;
      const gap = x - end;
      if (s && gap > l.size * 2) s += '  ';
      else if (s && gap > l.size * 0.15 && !/\s$/.test(s) && !/^\s/.test(p.str)) s += ' ';
      s += p.str;
      end = x + p.width;
    }
    return s;
  });
}

const CORRUPT: PdfText = { ok: false, code: 'corrupt', message: 'Nie można odczytać pliku PDF: jest uszkodzony, zaszyfrowany lub to nie jest PDF.' };

const PASSWORD: PdfText = {
  ok: false,
  code: 'corrupt',
  message: 'Plik PDF jest zabezpieczony hasłem otwarcia: zapisz go bez hasła (np. drukując do PDF po otwarciu) i zaimportuj ponownie.',
};

const SCAN: PdfText = {
  ok: false,
  code: 'scan',
  message: 'PDF nie ma warstwy tekstowej (to skan). Rozpoznaj tekst programem OCR i zaimportuj plik ponownie.',
};

/** The text of pages' lines, or the scan answer when there is (almost) none. */
function textOf(pages: string[][]): PdfText {
  if (pages.flat().join('').replace(/\s/g, '').length < 30) return SCAN;
  const kept = dropRunningHeads(pages);
  return { ok: true, text: kept.map((p) => p.join('\n')).join('\n\n'), pages: pages.length, pageLines: kept };
}

/**
 * Reads the text of a PDF.
 * In: the file's bytes; limits (default {@link PDF_LIMITS}). Out: the text and page count, or `scan` (no text
 * layer: suggest OCR), `tooLarge` (a limit passed: pages, operators of a page, inflated streams, or the time of
 * the whole read), `corrupt` (the file cannot be read). Never throws.
 * The file is read by the direct reader (`pdf-text.ts`) when it handles everything in it, else by pdfjs; a file
 * in which the direct reader finds (almost) no text is read by pdfjs too before it is called a scan.
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  const scan = scanPdf(bytes, limits);
  if (!scan.ok) return { ok: false, code: 'tooLarge', message: scan.message };
  const direct = readPdfText(bytes, limits);
  if (direct) {
    const r = textOf(direct.map(pageLines));
    if (r.ok) return r;
  }
  return readPdfWithPdfjs(bytes, limits);
}

/**
 * Reads the text of a PDF with pdfjs (what {@link readPdf} falls back on), within the page and time limits.
 * In/out: as {@link readPdf}, without the look at the raw bytes (the caller's).
 */
export async function readPdfWithPdfjs(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  const work = workClock();
  const wallDeadline = Date.now() + limits.workMs * 5;
  const { getDocument } = await loadPdfjs();
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  // pdfjs's in-thread worker runs on promises alone, so a timer would not fire before it is done: the time is
  // checked after opening and after each page (a page's own work is bounded by the operator limit), and the
  // import worker's time limit stops anything longer.
  const late = (): boolean => work() > limits.workMs || Date.now() > wallDeadline;
  const TOO_SLOW: PdfText = {
    ok: false,
    code: 'tooLarge',
    message: `Odczyt pliku PDF wymagał ponad ${seconds(limits.workMs)} pracy (limit czasu odczytu); plik jest zbyt złożony lub uszkodzony.`,
  };
  try {
    const pdf = await task.promise;
    if (late()) return TOO_SLOW;
    if (pdf.numPages > limits.maxPages) {
      return { ok: false, code: 'tooLarge', message: `Plik PDF ma ${pdf.numPages} stron, a najwięcej obsługiwanych to ${limits.maxPages}; odmówiono odczytu.` };
    }
    const pages: string[][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      const items = (content.items as unknown[]).filter((x): x is TextItemLike => typeof (x as TextItemLike).str === 'string');
      pages.push(pageLines(items));
      page.cleanup();
      if (late()) return TOO_SLOW;
    }
    return textOf(pages);
  } catch (e) {
    // pdfjs opens a file encrypted with an owner's password only; one that needs a password to open it says so
    if ((e as { name?: string } | null)?.name === 'PasswordException') return PASSWORD;
    return CORRUPT;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
