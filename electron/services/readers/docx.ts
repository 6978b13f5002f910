/**
 * Reading a DOCX with a real XML parser (saxes, streaming): the body of `word/document.xml` as source blocks, each
 * paragraph a hard boundary (`core/import/source.ts`). Read as Word shows it:
 * - the numbers Word draws itself (automatic list numbering, absent from the text) rebuilt from
 *   `word/numbering.xml` (`numFmt` + `lvlText` per level, `start` and `startOverride`, counters per list, deeper
 *   levels restarting), for numbering set on the paragraph or on its paragraph style (with `basedOn`);
 * - text boxes (`w:txbxContent`, in DrawingML or VML; of `mc:AlternateContent` only the choice, never the fallback
 *   copy of the same box) as paragraphs of their own after the paragraph that anchors them;
 * - content controls (`w:sdt`), hyperlinks, inserted text, smart tags, simple fields: their text;
 * - fields (`w:fldChar`): the result Word shows, never the field code (`w:instrText`);
 * - deleted text (`w:del`, `w:delText`) left out; tabs as a column gap, line breaks as a space;
 * - a table row as one block, its cells apart by a column gap (a unit list set as a table: name | symbol).
 * Bounds at the XML level, each refused with one Polish line naming the limit ({@link DOCX_LIMITS}): element
 * depth, element count, paragraphs, list level `w:ilvl` (Word has nine: 0–8), numbering start values.
 * The zip level is the bounded unzip (`docx-archive.ts`); mammoth's raw text is the cross-check that no word was
 * missed: words it finds that this reader did not are handed on and kept as unplaced text.
 */
import mammoth from 'mammoth';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SourceBlock, SourceText } from '../../../core/import/source.js';
import { MAX_TEXT_CHARS } from '../../../core/import/index.js';
import { openDocxArchive, type DocxArchive } from './docx-archive.js';
import type { ZipError } from './zip.js';

/** Limits of the XML of a DOCX. */
export interface DocxLimits {
  /** Deepest nesting of elements in one part. */
  maxDepth: number;
  /** Most elements in one part. */
  maxElements: number;
  /** Most paragraphs (and table rows) in the document. */
  maxParagraphs: number;
  /** Highest list level: Word has nine levels, 0–8. */
  maxLevel: number;
  /** Largest start value of a numbering level (Word accepts up to 32767). */
  maxStart: number;
  /** Most characters of text in the document (the importer's own limit, `MAX_TEXT_CHARS`, checked while reading). */
  maxChars: number;
}

/** Default limits: far above any real order (a 40-page order has some 60,000 elements and 2,000 paragraphs). */
export const DOCX_LIMITS: DocxLimits = { maxDepth: 256, maxElements: 2_000_000, maxParagraphs: 100_000, maxLevel: 8, maxStart: 32_767, maxChars: MAX_TEXT_CHARS };

export type DocxText =
  | { ok: true; source: SourceText; text: string; missedWords: string[] }
  | { ok: false; code: 'corrupt' | 'tooLarge'; message: string };

/** A limit of the XML passed: the Polish line to show. */
class LimitError extends Error {}

