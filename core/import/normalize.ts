/**
 * Normalisation of an order's text as it comes out of a PDF text layer, a DOCX, a Markdown conversion or a
 * copy-paste: the result is a list of logical lines ("blocks"), each starting where an editorial unit, a part of
 * the heading or a paragraf starts, with the lines broken inside words, symbols and sentences joined again.
 *
 * Rules (all seen in `../shared/fixtures/orders/`):
 * - blank lines carry no meaning (PDF extraction doubles them); page numbers (a line holding only 1–3 digits or
 *   `Strona n z m`) and stray URLs alone on a line (link annotations) are dropped and reported;
 * - Markdown emphasis (`**`, `<b>`), heading marks (`#`), list bullets before a label (`- a)`) and table rows
 *   (`| 1. Referat | - KP-01 |`) become plain text; a bullet before text becomes a tiret;
 * - every kind of dash at the start of a line (`-`, `–`, `—`, `−`, `•`) is a tiret;
 * - a symbol broken after its hyphen (`KS-` / `01`) is joined without a space;
 * - `§ 3 . 1 .` and `1.Wykonanie` are read as `§ 3. 1. Wykonanie`.
 */

/** A logical line of the order with what kind of start it has. */
export interface Block {
  text: string;
  /** Index (0-based) of the source line the block starts at, for diagnostics. */
  line: number;
}

/** What normalisation dropped as an artefact of the source (page numbers, stray URLs). */
export interface NormalizeResult {
  blocks: Block[];
  dropped: { line: number; text: string; why: string }[];
}

const DASHES = /^[-–—−•‒]\s*/;
/** Abbreviations after which a line break never ends a sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:ds|tj|np|m\.in|r|ust|art|poz|nr|Nr|pkt|lit|zm|itp|itd|pn|tzw|ww|dot|ok|godz|al|ul|św|im|prof|dr|inż|mgr|tel|zał|Dz|U|tys|mln|zł|m\. in)\.$/;

const HEADING_START = /^(?:ZARZĄDZENIE\b|PREZYDENTA\s+MIASTA|PREZYDENT\s+MIASTA\s+KRAKOWA\s*$|Z\s+DNIA\b|[Ww]\s+sprawie\b|Na\s+podstawie\b|Załącznik\s+(?:nr\s+\d+\s+)?do\b|Prezydent\s+Miasta\s+Krakowa\s*$)/;

/** A label at the start of a block: `§ 1.`, `1.`, `1)`, `a)`, a tiret. */
export const LABEL = {
  paragraf: /^§\s*(\d+[a-z]?)\s*\.?\s*/,
  numDot: /^(\d{1,3})\s?\.(?:\s+|(?=[A-ZĄĆĘŁŃÓŚŹŻ„"]))/,
  numParen: /^(\d{1,3})\s?\)\s*/,
  letter: /^([a-z]{1,2})\)\s*/,
  tiret: DASHES,
};

/** True when the text starts with an editorial label or a § marker. */
export function startsWithLabel(text: string): boolean {
  return (
    LABEL.paragraf.test(text) ||
    LABEL.numDot.test(text) ||
    LABEL.numParen.test(text) ||
    LABEL.letter.test(text) ||
    LABEL.tiret.test(text)
  );
}

function cleanMarkdown(line: string): string {
  let s = line;
  s = s.replace(/<\/?b>/gi, '').replace(/<\/?strong>/gi, '').replace(/<br\s*\/?>/gi, ' ');
  s = s.replace(/\*\*/g, '').replace(/__/g, '');
  s = s.replace(/^\s*#{1,6}\s+/, '');
  // table rows: `| a | b |` → `a  b` (cells kept apart by two spaces, as a column would be)
  if (/^\s*(?:-\s*)?\|.*\|\s*$/.test(s)) {
    if (/^\s*(?:-\s*)?\|[\s|:-]*\|\s*$/.test(s)) return '';
    s = s
      .replace(/^\s*(?:-\s*)?\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0)
      .join('  ');
  }
  // a Markdown bullet in front of a label is only a list marker
  const bullet = /^(\s*)[-*+]\s+(?=(?:\d{1,3}[.)]|[a-z]{1,2}\))\s)/.exec(s);
  if (bullet) s = s.slice(bullet[0].length);
  else s = s.replace(/^\s*[*+]\s+/, '– ');
  return s;
}

