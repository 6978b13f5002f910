/**
 * What a reader hands the importer: a stream of blocks of text with the boundaries the reader knows for certain
 * (`hard`: a DOCX paragraph, an HTML block element, a table row) and soft ones where it does not (a line of a PDF
 * or of pasted text: a line break there says nothing about structure). Each block keeps its position in the
 * source, so that a diagnostic or an unplaced fragment can point into the file the lawyer has.
 *
 * This module also turns plain text and Markdown into such blocks, dropping the artefacts of the source (page
 * numbers, stray link addresses, Markdown markup) and saying what it dropped.
 */
import { DASHES, PARTS, UnitSymbol } from '../lexicon/index.js';

/** Where a block stands in its source. */
export interface SourcePos {
  /** 1-based line of a text file or of a PDF page, or 1-based paragraph of a DOCX or block of an HTML page. */
  n: number;
  /** What `n` counts. */
  unit: 'line' | 'paragraph' | 'block';
  /** 1-based page of a PDF, when known. */
  page?: number;
}

/** A block of the source. */
export interface SourceBlock {
  text: string;
  /** True when the reader knows that a boundary precedes this block (paragraph, HTML block, table row). */
  hard: boolean;
  pos: SourcePos;
}

/** Something the reader left out as an artefact of the source (not words of the order). */
export interface Dropped {
  pos: SourcePos;
  text: string;
  /** Polish: what it was (`numer strony`). */
  why: string;
}

/** Blocks of a source and the artefacts left out of them. */
export interface SourceText {
  blocks: SourceBlock[];
  dropped: Dropped[];
}

/** Polish description of a source position: `wiersz 12`, `akapit 4`, `strona 2, wiersz 7`. */
export function describePos(pos: SourcePos): string {
  const unit = pos.unit === 'line' ? 'wiersz' : pos.unit === 'paragraph' ? 'akapit' : 'blok';
  return pos.page !== undefined ? `strona ${pos.page}, ${unit} ${pos.n}` : `${unit} ${pos.n}`;
}

/** A page number alone on a line: `7`, `Strona 2 z 5`, `- 3 -`, `(2)` (a document site's page counter, 9lib). */
export function isPageNumber(t: string): boolean {
  return /^\d{1,3}$/.test(t) || /^Strona\s+\d+\s+z\s+\d+$/i.test(t) || /^-\s*\d{1,3}\s*-$/.test(t) || /^\(\d{1,3}\)$/.test(t);
}

/** True when a line of digits is the tail of a symbol broken after its hyphen on the line before (`(KP-` / `07`). */
function continuesSymbol(previous: string | undefined, line: string): boolean {
  return previous !== undefined && /^\d/.test(line) && UnitSymbol.endsWithOpenPrefix(previous);
}

/** A link address alone on a line (a PDF link annotation written between the lines). */
export function isStrayUrl(t: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(t);
}

/**
 * Unicode and invisible characters a copy carries: NFC (a Mac or a web page may give `ą` as `a` + ogonek),
 * no soft hyphens, no zero-width characters or byte order marks, non-breaking spaces as spaces, tabs as a
 * column gap (two spaces).
 */
export function cleanCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\t/g, '  ')
    .replace(/[\u2028\u2029]/g, '\n');
}

const TABLE_ROW = /^\s*(?:-\s*)?\|.*\|\s*$/;
const TABLE_RULE = /^\s*(?:-\s*)?\|[\s|:-]*\|\s*$/;

/** One line of Markdown as plain text; `row` is true for a table row (a hard boundary: rows are line-structured). */
function markdownLine(line: string): { text: string; row: boolean } {
  let s = line;
  s = s.replace(/<\/?b>/gi, '').replace(/<\/?strong>/gi, '').replace(/<\/?i>/gi, '').replace(/<br\s*\/?>/gi, ' ');
  s = s.replace(/\*\*/g, '').replace(/__/g, '');
  s = s.replace(/^\s*#{1,6}\s+/, '');
  if (TABLE_ROW.test(s)) {
    if (TABLE_RULE.test(s)) return { text: '', row: true };
    const cells = s
      .replace(/^\s*(?:-\s*)?\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    // cells stay apart by a column gap, as a printed column would
    return { text: cells.join('  '), row: true };
  }
  // a Markdown bullet in front of a label is only a list marker; before text it stands for a tiret
  const bullet = /^(\s*)[-*+]\s+(?=(?:\d{1,3}[.)]|[a-z]{1,2}\))\s)/.exec(s);
  if (bullet) s = s.slice(bullet[0].length);
  else s = s.replace(/^\s*[*+]\s+/, '– ');
  return { text: s, row: false };
}

/**
 * Indexes of the lines of a text copied from a paginated document that are its running head or foot: a line that
 * stands right before or after a page number (`Strona 2 z 5`; blank lines aside) and is written, the same, at least
 * twice in the text (`Zarządzenie Nr 1187/2021 Prezydenta Miasta Krakowa z dnia …` at the head of every page).
 * Every occurrence of such a line is page furniture, not the order's text. In: the lines (any order of blank
 * lines). Out: the set of their indexes.
 */
export function runningLineIndexes(lines: string[]): Set<number> {
  const folded = lines.map((l) => cleanCharacters(l).replace(/\s+/g, ' ').trim());
  const count = new Map<string, number>();
  for (const l of folded) if (l) count.set(l, (count.get(l) ?? 0) + 1);
  const filled = folded.map((l, i) => ({ l, i })).filter((x) => x.l);
  const running = new Set<string>();
  filled.forEach((x, k) => {
    if (!isPageNumber(x.l)) return;
    for (const y of [filled[k - 1], filled[k + 1]]) if (y && !isPageNumber(y.l) && (count.get(y.l) ?? 0) >= 2 && /\p{L}{2}/u.test(y.l)) running.add(y.l);
  });
  return new Set(folded.flatMap((l, i) => (running.has(l) ? [i] : [])));
}