/** The zip level, in one place: the bounded unzip of the readable parts (`docx-archive.ts`). */
function openArchive(bytes: Uint8Array): { ok: true; archive: DocxArchive } | { ok: false; error: ZipError } {
  return openDocxArchive(bytes);
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/** Streams one XML part through saxes with the depth and element limits; `open`/`close`/`text` see each event. */
function walkXml(
  xml: string,
  part: string,
  limits: DocxLimits,
  h: { open(tag: SaxesTagPlain): void; close?(name: string): void; text?(t: string): void },
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let count = 0;
  parser.on('opentag', (tag) => {
    depth++;
    count++;
    if (depth > limits.maxDepth) throw new LimitError(`Plik .docx ma w części ${part} elementy zagnieżdżone głębiej niż ${limits.maxDepth} poziomów (limit zagnieżdżenia XML); odmówiono odczytu.`);
    if (count > limits.maxElements) throw new LimitError(`Plik .docx ma w części ${part} ponad ${limits.maxElements.toLocaleString('pl-PL')} elementów XML (limit liczby elementów); odmówiono odczytu.`);
    h.open(tag as SaxesTagPlain);
    if (tag.isSelfClosing) {
      depth--;
      h.close?.(tag.name);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    depth--;
    h.close?.(tag.name);
  });
  if (h.text) {
    const onText = h.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(xml).close();
}

function levelOf(value: string | undefined, limits: DocxLimits): number {
  const n = Number(value ?? '0');
  if (!Number.isInteger(n) || n < 0 || n > limits.maxLevel) {
    throw new LimitError(`Plik .docx ma listę na poziomie ${value} (w:ilvl), a Word ma poziomy 0–${limits.maxLevel}; odmówiono odczytu.`);
  }
  return n;
}

function startOf(value: string | undefined, limits: DocxLimits): number {
  const n = Number(value ?? '1');
  if (!Number.isInteger(n) || n < 0 || n > limits.maxStart) {
    throw new LimitError(`Plik .docx ma numerację zaczynającą się od ${value} (w:start), poza zakresem 0–${limits.maxStart}; odmówiono odczytu.`);
  }
  return n;
}

/** Levels of every list (`w:num`) of `numbering.xml`, with `startOverride`s applied. */
function readNumbering(xml: string | undefined, limits: DocxLimits): Map<string, Map<number, Level>> {
  const byNum = new Map<string, Map<number, Level>>();
  if (!xml) return byNum;
  const abstracts = new Map<string, Map<number, Level>>();
  const nums: { id: string; abstract: string | null; overrides: Map<number, number> }[] = [];
  let abs: Map<number, Level> | null = null;
  let lvl: Level | null = null;
  let num: (typeof nums)[number] | null = null;
  let overrideLevel: number | null = null;
  walkXml(xml, 'word/numbering.xml', limits, {
    open(t) {
      const a = t.attributes;
      switch (t.name) {
        case 'w:abstractNum':
          abs = new Map();
          abstracts.set(a['w:abstractNumId'] ?? '', abs);
          break;
        case 'w:lvl':
          if (abs) {
            lvl = { fmt: 'decimal', text: '', start: 1 };
            abs.set(levelOf(a['w:ilvl'], limits), lvl);
          }
          break;
        case 'w:start':
          if (lvl) lvl.start = startOf(a['w:val'], limits);
          break;
        case 'w:numFmt':
          if (lvl) lvl.fmt = a['w:val'] ?? 'decimal';
          break;
        case 'w:lvlText':
          if (lvl) lvl.text = a['w:val'] ?? '';
          break;
        case 'w:num':
          num = { id: a['w:numId'] ?? '', abstract: null, overrides: new Map() };
          nums.push(num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstract = a['w:val'] ?? null;
          break;
        case 'w:lvlOverride':
          overrideLevel = levelOf(a['w:ilvl'], limits);
          break;
        case 'w:startOverride':
          if (num && overrideLevel !== null) num.overrides.set(overrideLevel, startOf(a['w:val'], limits));
          break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') abs = null;
      else if (name === 'w:lvl') lvl = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    },
  });
  for (const n of nums) {
    const levels = n.abstract !== null ? abstracts.get(n.abstract) : undefined;
    if (!levels) continue;
    if (n.overrides.size === 0) byNum.set(n.id, levels);
    else {
      const copy = new Map([...levels].map(([k, v]) => [k, { ...v }]));
      for (const [k, start] of n.overrides) {
        const l = copy.get(k);
        if (l) l.start = start;
      }
      byNum.set(n.id, copy);
    }
  }
  return byNum;
}

/** Numbering a paragraph style carries (directly or through `basedOn`), by style id. */
function styleNumbering(xml: string | undefined, limits: DocxLimits): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (xml) {
    let style: { numId?: string; ilvl?: number; basedOn?: string } | null = null;
    let inNumPr = false;
    walkXml(xml, 'word/styles.xml', limits, {
      open(t) {
        const a = t.attributes;
        if (t.name === 'w:style') {
          style = {};
          own.set(a['w:styleId'] ?? '', style);
        } else if (style && t.name === 'w:basedOn') style.basedOn = a['w:val'];
        else if (style && t.name === 'w:numPr') inNumPr = true;
        else if (style && inNumPr && t.name === 'w:numId') style.numId = a['w:val'];
        else if (style && inNumPr && t.name === 'w:ilvl') style.ilvl = levelOf(a['w:val'], limits);
      },
      close(name) {
        if (name === 'w:style') style = null;
        else if (name === 'w:numPr') inNumPr = false;
      },
    });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let s = own.get(id);
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    while (s && !seen.has(JSON.stringify(s))) {
      seen.add(JSON.stringify(s));
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      s = s.basedOn ? own.get(s.basedOn) : undefined;
      if (seen.size > 50) break;
    }
    if (numId) out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

function letters(k: number): string {
  let s = '';
  let x = k;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

function roman(k: number): string {
  const t: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  let x = k;
  for (const [v, r] of t) while (x >= v) { s += r; x -= v; }
  return s;
}

function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'bullet': return '–';
    case 'none': return '';
    default: return String(n);
  }
}

/** One paragraph being read (a body paragraph, a table cell's paragraph, or a text box's). */
interface Para {
  text: string;
  numId: string | null;
  ilvl: number | null;
  style: string | null;
  /** Paragraphs of text boxes anchored in this paragraph, in order. */
  boxes: string[];
}

/** Elements whose text Word does not show as the document's text. */
const HIDDEN = new Set(['w:delText', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:del', 'w:moveFrom', 'w:sdtPr', 'w:sdtEndPr', 'w:pPrChange', 'w:rPrChange', 'w:numberingChange']);

/**
 * The body of `document.xml` as source blocks: one hard block per paragraph (labels rebuilt) and per table row;
 * text boxes after their anchoring paragraph.
 */
function documentBlocks(
  xml: string,
  numbering: Map<string, Map<number, Level>>,
  styles: Map<string, { numId: string; ilvl: number }>,
  limits: DocxLimits,
): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const counters = new Map<string, number[]>();
  const paras: Para[] = [];
  /** Depth inside elements whose text is hidden (deleted text, field codes, fallbacks). */
  let hidden = 0;
  /** Open fields: true while reading a field's code (before its `separate`). */
  const fields: boolean[] = [];
  let inText = false;
  /** Rows of open tables: cells of each open row. */
  const rows: string[][] = [];
  /** Texts of each open table cell. */
  const cells: string[][] = [];
  /** What encloses the element being read: a paragraph (`p`, for a text box) or a table cell (`tc`). */
  const containers: Array<'p' | 'tc'> = [];
  let count = 0;
  let chars = 0;

  const label = (p: Para): string => {
    const styled = p.style ? styles.get(p.style) : undefined;
    const numId = p.numId ?? styled?.numId ?? null;
    const ilvl = p.ilvl ?? styled?.ilvl ?? 0;
    const levels = numId && numId !== '0' ? numbering.get(numId) : undefined;
    if (!numId || !levels) return '';
    const c = counters.get(numId) ?? [];
    for (let i = 0; i < ilvl; i++) if (c[i] === undefined) c[i] = levels.get(i)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? levels.get(ilvl)?.start ?? 1 : c[ilvl]! + 1;
    c.length = ilvl + 1;
    counters.set(numId, c);
    const lvl = levels.get(ilvl);
    if (!lvl) return '';
    if (lvl.fmt === 'bullet') return '–';
    return lvl.text.replace(/%(\d)/g, (_, d: string) => formatCounter(c[Number(d) - 1] ?? 1, levels.get(Number(d) - 1)?.fmt ?? 'decimal')).trim();
  };
  const emit = (text: string): void => {
    count++;
    if (count > limits.maxParagraphs) throw new LimitError(`Plik .docx ma ponad ${limits.maxParagraphs.toLocaleString('pl-PL')} akapitów (limit liczby akapitów); odmówiono odczytu.`);
    const t = joinLines(text).trim();
    chars += t.length;
    if (chars > limits.maxChars) {
      throw new LimitError(`Plik .docx ma ponad ${limits.maxChars.toLocaleString('pl-PL')} znaków tekstu (limit długości tekstu); odmówiono odczytu.`);
    }
    if (t) blocks.push({ text: t, hard: true, pos: { n: count, unit: 'paragraph' } });
  };
  const append = (s: string): void => {
    const p = paras[paras.length - 1];
    if (p) p.text += s;
  };

  walkXml(xml, 'word/document.xml', limits, {
    open(t) {
      const a = t.attributes;
      if (HIDDEN.has(t.name)) {
        hidden++;
        return;
      }
      if (hidden) return;
      switch (t.name) {
        case 'w:p':
          paras.push({ text: '', numId: null, ilvl: null, style: null, boxes: [] });
          containers.push('p');
          return;
        case 'w:pStyle':
          if (paras.length) paras[paras.length - 1]!.style = a['w:val'] ?? null;
          return;
        case 'w:numId':
          if (paras.length) paras[paras.length - 1]!.numId = a['w:val'] ?? null;
          return;
        case 'w:ilvl':
          if (paras.length) paras[paras.length - 1]!.ilvl = levelOf(a['w:val'], limits);
          return;
        case 'w:tr':
          rows.push([]);
          return;
        case 'w:tc':
          cells.push([]);
          containers.push('tc');
          return;
        case 'w:fldChar': {
          const type = a['w:fldCharType'];
          if (type === 'begin') fields.push(true);
          else if (type === 'separate' && fields.length) fields[fields.length - 1] = false;
          else if (type === 'end') fields.pop();
          return;
        }
      }
      if (fields.some((code) => code)) return;
      switch (t.name) {
        case 'w:t':
          inText = true;
          return;
        case 'w:tab':
          if (!t.attributes['w:val']) append('  ');
          return;
        case 'w:br':
        case 'w:cr':
          append(' ');
          return;
        case 'w:noBreakHyphen':
          append('-');
          return;
        case 'w:sym': {
          const code = parseInt(a['w:char'] ?? '', 16);
          // symbol-font characters sit in the private use area; anything else is the character itself
          if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) append(String.fromCodePoint(code));
          return;
        }
      }
    },
    close(name) {
      if (HIDDEN.has(name)) {
        hidden = Math.max(0, hidden - 1);
        return;
      }
      if (hidden) return;
      /** Puts finished text where it belongs: a text box's paragraph after its anchor, a cell's into the cell. */
      const place = (texts: string[]): void => {
        const where = containers[containers.length - 1];
        // one by one: a spread of a paragraph's 200,000 texts overflows the call stack
        if (where === 'p') for (const t of texts) paras[paras.length - 1]?.boxes.push(t);
        else if (where === 'tc') for (const t of texts) cells[cells.length - 1]?.push(t);
        else for (const t of texts) emit(t);
      };
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:p': {
          const p = paras.pop();
          containers.pop();
          if (!p) return;
          const lab = label(p);
          place([lab ? `${lab} ${p.text}` : p.text, ...p.boxes]);
          return;
        }
        case 'w:tc': {
          const c = cells.pop() ?? [];
          containers.pop();
          rows[rows.length - 1]?.push(c.filter((x) => x.trim()).join(' '));
          return;
        }
        case 'w:tr': {
          const row = rows.pop() ?? [];
          place([row.filter((c) => c.trim()).join('  ')]);
          return;
        }
      }
    },
    text(s) {
      if (inText && !hidden && !fields.some((code) => code)) append(s);
    },
  });
  return blocks;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  // mammoth writes `w:softHyphen` as U+00AD inside the word (`archiwi­zowanie`): an invisible character, not a break
  return s.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').toLowerCase().match(WORD) ?? [];
}

/**
 * Reads a DOCX file.
 * In: the file's bytes; limits (default {@link DOCX_LIMITS}). Out: the source blocks (one per paragraph, labels
 * rebuilt), the same as text (one paragraph a line), and the words mammoth found that this reader did not
 * (expected empty; the caller keeps them as unplaced text), or a typed failure: `corrupt` (not a zip, no
 * `word/document.xml`, malformed XML), `tooLarge` (a limit of the bounded unzip or of {@link DocxLimits}, named
 * in the message). Never throws.
 */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<DocxText> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, code: 'corrupt', message: 'Plik .docx jest uszkodzony: to nie jest archiwum dokumentu Word.' };
  }
  const opened = openArchive(bytes);
  if (!opened.ok) return { ok: false, ...opened.error };
  const parts = opened.archive;
  const doc = parts.text('word/document.xml');
  if (!doc) return { ok: false, code: 'corrupt', message: 'Plik .docx jest uszkodzony: brak treści dokumentu (word/document.xml).' };
  let blocks: SourceBlock[];
  try {
    blocks = documentBlocks(doc, readNumbering(parts.text('word/numbering.xml'), limits), styleNumbering(parts.text('word/styles.xml'), limits), limits);
  } catch (e) {
    if (e instanceof LimitError) return { ok: false, code: 'tooLarge', message: e.message };
    return { ok: false, code: 'corrupt', message: 'Plik .docx jest uszkodzony: treść dokumentu nie jest poprawnym XML.' };
  }
  const text = blocks.map((b) => b.text).join('\n');
  let missedWords: string[] = [];
  try {
    const raw = await mammoth.extractRawText({ buffer: parts.forMammoth() });
    const have = new Set(words(text));
    missedWords = words(raw.value).filter((w) => !have.has(w));
  } catch {
    // mammoth is only the cross-check; our own reading stands
  }
  return { ok: true, source: { blocks, dropped: [] }, text, missedWords };
}

/**
 * `text` with the spaces and tabs around each line break made one space, in linear time (the regular expression
 * `/[ \t]*\n[ \t]*\/g` backtracks over a long run of blanks without a line break: 100,000 blanks in one run took
 * 5 s, 30 MB of them never ended; hostile-file campaign, issue 15).
 */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  return lines
    .map((l, i) => {
      let s = 0;
      let e = l.length;
      if (i > 0) while (s < e && blank(l[s])) s++;
      if (i < lines.length - 1) while (e > s && blank(l[e - 1])) e--;
      return l.slice(s, e);
    })
    .join(' ');
}
