/**
 * Damaged-but-faithful copies of an order's text, as other tools and people make them (`../shared/tools/variants.py`
 * does the same for a few widths): every transform keeps every word of the order and changes only where lines
 * break, the blank lines, the Unicode form or the encoding.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { textSource } from '../../../core/import/source.js';
import { fixtureOrders, OWN } from '../fixtures.js';

/** One input of the metamorphic suite: its plain text and, where it exists, its expected outline. */
export interface Case {
  name: string;
  text: string;
  expected: unknown | null;
}

/** The plain text a Markdown order stands for (markup removed, table rows as lines). */
export function markdownAsText(md: string): string {
  return textSource(md, { markdown: true }).blocks.map((b) => b.text).join('\n');
}

function caseOf(path: string, expectedPath: string | null): Case {
  const raw = readFileSync(path, 'utf8');
  const text = path.endsWith('.md') ? markdownAsText(raw) : raw;
  let expected: unknown | null = null;
  try {
    expected = expectedPath ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
  } catch {
    expected = null;
  }
  return { name: basename(path), text, expected };
}

/** Every real order (shared fixtures) and every order of the project's own (older variants and import copies). */
export function allCases(): Case[] {
  const shared = fixtureOrders().map((f) => ({ ...caseOf(f.path, null), expected: f.expectedOutline }));
  const own = ['wydzial-trzech-zastepcow.txt', 'biuro-tabela-litery.md', 'wydzial-warianty-zapisu.txt', 'zespol-powolanie.txt', 'zmiana-z-cytatem.txt', ...NEW_SHAPES].map((n) =>
    caseOf(join(OWN, 'orders', n), join(OWN, 'orders', n.replace(/\.(txt|md)$/, '.outline.json'))),
  );
  return [...shared, ...own, ...importCases()];
}

/** The copies of real-world provenance written for the importer (`test/fixtures/import/*.txt`). */
export function importCases(): Case[] {
  return IMPORT_COPIES.map((n) => caseOf(join(OWN, 'import', n), join(OWN, 'import', n.replace(/\.txt$/, '.outline.json'))));
}

/** Own orders of shapes no other fixture has (Biuro with Oddziały and their Referaty, PDF page furniture, …). */
export const NEW_SHAPES = ['biuro-oddzialy-referaty-z-pdf.txt', 'wydzial-edukacji-ze-strony-www.txt', 'wydzial-podatkow-z-worda.txt'];

/** Names of the import copies. */
export const IMPORT_COPIES = [
  'wydzial-drog-z-pdf-worda.txt',
  'wydzial-finansowy-ze-strony-www.txt',
  'zarzadzenie-bez-znakow-paragrafu.txt',
  'wydzial-inwestycji-podkomorki.txt',
  'wydzial-podwojny-paragraf.txt',
  'wydzial-obowiazki-wspolne-ustepy.txt',
  'regulamin-paragrafy-z-tytulami.txt',
  'wydzial-wspolne-zadania-z-up.txt',
  'kancelaria-z-serwisu-dokumentow.txt',
  'wydzial-zadania-wspolne-w-ust-2.txt',
  'biuro-przenoszenie-wyrazow-z-pdf.txt',
  'wydzial-tirety-z-punktorow.txt',
];

/** Paragraphs of a text: blank-line separated blocks, each folded to one line. */
function blocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Splits a word after its hyphens the way word processors (and Python's textwrap) break lines: `kancelaryjno-|biurowej`. */
function hyphenChunks(word: string): string[] {
  return word.split(/(?<=\p{L}{2}-)(?=\p{L})/u);
}

/** Greedy wrap of one paragraph at `width` characters, breaking at spaces and after in-word hyphens. */
export function wrapParagraph(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const chunks = hyphenChunks(word);
    chunks.forEach((chunk, k) => {
      const sep = k === 0 && line ? ' ' : '';
      if (line && (line + sep + chunk).length > width) {
        lines.push(line);
        line = chunk;
      } else line += sep + chunk;
    });
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Named text transforms: every one keeps every word. */
export const TRANSFORMS: Record<string, (t: string) => string> = {
  ...Object.fromEntries([25, 33, 47, 64, 90, 130, 200].map((w) => [`wrap${w}`, (t: string) => `${blocks(t).map((b) => wrapParagraph(b, w)).join('\n\n')}\n`])),
  flat: (t) => `${blocks(t).join(' ')}\n`,
  /** Broken at § signs only (what some web pages give when copied). */
  paragrafLines: (t) => `${blocks(t).join(' ').replace(/\s*§/g, '\n§').trim()}\n`,
  noBlankLines: (t) => t.replace(/\n\s*\n/g, '\n'),
  doubledBlankLines: (t) => t.replace(/\n/g, '\n\n'),
  /** As a PDF's text layer gives it: lines of 85 characters, every 40th line a page foot (`Strona n z m` or a bare number). */
  pdfPages: (t) => {
    const lines = blocks(t).map((b) => wrapParagraph(b, 85)).join('\n').split('\n');
    const out: string[] = [];
    const pages = Math.ceil(lines.length / 40);
    lines.forEach((l, i) => {
      out.push(l);
      if (i % 40 === 39) out.push((i / 40) % 2 < 1 ? `Strona ${Math.floor(i / 40) + 1} z ${pages}` : String(Math.floor(i / 40) + 1));
    });
    return `${out.join('\n')}\n`;
  },
  nfd: (t) => t.normalize('NFD'),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
};

/** The text as bytes in UTF-16 with a byte order mark (what Notepad saves as „Unicode”). */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}