function isPageNumber(t: string): boolean {
  return /^\d{1,3}$/.test(t) || /^Strona\s+\d+\s+z\s+\d+$/i.test(t) || /^-\s*\d{1,3}\s*-$/.test(t);
}

function isStrayUrl(t: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(t);
}

/** Puts the labels of a line into their canonical spelling: `§ 3 . 1 .` → `§ 3. 1.`. */
function canonicalLabels(t: string): string {
  let s = t.replace(/^§\s*(\d+[a-z]?)\s*\.\s*/, '§ $1. ');
  s = s.replace(/^§\s*(\d+[a-z]?)\s*$/, '§ $1.');
  s = s.replace(/^(§ \d+[a-z]?\. )(\d{1,3})\s*\.\s*/, '$1$2. ');
  s = s.replace(/^(\d{1,3})\s+\.\s+/, '$1. ');
  s = s.replace(/^(\d{1,3})\s+\)\s*/, '$1) ');
  return s;
}

/**
 * Decides whether `line` continues `prev` (a line broken inside a sentence) or starts a new block.
 * A line starting with a label, a § marker or a heading part starts a block; an unlabelled line starts one
 * when the previous block is closed (`;`, `:` or a full stop that is not an abbreviation) and the line begins
 * with a capital letter, or the previous block ended with `;`.
 */
function startsNewBlock(prev: string | undefined, line: string): boolean {
  if (prev === undefined) return true;
  if (startsWithLabel(line) || HEADING_START.test(line)) return true;
  if (/^(?:ZARZĄDZENIE|PREZYDENTA|Z\s+DNIA)/.test(prev)) return true;
  if (/^(?:PREZYDENT MIASTA KRAKOWA|Prezydent Miasta Krakowa)$/.test(prev.trim())) return true;
  const p = prev.trimEnd();
  if (/;$/.test(p)) return true;
  const upper = /^[A-ZĄĆĘŁŃÓŚŹŻ„"]/.test(line);
  if (/:$/.test(p)) return upper;
  if (/\.$/.test(p) && !ABBREVIATIONS.test(p)) return upper;
  return false;
}

/** Joins a continuation line to the block, mending words and symbols broken at the line end. */
function join(prev: string, line: string): string {
  const p = prev.replace(/\u00ad$/, '');
  if (p !== prev) return p + line;
  // symbol broken after its hyphen: `KS-` + `01`, `DK-` + `02)`
  if (/\b[A-ZĄĆĘŁŃÓŚŹŻ]{1,5}-$/.test(p) && /^\d/.test(line)) return p + line;
  // a word broken after a hyphen inside a compound: `kancelaryjno-` + `biurowej`
  if (/\p{L}-$/u.test(p) && /^\p{Ll}/u.test(line)) return p + line;
  return `${p} ${line}`;
}

/**
 * Normalises raw text into blocks.
 * In: the text (any line ends), and whether it is Markdown. Out: blocks and the artefacts dropped.
 * Never throws.
 */
export function normalize(raw: string, opts: { markdown?: boolean } = {}): NormalizeResult {
  const dropped: NormalizeResult['dropped'] = [];
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\t/g, '  ').split('\n');
  const blocks: Block[] = [];
  lines.forEach((rawLine, i) => {
    let line = opts.markdown ? cleanMarkdown(rawLine) : rawLine;
    // keep runs of 2+ spaces as a column gap marker (two spaces), fold the rest
    line = line.replace(/\s{2,}/g, '  ').trim();
    if (!line) return;
    if (isPageNumber(line)) {
      dropped.push({ line: i, text: line, why: 'numer strony' });
      return;
    }
    if (isStrayUrl(line)) {
      dropped.push({ line: i, text: line, why: 'adres odnośnika wstawiony między wiersze' });
      return;
    }
    line = canonicalLabels(line.replace(DASHES, (m) => (m.trim() ? '– ' : m)));
    const last = blocks[blocks.length - 1];
    // a symbol alone after a dash on its own line belongs to the line before (`Biuro Prasowe` / `– KS-02;`)
    if (last && /^– [A-ZĄĆĘŁŃÓŚŹŻ]{1,5}(?:-\d{1,3})*[;.,]?$/.test(line)) last.text = `${last.text}  ${line}`;
    else if (last && !startsNewBlock(last.text, line)) last.text = join(last.text, line);
    else blocks.push({ text: line, line: i });
  });
  return { blocks, dropped };
}
