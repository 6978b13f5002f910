/**
 * Reading the text layer of a PDF with pdfjs-dist (legacy build for Node): text items grouped into lines by
 * their baseline, ordered left to right, with a space where items stand apart and a column gap (two spaces)
 * where they stand far apart (a symbol set in its own column). Pages are joined in order; page numbers and
 * stray URLs are removed later by the importer's normalisation.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; code: 'corrupt' | 'scan'; message: string };

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A line as compared across pages: digits folded (page numbers differ), spaces folded. */
function shape(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Removes running heads and feet: a line among the first or last two of a page whose shape (digits folded) stands
 * at the top or bottom of at least half of the pages, and of two pages at least. Such lines are the document's
 * header and footer (`Zarządzenie Nr … – projekt`, `Strona 2 z 5`), not its text.
 */
export function dropRunningHeads(pages: string[][]): string[][] {
  if (pages.length < 2) return pages;
  const edge = (lines: string[]): string[] => [...new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape).filter((l) => l.length > 0))];
  const count = new Map<string, number>();
  for (const p of pages) for (const l of edge(p)) count.set(l, (count.get(l) ?? 0) + 1);
  const running = new Set([...count].filter(([, n]) => n >= 2 && n >= pages.length / 2).map(([l]) => l));
  if (running.size === 0) return pages;
  return pages.map((lines) =>
    lines.filter((l, i) => !((i < 2 || i >= lines.length - 2) && running.has(shape(l)))),
  );
}

/** Time after which a PDF that does not parse is given up, in milliseconds. */
export const PDF_TIMEOUT_MS = 30_000;

/**
 * Reads the text of a PDF.
 * In: the file's bytes. Out: the text, or `scan` (no text layer: suggest OCR) / `corrupt` (pdfjs cannot open it,
 * or it took longer than {@link PDF_TIMEOUT_MS}).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PDF_TIMEOUT_MS);
    });
    const pdf = await Promise.race([task.promise, timeout]);
    const pages: string[][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      const items = (content.items as unknown[]).filter((x): x is TextItemLike => typeof (x as TextItemLike).str === 'string');
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
      const text = lines.map((l) => {
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
      pages.push(text);
      page.cleanup();
    }
    await pdf.destroy();
    const text = dropRunningHeads(pages).map((p) => p.join('\n')).join('\n\n');
    if (text.replace(/\s/g, '').length < 30) {
      return {
        ok: false,
        code: 'scan',
        message: 'PDF nie ma warstwy tekstowej (to skan). Rozpoznaj tekst programem OCR i zaimportuj plik ponownie.',
      };
    }
    return { ok: true, text, pages: pdf.numPages };
  } catch {
    void task.destroy();
    return { ok: false, code: 'corrupt', message: 'Nie można odczytać pliku PDF: jest uszkodzony, zaszyfrowany lub to nie jest PDF.' };
  } finally {
    clearTimeout(timer);
  }
}
