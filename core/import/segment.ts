/**
 * Structure from markers, not from line breaks: the source blocks are joined into one running text and cut where
 * an editorial unit or a part of the order starts, wherever that marker stands on a line.
 *
 * A marker is decided the way a lawyer reads it, from the text around it and never from where a line happens to
 * break (so the outline of an order does not change when its text is re-wrapped, flattened to one line or carried
 * through DOCX, PDF or HTML):
 * - `§ n.` (or `Par. n`, as some web copies and typists write the sign) starts a paragraf unless it is a citation (`o którym mowa w § 4`, `§ 4 ust. 1`) or stands inside a
 *   quotation (an amending order quoting a new wording);
 * - `n.`, `n)`, `a)` are labels when they are the expected next label of an open list (markdown-it lets an
 *   ordered list interrupt a paragraph only at 1; here a list starts at 1 or `a` after a colon, right after
 *   another label, after a unit symbol or at a boundary the reader knows), and never after a symbol's prefix
 *   (`DK-` + `06)`), after `ust.`, `pkt`, `poz.`, `nr`, `§` (a citation), inside brackets (`poz. 1465)`) or
 *   inside a quotation;
 * - a dash is a tiret after `:`, `;`, `,`, after a unit symbol, or at a boundary, and never before a symbol
 *   (`Biuro Prasowe – KS-02`) or inside a word or sentence (`Informacyjno – Promocyjnych`);
 * - the heading (`ZARZĄDZENIE NR`, `PREZYDENTA MIASTA KRAKOWA`, `Z DNIA`), the title (`w sprawie`), the legal
 *   basis (`Na podstawie` … `co następuje:`) and the signature (`PREZYDENT MIASTA KRAKOWA` after the last
 *   paragraf) are parts found by their formulas (`core/lexicon/city.ts`).
 * A copy that lost its § signs (`zarządzam, co następuje: 1 Ustalam … 2 Traci moc …`) is read with paragrafy
 * recognised by their numbers in sequence after the enacting formula, with a warning.
 */
import {
  AMENDING_TITLE_START, CAPITALS, endsWithAbbreviation, OPEN_SYMBOL_SOURCE, labelNumber, PARTS, REFERENCE_BEFORE_NUMBER, SIGNATURE_CAPS, SIGNATURE_TITLE_CASE,
  SYMBOL_IN_BRACKETS, SYMBOL_SOURCE, UNPLACED_HEADING, UnitSymbol, type ListLabelKind,
} from '../lexicon/index.js';
import { Citation } from '../model/citation.js';
import { hyphenRule } from './hyphenation.js';
import type { SourceBlock, SourcePos } from './source.js';

/** The part of the order a segment belongs to. */
export type Part = 'heading' | 'title' | 'basis' | 'preamble' | 'body' | 'chapter' | 'signature' | 'unplaced';

/** A label as the segmenter accepted it. */
export interface SegmentLabel {
  kind: 'paragraf' | ListLabelKind;
  /** Canonical spelling: `3` for a paragraf, `1.`, `1)`, `a)`, `–`. */
  label: string;
  /** Number of the label (`b)` → 2); null for a tiret. */
  number: number | null;
}

/** A piece of the running text from one marker to the next. */
export interface Segment {
  part: Part;
  /** Index of the paragraf (in {@link Segmented.paragraphs}) a body segment belongs to; -1 outside the body. */
  para: number;
  label: SegmentLabel | null;
  /** The text after the label, whitespace folded (column gaps kept as two spaces), trimmed. */
  text: string;
  /** Offset of the segment's start in the running text. */
  start: number;
  pos: SourcePos;
  /** Where it stands by the labels as written: `§ 4 pkt 6 lit. a`; '' outside the body. */
  path: string;
  /** Set on a paragraf's first segment whose text is the paragraf's own title, standing on a line of its own. */
  title?: boolean;
}

/** A paragraf found in the text. */
export interface SegmentedParagraph {
  /** As written: `1`, `10`, `3a`. */
  number: string;
  pos: SourcePos;
  /** True when it stood inside another paragraf (a text box a PDF put elsewhere) and was put back by number. */
  displaced: boolean;
}

/** The text cut at its markers. */
export interface Segmented {
  /** The running text every offset refers to. */
  text: string;
  segments: Segment[];
  paragraphs: SegmentedParagraph[];
  /** True when no `§` sign was found and paragrafy were recognised by their numbers. */
  noParagraphSigns: boolean;
  /** Ranges `[from, to)` of the text that are the app's own markers, not words of the order (`NIEPRZYPISANY TEKST`), or a paragraf sign written as a word (`Par.`). */
  furniture: Array<[number, number]>;
  /** Source position of an offset of {@link text}. */
  posAt(offset: number): SourcePos;
}

interface Stream {
  text: string;
  /** Offset in `text` where each block starts. */
  starts: number[];
  blocks: SourceBlock[];
  /** Offsets where a block the reader marked `hard` starts. */
  hard: Set<number>;
}