/** The order's heading as a copy writes it: `ZARZĄDZENIE …` or `Zarządzenie Nr …`. */
const HEADING_START = /ZARZĄDZENIE|Zarządzenie\s+(?:NR|Nr|nr)(?![\p{L}])/gu;

/**
 * Where the order's own text starts in a copy of a web page that repeats the heading above it: a document site
 * (docplayer, 9lib) or the city's bulletin puts the order's heading in the page's title, and again in a download
 * link or a share button (`Download "ZARZĄDZENIE Nr 667/2015 …"`), with the site's own words between (`Wielkość:
 * px`, `Transkrypt`, `Copied!`, a page number `1` before the text). Of the headings standing before the legal basis
 * (or the enacting formula), the last one followed by a title (`w sprawie …`) is the order's own, as the HTML reader
 * takes it. In: the lines of the copy. Out: line index and column where the order starts, or null when the heading
 * is written once (nothing of the text is then page furniture).
 */
export function repeatedHeadingStart(lines: string[]): { line: number; col: number } | null {
  const found: Array<{ line: number; col: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const basis = PARTS.basis.exec(l) ?? PARTS.enacting.exec(l);
    const upTo = basis ? basis.index : l.length;
    for (const m of l.matchAll(HEADING_START)) if (m.index! < upTo) found.push({ line: i, col: m.index! });
    if (basis) {
      // the last heading before the basis, with a title between them, is the order's own
      for (let k = found.length - 1; k >= 1; k--) {
        const h = found[k]!;
        const between = [lines[h.line]!.slice(h.col), ...lines.slice(h.line + 1, i + 1)].join('\n');
        if (PARTS.title.test(between)) return h;
      }
      return null;
    }
  }
  return null;
}

/**
 * Plain text (or Markdown) as source blocks: one soft block per non-empty line (a Markdown table row is a hard
 * one), artefacts dropped: page numbers and link addresses alone on a line, running heads and feet
 * ({@link runningLineIndexes}). Blank lines carry no meaning
 * (PDF extraction doubles them, web copies remove them). In: the text (any line ends, already decoded).
 * Out: {@link SourceText}. Never throws.
 */
export function textSource(raw: string, opts: { markdown?: boolean } = {}): SourceText {
  const blocks: SourceBlock[] = [];
  const dropped: Dropped[] = [];
  const lines = cleanCharacters(raw).replace(/\r\n?/g, '\n').split('\n');
  const running = runningLineIndexes(lines);
  const start = repeatedHeadingStart(lines);
  if (start) {
    const before = [...lines.slice(0, start.line), lines[start.line]!.slice(0, start.col)].join(' ').replace(/\s+/g, ' ').trim();
    dropped.push({ pos: { n: 1, unit: 'line' }, text: before.length > 160 ? `${before.slice(0, 159)}…` : before, why: 'element strony przed treścią zarządzenia (strona powtarza nagłówek zarządzenia nad jego tekstem)' });
  }
  let afterRow = false;
  lines.forEach((rawLine, i) => {
    const pos: SourcePos = { n: i + 1, unit: 'line' };
    if (start && i < start.line) return;
    let line = start && i === start.line ? rawLine.slice(start.col) : rawLine;
    let hard = false;
    if (opts.markdown) {
      const md = markdownLine(line);
      line = md.text;
      hard = md.row;
    }
    line = line.replace(/\s{2,}/g, '  ').trim();
    if (!line) return;
    if (isPageNumber(line) && !continuesSymbol(blocks[blocks.length - 1]?.text, line)) {
      dropped.push({ pos, text: line, why: 'numer strony' });
      return;
    }
    if (isStrayUrl(line)) {
      dropped.push({ pos, text: line, why: 'adres odnośnika wstawiony między wiersze' });
      return;
    }
    if (running.has(i)) {
      dropped.push({ pos, text: line, why: 'nagłówek lub stopka strony powtórzone na każdej stronie' });
      return;
    }
    // a table row is bounded on both sides
    blocks.push({ text: line, hard: hard || afterRow, pos });
    afterRow = hard;
  });
  return { blocks, dropped };
}

/**
 * The lines of a PDF's pages as source blocks: every line soft (a PDF line break says nothing about structure),
 * each with its page and line; page numbers and stray link addresses dropped as in {@link textSource}.
 */
export function pagesSource(pages: string[][]): SourceText {
  const blocks: SourceBlock[] = [];
  const dropped: Dropped[] = [];
  pages.forEach((lines, p) => {
    lines.forEach((raw, i) => {
      const pos: SourcePos = { n: i + 1, unit: 'line', page: p + 1 };
      const line = cleanCharacters(raw).replace(/\s{2,}/g, '  ').trim();
      if (!line) return;
      // a page number stands at the head or the foot of its page
      const edge = i < 2 || i >= lines.length - 2;
      if (edge && isPageNumber(line) && !continuesSymbol(blocks[blocks.length - 1]?.text, line)) dropped.push({ pos, text: line, why: 'numer strony' });
      else if (isStrayUrl(line)) dropped.push({ pos, text: line, why: 'adres odnośnika wstawiony między wiersze' });
      else blocks.push({ text: line, hard: false, pos });
    });
  });
  return { blocks, dropped };
}

/** True when the character is one of the dashes a copy uses for a tiret. */
export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && DASHES.includes(ch);
}