/** Text ending with a symbol's letters alone (`… – DK`, `(DK`): a line starting `-06` goes on with its numbers. */
const SYMBOL_PREFIX_AT_END = new RegExp(`(?:^|[\\s(–—−])[${CAPITALS}]{1,5}$`, 'u');
/** The same break become a space (`(DK -06)`, a flattened or re-wrapped copy): one symbol. */
const SPACED_BEFORE_HYPHEN = new RegExp(`(?<![\\p{L}\\d])([${CAPITALS}]{1,5})\\s+(?=-\\d{1,3}(?!\\d))`, 'gu');
const SPACED_SYMBOL = new RegExp(`(?<![\\p{L}\\d])(${OPEN_SYMBOL_SOURCE})\\s+(?=\\d{1,3}(?!\\d))`, 'gu');

/**
 * Joins the blocks into one running text. A block boundary is a space, except inside a symbol broken after its
 * hyphen (`KS-` + `01`) and a word broken after a hyphen (`kancelaryjno-` + `biurowej`, `koordy-` + `nacja`), which
 * are joined as one word, with its hyphen or without it as {@link hyphenRule} decides. Hard boundaries are joined the same way: a copy converted from text (LibreOffice makes a paragraph
 * of every line) carries a paragraph boundary inside sentences, so a boundary is never a structure of its own.
 */
function buildStream(blocks: SourceBlock[]): Stream {
  const parts: string[] = [];
  let length = 0;
  /** The last characters written (a rope is never sliced while it grows). */
  let tail = '';
  const starts: number[] = [];
  const hard = new Set<number>();
  const kept: SourceBlock[] = [];
  const hyphens = hyphenRule(blocks.map((b) => b.text));
  for (const b of blocks) {
    // `(DK- 06)`: a symbol whose line break became a space is one symbol again
    const t = b.text.replace(/\s{2,}/g, '  ').replace(/[\r\n]+/g, ' ').replace(SPACED_SYMBOL, '$1').replace(SPACED_BEFORE_HYPHEN, '$1').trim();
    if (!t) continue;
    if (length === 0) {
      // the first block
    } else if (/^\d/.test(t) && UnitSymbol.endsWithOpenPrefix(tail) && !/\s$/.test(tail)) {
      // `(DK-` + `06) należą`: one symbol
    } else if (/^-\d/.test(t) && SYMBOL_PREFIX_AT_END.test(tail)) {
      // `(DK` + `-06) należą`: a symbol broken before its hyphen, one symbol
    } else if (/\p{L}-$/u.test(tail) && /^\p{L}/u.test(t)) {
      // `kancelaryjno-` + `biurowej`, `Informacyjno-` + `Promocyjnych`: one word with its hyphen; `koordy-` +
      // `nacja`: one word without the hyphen that only marked the break (`hyphenation.ts`)
      const before = /(\p{L}+)-$/u.exec(tail)![1]!;
      const after = /^\p{L}+/u.exec(t)![0];
      if (!before.match(/^\p{Lu}+$/u) && !hyphens.keepsHyphen(before, after)) {
        parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
        length -= 1;
        tail = tail.slice(0, -1);
      }
    } else {
      parts.push(' ');
      length += 1;
      tail += ' ';
    }
    starts.push(length);
    if (b.hard) hard.add(length);
    kept.push(b);
    parts.push(t);
    length += t.length;
    tail = (tail + t).slice(-16);
  }
  return { text: parts.join(''), starts, blocks: kept, hard };
}

/** Matched quotation ranges `„…”` of the text (a `„` with no closing `”` later opens none). */
function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '„') open.push(i);
    else if (ch === '”' && open.length) {
      const o = open.pop()!;
      if (open.length === 0) out.push([o, i]);
    }
  }
  return out;
}

/** The segment being read: where its label and its text start. */
interface Open {
  start: number;
  textFrom: number;
  label: SegmentLabel | null;
  para: number;
  kind: 'item' | 'intro' | 'chapter';
  path: string;
}

/** One open enumeration while reading: its label kind and the last number read. */
interface OpenList {
  kind: ListLabelKind;
  last: number;
  /** The ustępy of a paragraf (a `1.` right after the § marker). */
  ustep: boolean;
}

const CANDIDATE = new RegExp(
  [
    /(?<para>(?:§|(?<![\p{L}\d])Par\.)\s*(?<pn>\d{1,3}[a-z]?)(?![\d])(?<pdot>\s*\.(?!\d))?)/u.source,
    /(?<![\p{L}\d.,/\-–])(?<nn>[1-9]\d{0,2})(?<nc>\s?[.)])(?![\d])/u.source,
    /(?<![\p{L}\d])(?<ll>[a-z]{1,2})\)/u.source,
    /(?<=^|\s)(?<dash>[-–—−•‒·])(?=\s)/u.source,
    /(?<![\p{L}\d])(?<chap>(?:Rozdział|ROZDZIAŁ|DZIAŁ)\s+(?:[IVXLC]{1,6}|\d{1,2})(?![\p{L}\d])\.?)/u.source,
  ].join('|'),
  'gu',
);
/** A bare number that may be a paragraf of a copy without § signs: `1 Ustalam`, `2. Traci moc`. */
const BARE_NUMBER = /(?<![\p{L}\d.,/\-–§])(?<bn>[1-9]\d{0,2})(?<bdot>\s?\.)?(?=\s)/gu;

/** Prepositions and conjunctions after which `§ n` is a citation (`mowa w § 4`, `z § 2`, `§ 3 i § 4`). */
const CITING_WORD = /^(?:w|we|z|ze|do|od|o|na|i|oraz|lub|albo|a|przez|po|niż|według|zgodnie|mowa|pod|za|przed|nad|dla|jak|niniejszego|tego|tym)$/;
/** Paragraf openers: the first words of a paragraf in a copy without § signs. */
const PARAGRAF_OPENER = /^(?:W\s+skład|Do\s+(?:zakresu|zadań|podstawowych|wspólnych)|Traci|Tracą|Uchyla|Zarządzenie\s+wchodzi|Wykonanie|Graficzny|Schemat|Wszystkie|Dyrektorowi|Prezydentowi|Ustala|Ustalam|Wprowadza|Wprowadzam|Powołuje|Powołuję|Upoważnia|Upoważniam|Zobowiązuje|Zobowiązuję|\p{Lu}\p{Ll}+(?:em|ą)\s)/u;

const SYMBOL_BEFORE = new RegExp(`(?:^|([\\s(–—−-]))\\(?(${SYMBOL_SOURCE})\\)?[;.,]?\\s*$`);
const SYMBOL_AFTER = new RegExp(`^\\(?${SYMBOL_SOURCE}(?![\\p{L}])`, 'u');
const UNPLACED_HEADING_ALL = new RegExp(UNPLACED_HEADING.replace(/ /g, '\\s+'), 'gu');
/** A paragraf's title: capitalised words without a sentence's punctuation (`Przedmiot regulacji`). */
const PARAGRAF_TITLE = /^\p{Lu}[\p{L}\s,–-]*$/u;
/** Words a title never ends with: a preposition or conjunction means the sentence goes on (`Do zakresu działania w`). */
const OPEN_ENDING = /(?:^|\s)(?:w|we|z|ze|do|od|o|na|i|oraz|lub|albo|a|przez|po|pod|za|przed|nad|dla|ds|się)$/iu;

/**
 * True when `text` can be a paragraf's own title (`Przedmiot regulacji`, `Przepisy końcowe`): capitalised, at
 * most 8 words, no sentence punctuation, no digits, not ending with a word that carries the sentence on.
 */
export function isParagrafTitle(text: string): boolean {
  const t = text.trim();
  return PARAGRAF_TITLE.test(t) && t.split(/\s+/).length <= 8 && !OPEN_ENDING.test(t);
}
const CAPITAL_START = new RegExp(`^[${CAPITALS}„"«(]`);
const WORD_START = /^[\p{L}„"«]/u;
/** A point of an amending order that starts with the unit it changes: `1) § 4 otrzymuje brzmienie:`, `a) § 7a …`. */
const AMENDING_POINT = /^§\s*\d/u;

/**
 * Cuts source blocks at their markers. In: the blocks of a reader. Out: {@link Segmented}. Never throws;
 * linear in the length of the text.
 */
export function segment(blocks: SourceBlock[]): Segmented {
  const stream = buildStream(blocks);
  const first = scan(stream, false);
  if (first.paragraphs.length > 0 || !PARTS.enacting.test(stream.text)) return first;
  const bare = scan(stream, true);
  return bare.paragraphs.length > 0 ? bare : first;
}

function scan(stream: Stream, bareNumbers: boolean): Segmented {
  const S = stream.text;
  const quotes = quoteRanges(S);
  const posAt = (offset: number): SourcePos => {
    let lo = 0;
    let hi = stream.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (stream.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return stream.blocks[lo]?.pos ?? { n: 1, unit: 'line' };
  };
  // for every offset: the innermost `(` not yet closed before it, counted from the last `;` (-1: none)
  const openBracket = new Int32Array(S.length + 1);
  {
    const opened: number[] = [];
    for (let k = 0; k <= S.length; k++) {
      openBracket[k] = opened.length ? opened[opened.length - 1]! : -1;
      const ch = S[k];
      if (ch === '(') opened.push(k);
      else if (ch === ')') opened.pop();
      else if (ch === ';') opened.length = 0;
    }
  }
  const inQuote = (i: number): boolean => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = quotes[mid]!;
      if (i < a) hi = mid - 1;
      else if (i > b) lo = mid + 1;
      else return i > a;
    }
    return false;
  };

  // the preamble ends where the body starts: the enacting formula, else the first paragraf
  const enacting = PARTS.enacting.exec(S);
  const bodyFrom = enacting ? enacting.index + enacting[0].length : 0;

  const segments: Segment[] = [];
  const paragraphs: SegmentedParagraph[] = [];
  /** Spans of paragraf signs written as a word (`Par. 4`): the sign, not a word of the text. */
  const signWords: Array<[number, number]> = [];
  /** Open segment: where its label started and where its text starts. */
  let cur: Open | null = null;
  let stack: OpenList[] = [];
  let interrupted: { stack: OpenList[]; para: number } | null = null;
  let maxPara = 0;
  const seen = new Set<string>();
  let curPara = -1;

  const close = (end: number): void => {
    if (!cur) return;
    const c = cur as Open;
    cur = null;
    // a point closed by `;` and followed by text that has no label: the text is an unnumbered item of its own
    // (`14) …; wykonywanie innych zadań …` ends the list with an unnumbered point)
    const cuts = [c.textFrom];
    const titleCut = titleCuts.get(c.start);
    if (titleCut !== undefined && titleCut < end) cuts.push(titleCut);
    if (c.kind === 'item') {
      for (const m of S.slice(c.textFrom, end).matchAll(/;(\s+)(?=[\p{L}„])/gu)) {
        const at = c.textFrom + m.index! + 1 + m[1]!.length;
        if (!inQuote(at) && !inBrackets(at)) cuts.push(at);
      }
    }
    if (c.kind === 'chapter') {
      segments.push({ part: 'chapter', para: c.para, label: null, text: S.slice(c.start, end).replace(/\s+/g, ' ').trim(), start: c.start, pos: posAt(c.start), path: c.path });
      return;
    }
    cuts.forEach((from, k) => {
      const to = cuts[k + 1] ?? end;
      const text = S.slice(from, to).replace(/\s*\n\s*/g, ' ').trim();
      const start = k === 0 ? c.start : from;
      const seg: Segment = { part: 'body', para: c.para, label: k === 0 ? c.label : null, text, start, pos: posAt(start), path: c.path };
      if (k === 0 && titleCut !== undefined && cuts.length > 1) seg.title = true;
      segments.push(seg);
    });
  };
  /** `§ 4 ust. 2 pkt 6 lit. a`: the written labels open now. */
  const path = (): string => {
    const p = paragraphs[curPara];
    if (!p) return '';
    const parts = [`§ ${p.number}`];
    for (const l of stack) {
      if (l.kind === 'numDot') parts.push(l.ustep ? `ust. ${l.last}` : `pkt ${l.last}`);
      else if (l.kind === 'numParen') parts.push(`pkt ${l.last}`);
      else if (l.kind === 'letter') parts.push(`lit. ${Citation.letterLabel(Math.max(1, l.last))}`);
      else parts.push('tiret');
    }
    return parts.join(' ');
  };
  const open = (start: number, textFrom: number, label: SegmentLabel | null, kind: Open['kind']): void => {
    close(start);
    cur = { start, textFrom, label, para: curPara, kind, path: path() };
  };

  /** Last non-space character before `i` ('' at the start), and whether a hard boundary came first. */
  const prevChar = (i: number): { ch: string; hard: boolean } => {
    let j = i - 1;
    while (j >= 0 && S[j] === ' ') j--;
    const hard = stream.hard.has(j + 1) || stream.hard.has(i);
    return { ch: j >= 0 ? S[j]! : '', hard };
  };
  const prevWord = (i: number): string => /(\S+)\s*$/.exec(S.slice(Math.max(0, i - 40), i))?.[1] ?? '';
  /** True when `i` is right after the label of the open segment (no text between). */
  const atSegmentStart = (i: number): boolean => !!cur && S.slice(cur.textFrom, i).trim() === '';
  /** True when an opening bracket before `i` in the current sentence is not closed (inside the open segment). */
  const inBrackets = (i: number): boolean => {
    const o = openBracket[i]!;
    return o >= 0 && o >= (cur?.textFrom ?? 0) && i - o < 400;
  };
  /** True when the word before `i` is a unit symbol closing an entry (`- PO`, `KS-01`, `(KP-02)`). */
  const afterSymbol = (i: number): boolean => {
    const m = SYMBOL_BEFORE.exec(S.slice(Math.max(0, i - 30), i));
    if (!m) return false;
    return /\d/.test(m[2]!) || /[–—−-]/.test(S.slice(Math.max(0, i - 30), i).replace(/\s*\S+\s*$/, '').slice(-2));
  };
  const afterText = (j: number): string => S.slice(j, j + 60).replace(/^\s+/, '');
  const excludedNumber = (i: number): boolean => {
    const before = S.slice(Math.max(0, i - 60), i);
    return UnitSymbol.endsWithOpenPrefix(before) || REFERENCE_BEFORE_NUMBER.test(before) || inQuote(i) || inBrackets(i);
  };

  /** Finds the innermost open list of `kind` whose next number is `n`; returns its index or -1. */
  const expecting = (kind: ListLabelKind, n: number): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === kind && stack[k]!.last + 1 === n) return k;
    return -1;
  };
  /** A list may start here (at 1 or `a`): after a colon, right after a label, after a symbol, at a boundary. */
  const mayStartList = (i: number): boolean => {
    const p = prevChar(i);
    return p.ch === ':' || p.hard || atSegmentStart(i) || afterSymbol(i);
  };
  /** True when only a paragraf's title stands between its § marker and `i` (`§ 1. Przedmiot regulacji 1. …`). */
  const afterParagrafTitle = (i: number): boolean => {
    if (!cur || cur.label?.kind !== 'paragraf') return false;
    return isParagrafTitle(S.slice(cur.textFrom, i));
  };

  /**
   * Where the title of a paragraf opened at `textFrom` ends, when its title stands on a line of its own
   * (`§ 1. Przedmiot regulacji` / `Zarządzenie określa …`); -1 otherwise. Line breaks are soft, so the break after
   * a title is told from a wrap the way a reader tells it: the title's line with the next line's first word would
   * still be shorter than the lines that follow, so the line was ended on purpose. Flattened to one line, the
   * title reads as the start of the paragraf's text (no word is lost, the outline is the same).
   */
  const titleEnd = (textFrom: number): number => {
    const starts = stream.starts;
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= textFrom) k++;
    const lineOf = (j: number): string => S.slice(starts[j]!, starts[j + 1] ?? S.length).trim();
    let titleLine = k;
    let title = S.slice(textFrom, starts[k + 1] ?? S.length).trim();
    if (!title) {
      // `§ 1.` alone on its line, the title on the next one
      titleLine = k + 1;
      title = titleLine < starts.length ? lineOf(titleLine) : '';
    }
    const next = titleLine + 1;
    // the opening words of a paragraf of an order's own parts are never its title (`Do zakresu działania` / `Referatu …`)
    if (next >= starts.length || !isParagrafTitle(title) || PARAGRAF_OPENER.test(`${title} `) || /^(?:[IVX]+\s+)?Zastępc/u.test(title)) return -1;
    const following = lineOf(next);
    if (!CAPITAL_START.test(following)) return -1;
    const firstWord = /^\S+/.exec(following)![0];
    const widest = Math.max(...[next, next + 1, next + 2].filter((j) => j < starts.length).map((j) => lineOf(j).length));
    return lineOf(titleLine).length + 1 + firstWord.length <= widest ? starts[next]! : -1;
  };
  /** Offsets where a paragraf's title standing on its own line ends, by the offset of its § marker. */
  const titleCuts = new Map<number, number>();

  /**
   * Accepts a list label: updates the open lists, and splits a heading sentence off the text before it when a new
   * list starts after `Heading of a group:` (`Stanowiska ds. … (KP-02-1):` after the last point of a list).
   */
  const acceptList = (i: number, end: number, kind: ListLabelKind, n: number | null, label: string, at: number): void => {
    if (at >= 0) {
      stack = stack.slice(0, at + 1);
      stack[at]!.last = n ?? stack[at]!.last;
    } else {
      const same = stack.map((l) => l.kind).lastIndexOf(kind);
      const ustep = kind === 'numDot' && cur?.label?.kind === 'paragraf' && (atSegmentStart(i) || afterParagrafTitle(i));
      if (same >= 0 && !(kind === 'numDot' && stack[same]!.ustep && !ustep && prevChar(i).ch === ':')) {
        stack = stack.slice(0, same + 1);
        stack[same] = { kind, last: n ?? 0, ustep: stack[same]!.ustep };
      } else stack.push({ kind, last: n ?? 0, ustep });
      if ((n === 1 || kind === 'tiret') && prevChar(i).ch === ':') splitHeading(i);
    }
    open(i, end, { kind, label, number: n }, kind === 'numDot' && stack[stack.length - 1]!.ustep ? 'intro' : 'item');
  };

  /** Splits `… last point. Heading of the next list:` so the heading stands as an unlabelled segment. */
  const splitHeading = (i: number): void => {
    if (!cur) return;
    const c = cur as Open;
    const text = S.slice(c.textFrom, i);
    const colon = text.lastIndexOf(':');
    if (colon < 0) return;
    const head = text.slice(0, colon);
    // the last boundary before the heading: a sentence end (in a point) or a colon (after an intro)
    const re = c.kind === 'item' ? /[.;:](\s+)(?=[\p{Lu}„])/gu : /:(\s+)(?=[\p{Lu}„])/gu;
    let cut = -1;
    for (const m of head.matchAll(re)) {
      const at = m.index! + 1 + m[1]!.length;
      const beforeStop = head.slice(0, m.index! + 1);
      if (head[m.index!] === '.' && endsWithAbbreviation(beforeStop)) continue;
      if (inQuote(c.textFrom + at) || inBrackets(c.textFrom + at)) continue;
      cut = at;
    }
    if (cut < 0) return;
    const headText = head.slice(cut);
    // a heading names a unit or a position, or is a short phrase; a long sentence stays where it is
    if (c.kind === 'intro' && !SYMBOL_IN_BRACKETS.test(headText) && headText.split(/\s+/).length > 14) return;
    const at = c.textFrom + cut;
    close(at);
    cur = { start: at, textFrom: at, label: null, para: c.para, kind: 'intro', path: c.path };
  };

  /** Opens a paragraf at `i`. */
  const acceptParagraf = (i: number, textFrom: number, number: string): void => {
    const n = parseInt(number, 10);
    const displaced = curPara >= 0 && n < maxPara && !seen.has(number);
    if (displaced) interrupted = interrupted ?? { stack, para: curPara };
    else interrupted = null;
    paragraphs.push({ number, pos: posAt(i), displaced });
    seen.add(number);
    maxPara = Math.max(maxPara, n);
    curPara = paragraphs.length - 1;
    stack = [];
    open(i, textFrom, { kind: 'paragraf', label: number, number: n }, 'intro');
    const cut = titleEnd(textFrom);
    if (cut >= 0) titleCuts.set(i, cut);
  };

  /** Returns to the paragraf a displaced one interrupted, when a label continues its list. */
  const resume = (kind: ListLabelKind, n: number): number => {
    if (!interrupted) return -1;
    const it = interrupted as { stack: OpenList[]; para: number };
    for (let k = it.stack.length - 1; k >= 0; k--) {
      if (it.stack[k]!.kind === kind && it.stack[k]!.last + 1 === n) {
        stack = it.stack;
        curPara = it.para;
        interrupted = null;
        return k;
      }
    }
    return -1;
  };

  const decideParagraf = (i: number, end: number, number: string, dot: boolean): boolean => {
    if (inQuote(i) || i < bodyFrom) return false;
    const n = parseInt(number, 10);
    const after = afterText(end);
    const p = prevChar(i);
    const word = prevWord(i);
    // a citation goes on: `§ 4 ust. 1`, `§ 3 i 4`, `§ 2 zarządzenia`
    if (/^(?:ust\.|pkt|lit\.|zdanie|i\s|oraz\s|lub\s|-|–|,)/.test(after)) return false;
    if (after && !dot && !CAPITAL_START.test(after) && !/^\d{1,3}\s?[.)]/.test(after)) return false;
    if (after && dot && !CAPITAL_START.test(after) && !/^(?:\d{1,3}\s?[.)]|§)/.test(after)) return false;
    if (/\p{L}|\d/u.test(p.ch) && !p.hard) {
      if (CITING_WORD.test(word.toLowerCase()) || /^\p{Ll}/u.test(word) && n !== maxPara + 1) return false;
    }
    acceptParagraf(i, end, number);
    return true;
  };

  const decideBareParagraf = (i: number, end: number, n: number): boolean => {
    if (i < bodyFrom || inQuote(i) || inBrackets(i)) return false;
    if (n !== maxPara + 1) return false;
    const p = prevChar(i);
    if (!(p.ch === '' || /[.:;]/.test(p.ch) || p.hard || i <= bodyFrom + 1)) return false;
    const after = afterText(end);
    if (!(CAPITAL_START.test(after) || /^1\s?[.)]/.test(after))) return false;
    if (REFERENCE_BEFORE_NUMBER.test(S.slice(Math.max(0, i - 60), i))) return false;
    acceptParagraf(i, end, String(n));
    return true;
  };

  const decideNumber = (i: number, end: number, n: number, closing: string): boolean => {
    if (curPara < 0 || excludedNumber(i)) return false;
    const kind: ListLabelKind = closing === ')' ? 'numParen' : 'numDot';
    const p = prevChar(i);
    const after = afterText(end);
    if (!after) return false;
    if (kind === 'numDot') {
      // `1.Wykonanie`, `2. Portal`; a point in lower case only after `;` or `:`
      if (!CAPITAL_START.test(after) && !(WORD_START.test(after) && /[;:]/.test(p.ch))) return false;
      if (/^\d/.test(after)) return false;
    } else if (!WORD_START.test(after) && !/^[\d(]/.test(after) && !AMENDING_POINT.test(after)) return false;
    let at = expecting(kind, n);
    if (at < 0 && stack.length === 0 && interrupted) at = resume(kind, n);
    if (at < 0 && kind === 'numParen') {
      const r = resume(kind, n);
      if (r >= 0) at = r;
    }
    if (at >= 0) {
      acceptList(i, end, kind, n, `${n}${closing}`, at);
      return true;
    }
    if (n === 1 && (mayStartList(i) || (kind === 'numDot' && afterParagrafTitle(i)))) {
      acceptList(i, end, kind, n, `${n}${closing}`, -1);
      return true;
    }
    // a skipped or repeated number after a closed point (`…; 7)` after `5)`), or any label at a known boundary
    const same = stack.map((l) => l.kind).lastIndexOf(kind);
    if (same >= 0 && ((p.ch === ';' && skippedOrRepeated(n, stack[same]!.last)) || p.hard)) {
      acceptList(i, end, kind, n, `${n}${closing}`, same);
      return true;
    }
    return false;
  };

  const decideLetter = (i: number, end: number, letters: string): boolean => {
    if (curPara < 0 || inQuote(i) || inBrackets(i)) return false;
    const n = Citation.letterIndex(letters);
    if (n === null) return false;
    const after = afterText(end);
    if (!after || !(/^[\p{L}„"(\d]/u.test(after) || AMENDING_POINT.test(after))) return false;
    const at = expecting('letter', n);
    if (at >= 0) {
      acceptList(i, end, 'letter', n, `${letters})`, at);
      return true;
    }
    if (n === 1 && mayStartList(i)) {
      acceptList(i, end, 'letter', n, 'a)', -1);
      return true;
    }
    const same = stack.map((l) => l.kind).lastIndexOf('letter');
    const p = prevChar(i);
    if (same >= 0 && (((p.ch === ';' || p.ch === ',') && skippedOrRepeated(n, stack[same]!.last)) || p.hard)) {
      acceptList(i, end, 'letter', n, `${letters})`, same);
      return true;
    }
    return false;
  };

  /**
   * A chapter's heading (`Rozdział 2 Struktura organizacyjna`, `DZIAŁ III`) where a regulation groups its paragrafy:
   * at a sentence's end or a boundary, before a capitalised title or a paragraf. The model has no chapters: the
   * heading is cut off the text before it (it is never a word of the last point) and kept apart.
   */
  const decideChapter = (i: number, end: number): boolean => {
    if (i < bodyFrom || inQuote(i) || inBrackets(i)) return false;
    const p = prevChar(i);
    if (!(p.ch === '' || /[.;:]/.test(p.ch) || p.hard || i <= bodyFrom + 1)) return false;
    const after = afterText(end);
    if (after && !CAPITAL_START.test(after) && !/^§/.test(after)) return false;
    open(i, end, null, 'chapter');
    stack = [];
    return true;
  };

  const decideDash = (i: number, end: number): boolean => {
    if (curPara < 0 || inQuote(i) || inBrackets(i)) return false;
    const after = afterText(end);
    if (!after || (SYMBOL_AFTER.test(after) && !/^[\p{Lu}]\p{Ll}/u.test(after))) return false;
    if (!/^[\p{L}„"(\d]/u.test(after)) return false;
    const p = prevChar(i);
    const inTirets = stack.some((l) => l.kind === 'tiret');
    const ok = p.ch === ':' || p.ch === ';' || p.ch === ',' || p.hard || atSegmentStart(i) || afterSymbol(i) || (p.ch === '.' && inTirets);
    if (!ok) return false;
    const at = stack.map((l) => l.kind).lastIndexOf('tiret');
    acceptList(i, end, 'tiret', null, '–', at);
    return true;
  };

  // text the app itself printed as unplaced (`render`: `NIEPRZYPISANY TEKST` at the end) stays unplaced
  let tailAt = S.length;
  for (const m of S.matchAll(UNPLACED_HEADING_ALL)) tailAt = m.index!;
  const candidates = [...S.matchAll(CANDIDATE)].filter((m) => m.index! < tailAt).map((m) => ({ m, bare: false }));
  if (bareNumbers) for (const m of S.matchAll(BARE_NUMBER)) if (m.index! < tailAt) candidates.push({ m, bare: true });
  candidates.sort((x, y) => x.m.index! - y.m.index! || (x.bare ? -1 : 1));
  let consumedTo = -1;
  for (const { m, bare } of candidates) {
    if (m.index! < consumedTo) continue;
    if (!bare) {
      scanCandidate(m);
      continue;
    }
    const i = m.index!;
    const end = i + m[0].length;
    const n = Number(m.groups!.bn);
    // inside a paragraf an ustęp list that expects the number keeps it, unless the text opens a paragraf; a
    // paragraf that opened with ust. 1 has an ust. 2 (a single ustęp is not numbered, ZTP § 55), so the first `2.`
    // after it is that ustęp whatever its words (`1. 1. Biurem kieruje … 2. W skład Biura wchodzą …`)
    const ustepAt = m.groups!.bdot ? expecting('numDot', n) : -1;
    if (ustepAt >= 0 && (!PARAGRAF_OPENER.test(afterText(end)) || (n === 2 && stack[ustepAt]!.ustep))) continue;
    if (decideBareParagraf(i, end, n)) consumedTo = end;
  }

  function scanCandidate(m: RegExpMatchArray): void {
    const i = m.index!;
    const end = i + m[0].length;
    const g = m.groups!;
    if (g.para !== undefined) {
      if (!bareNumbers && decideParagraf(i, end, g.pn!, !!g.pdot) && S.startsWith('Par', i)) signWords.push([i, i + 3]);
    } else if (g.nn !== undefined) decideNumber(i, end, Number(g.nn), g.nc!.trim());
    else if (g.ll !== undefined) decideLetter(i, end, g.ll);
    else if (g.dash !== undefined) decideDash(i, end);
    else if (g.chap !== undefined) decideChapter(i, end);
  }

  // the signature: the office in capitals after the last paragraf, or in title case where it closes the text
  const openSeg = cur as { start: number } | null;
  const lastStart = openSeg ? openSeg.start : segments.length ? segments[segments.length - 1]!.start : S.length;
  let sigAt = -1;
  for (const m of S.matchAll(SIGNATURE_CAPS)) if (m.index! > lastStart && m.index! < tailAt && isSentenceStart(S, m.index!)) sigAt = m.index!;
  if (sigAt < 0) {
    for (const m of S.matchAll(SIGNATURE_TITLE_CASE)) {
      const rest = S.slice(m.index! + m[0].length, tailAt).trim();
      if (m.index! > lastStart && m.index! < tailAt && isSentenceStart(S, m.index!) && !/^\p{Ll}/u.test(rest) && rest.split(/\s+/).length <= 8) sigAt = m.index!;
    }
  }
  close(sigAt >= 0 ? sigAt : tailAt);

  const out: Segment[] = [];
  const firstBody = segments.length ? segments[0]!.start : S.length;
  // one by one: a spread of 200,000 segments overflows the call stack (hostile-file campaign, issue 15)
  for (const s of preambleSegments(S, firstBody, posAt)) out.push(s);
  for (const s of segments) out.push(s);
  if (sigAt >= 0) out.push({ part: 'signature', para: -1, label: null, text: S.slice(sigAt, tailAt).replace(/\s+/g, ' ').trim(), start: sigAt, pos: posAt(sigAt), path: '' });
  const furniture: Array<[number, number]> = [...signWords];
  if (tailAt < S.length) {
    const from = tailAt + (new RegExp(UNPLACED_HEADING_ALL.source, 'u').exec(S.slice(tailAt))?.[0].length ?? 0);
    furniture.push([tailAt, from]);
    const text = S.slice(from).replace(/\s+/g, ' ').trim();
    if (text) out.push({ part: 'unplaced', para: -1, label: null, text, start: from, pos: posAt(from), path: '' });
  }
  return { text: S, segments: out, paragraphs, noParagraphSigns: bareNumbers, furniture, posAt };
}

/**
 * A label after a closed point that is not the next one: the same number again (`10)` twice) or a few numbers
 * further (`4)` after `1)`: points skipped or removed). Further jumps are numbers in the text, not labels.
 */
function skippedOrRepeated(n: number, last: number): boolean {
  return n === last || (n > last && n <= last + 4);
}

/** True when the text before `i` ends a sentence (or nothing stands before it). */
function isSentenceStart(S: string, i: number): boolean {
  const before = S.slice(0, i).trimEnd();
  return before === '' || /[.;:)”"]$/.test(before) || /\/\s*-\s*\/$/.test(before);
}

/**
 * The parts before the first paragraf: heading (`ZARZĄDZENIE NR …`, `PREZYDENTA MIASTA KRAKOWA`, `Z DNIA …`),
 * title (`w sprawie …`), legal basis (`Na podstawie … co następuje:`); anything else there is preamble.
 */
function preambleSegments(S: string, end: number, posAt: (o: number) => SourcePos): Segment[] {
  const P = S.slice(0, end);
  const out: Segment[] = [];
  const push = (part: Part, from: number, to: number): void => {
    const text = P.slice(from, to).replace(/\s+/g, ' ').trim();
    if (text) out.push({ part, para: -1, label: null, text, start: from, pos: posAt(from), path: '' });
  };
  const order = /ZARZĄDZENIE|Zarządzenie\s+(?:NR|Nr|nr)\b/u.exec(P);
  const title = PARTS.title.exec(P.slice(order?.index ?? 0));
  let titleAt = title ? (order?.index ?? 0) + title.index : -1;
  // an amending order's title opens with `zmieniające zarządzenie Nr …` before the amended order's `w sprawie`
  const amending = AMENDING_TITLE_START.exec(P.slice(order?.index ?? 0, titleAt >= 0 ? titleAt : undefined));
  if (amending) titleAt = (order?.index ?? 0) + amending.index;
  const basisRe = new RegExp(PARTS.basis.source, 'gu');
  let basisAt = -1;
  for (const m of P.matchAll(basisRe)) {
    if (m.index! > titleAt) {
      basisAt = m.index!;
      break;
    }
  }
  const enacting = PARTS.enacting.exec(P);
  const basisEnd = enacting && enacting.index >= basisAt ? enacting.index + enacting[0].length : end;
  const headFrom = order ? order.index : -1;
  const headTo = titleAt >= 0 ? titleAt : basisAt >= 0 ? basisAt : end;
  if (headFrom > 0) push('preamble', 0, headFrom);
  if (headFrom >= 0) push('heading', headFrom, headTo);
  else if (titleAt > 0) push('preamble', 0, titleAt);
  if (titleAt >= 0) push('title', titleAt, basisAt >= 0 ? basisAt : enacting ? enacting.index + enacting[0].length : end);
  if (basisAt >= 0) {
    push('basis', basisAt, basisEnd);
    push('preamble', basisEnd, end);
  } else if (titleAt < 0 && headFrom < 0) push('preamble', 0, end);
  return out;
}

export { labelNumber };
