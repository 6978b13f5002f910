/**
 * From normalised blocks to the generic structure of an order: heading (number, date), title, legal basis,
 * paragrafy made of ustępy and nested enumerations, and the signature. This layer knows editorial units, not
 * what they mean (that is `interpret.ts`).
 *
 * Levels of an enumeration are found from the label styles in order of appearance inside a paragraf
 * (`1.` → `1)` → `a)` → tiret, whichever comes first is the outer one), as ZTP § 54–§ 59 nest them and as older
 * orders write points `1.`: a `1.` right after the § marker is an ustęp, a `1.` after an introductory sentence
 * is a point.
 */
import { LABEL, type Block } from './normalize.js';

export type LabelKind = 'numDot' | 'numParen' | 'letter' | 'tiret' | 'none';

/** One item of an enumeration as written. */
export interface RawItem {
  label: string | null;
  kind: LabelKind;
  /** Text without the label, with its closing punctuation. */
  text: string;
  children: RawItem[];
  /** Unlabelled text after the children that closes the enumeration. */
  wspolna?: string;
  line: number;
}

/** An ustęp as written: its label (`1.`) or null, the intro text, its items. */
export interface RawUstep {
  label: string | null;
  text: string;
  items: RawItem[];
  /** Headed groups inside the ustęp: an unlabelled line ending with `:` followed by its own list. */
  groups: { heading: string; items: RawItem[]; line: number }[];
  wspolna?: string;
  line: number;
}

export interface RawParagraph {
  /** As written: `1`, `10`. */
  number: string;
  ustepy: RawUstep[];
  line: number;
  /** True when the paragraf stood out of its place in the text (moved by the importer). */
  displaced: boolean;
}

export interface RawDocument {
  headingLines: string[];
  title: string | null;
  basis: string | null;
  paragraphs: RawParagraph[];
  signature: string[];
  /** Blocks found before the first paragraf that are neither heading, title nor basis. */
  preamble: Block[];
}

function labelOf(text: string): { kind: LabelKind; label: string | null; rest: string } {
  let m = LABEL.numParen.exec(text);
  if (m) return { kind: 'numParen', label: `${m[1]})`, rest: text.slice(m[0].length) };
  m = LABEL.letter.exec(text);
  if (m) return { kind: 'letter', label: `${m[1]})`, rest: text.slice(m[0].length) };
  m = LABEL.numDot.exec(text);
  if (m) return { kind: 'numDot', label: `${m[1]}.`, rest: text.slice(m[0].length).trimStart() };
  m = LABEL.tiret.exec(text);
  if (m) return { kind: 'tiret', label: '–', rest: text.slice(m[0].length) };
  return { kind: 'none', label: null, rest: text };
}

/** Number written in a label (`7)` → 7, `b)` → 2), or null. */
export function labelNumber(label: string | null): number | null {
  if (!label) return null;
  const d = /^(\d+)/.exec(label);
  if (d) return Number(d[1]);
  const l = /^([a-z]{1,2})\)/.exec(label);
  if (l) return l[1]!.length === 1 ? l[1]!.charCodeAt(0) - 96 : 26 + l[1]!.charCodeAt(1) - 96;
  return null;
}

const SIGNATURE = /^(PREZYDENT\s+MIASTA\s+KRAKOWA|Prezydent\s+Miasta\s+Krakowa)\s*$/;

/** Builds the ustępy of one paragraf from its blocks (the first block already stripped of the § marker). */
function buildParagraphBody(blocks: Block[]): RawUstep[] {
  const ustepy: RawUstep[] = [];
  const first = blocks[0];
  const firstLabel = first ? labelOf(first.text) : null;
  const usesUstepy = firstLabel?.kind === 'numDot';
  // the order in which label kinds appear below ustęp level defines the nesting
  const levels: LabelKind[] = [];
  let current: RawUstep | null = null;
  /** Stack of open items: stack[i] is the last item at level i. */
  let stack: RawItem[] = [];
  let groupItems: RawItem[] | null = null;

  const openUstep = (label: string | null, text: string, line: number): void => {
    current = { label, text, items: [], groups: [], line };
    ustepy.push(current);
    stack = [];
    groupItems = null;
    levels.length = 0;
  };

  for (const b of blocks) {
    const { kind, label, rest } = labelOf(b.text);
    if (!current) {
      if (usesUstepy && kind === 'numDot') {
        openUstep(label, rest, b.line);
        continue;
      }
      openUstep(null, kind === 'none' ? rest : '', b.line);
      if (kind === 'none') continue;
    }
    const cur = current as unknown as RawUstep;
    if (usesUstepy && kind === 'numDot' && (levels.length === 0 || !levels.includes('numDot'))) {
      openUstep(label, rest, b.line);
      continue;
    }
    if (kind === 'none') {
      const last = stack[stack.length - 1];
      // an unlabelled line ending with a colon after a list or an intro heads a group of its own
      if (/:\s*$/.test(rest) && (cur.items.length > 0 || /:\s*$/.test(cur.text) || cur.groups.length > 0)) {
        const g = { heading: rest, items: [] as RawItem[], line: b.line };
        cur.groups.push(g);
        groupItems = g.items;
        stack = [];
        levels.length = 0;
        continue;
      }
      if (!last && !cur.text) {
        cur.text = rest;
        continue;
      }
      if (last && /,\s*$/.test(last.text) && stack.length > 1) {
        // część wspólna closing the enumeration of the parent
        const parent = stack[stack.length - 2]!;
        parent.wspolna = rest;
        stack = stack.slice(0, stack.length - 1);
        continue;
      }
      // an item without a number, at the level of the previous item (or the first level)
      const item: RawItem = { label: null, kind: 'none', text: rest, children: [], line: b.line };
      const depth = Math.max(0, stack.length - 1);
      if (depth === 0) (groupItems ?? cur.items).push(item);
      else stack[depth - 1]!.children.push(item);
      stack = [...stack.slice(0, depth), item];
      continue;
    }
    let level = levels.indexOf(kind);
    if (level < 0) {
      level = Math.min(levels.length, stack.length);
      levels.splice(level, levels.length - level, kind);
    }
    const item: RawItem = { label, kind, text: rest, children: [], line: b.line };
    if (level === 0 || !stack[level - 1]) (groupItems ?? cur.items).push(item);
    else stack[level - 1]!.children.push(item);
    stack = [...stack.slice(0, level), item];
  }
  return ustepy;
}

/**
 * Splits blocks into the generic document. A § marker whose number is lower than the current one and not yet
 * seen opens a displaced paragraf (a text box the PDF put inside another paragraf): it takes the following
 * blocks until one continues the enumeration it interrupted, and is put back in its place by number.
 */
export function buildDocument(blocks: Block[]): RawDocument {
  const doc: RawDocument = { headingLines: [], title: null, basis: null, paragraphs: [], signature: [], preamble: [] };
  type Open = { number: string; blocks: Block[]; line: number; displaced: boolean; order: number };
  const opened: Open[] = [];
  let cur: Open | null = null;
  let interrupted: Open | null = null;
  let maxNumber = 0;
  let inSignature = false;
  let seq = 0;
  let quoteDepth = 0;

  const lastPointNumber = (p: Open): number | null => {
    for (let i = p.blocks.length - 1; i >= 0; i--) {
      const l = labelOf(p.blocks[i]!.text);
      if (l.kind === 'numParen' || (l.kind === 'numDot' && i > 0)) return labelNumber(l.label);
    }
    return null;
  };

  for (const b of blocks) {
    if (inSignature) {
      doc.signature.push(b.text);
      continue;
    }
    if (SIGNATURE.test(b.text) && opened.length > 0) {
      inSignature = true;
      doc.signature.push(b.text);
      continue;
    }
    // inside a quotation (an amending order quoting a new wording: `§ 3 otrzymuje brzmienie: „§ 3. …”`) a § marker
    // is part of the quoted text, not a paragraf of this order
    const quoted = quoteDepth > 0;
    quoteDepth = Math.max(0, quoteDepth + (b.text.match(/„/g)?.length ?? 0) - (b.text.match(/”/g)?.length ?? 0));
    const pm = quoted ? null : LABEL.paragraf.exec(b.text);
    if (pm) {
      const number = pm[1]!;
      const n = parseInt(number, 10);
      const rest = b.text.slice(pm[0].length);
      const seen = opened.some((o) => o.number === number);
      const displaced = cur !== null && n < maxNumber && !seen;
      const open: Open = { number, blocks: [], line: b.line, displaced, order: seq++ };
      if (rest.trim()) open.blocks.push({ text: rest.trim(), line: b.line });
      if (displaced) interrupted = interrupted ?? cur;
      else interrupted = null;
      opened.push(open);
      cur = open;
      maxNumber = Math.max(maxNumber, n);
      continue;
    }
    if (!cur) {
      if (/^(ZARZĄDZENIE|PREZYDENTA\s+MIASTA|Z\s+DNIA)/i.test(b.text)) doc.headingLines.push(b.text);
      else if (/^w\s+sprawie\b/i.test(b.text) && doc.title === null) doc.title = b.text;
      else if (/^Na\s+podstawie\b/i.test(b.text) && doc.basis === null) doc.basis = b.text;
      else if (doc.title !== null && doc.basis === null && !/^Na\s+podstawie/i.test(b.text)) doc.title += ` ${b.text}`;
      else if (doc.basis !== null && !/zarządza\s+się/.test(doc.basis)) doc.basis += ` ${b.text}`;
      else doc.preamble.push(b);
      continue;
    }
    if (cur.displaced && interrupted) {
      const l = labelOf(b.text);
      const expected = (lastPointNumber(interrupted) ?? 0) + 1;
      const own = lastPointNumber(cur);
      if (l.kind === 'numParen' && labelNumber(l.label) === expected && (own === null || own + 1 !== expected)) {
        cur = interrupted;
        interrupted = null;
      }
    }
    cur.blocks.push(b);
  }
  // put displaced paragrafy back in their place by number
  const ordered = opened.filter((o) => !o.displaced);
  for (const d of opened.filter((o) => o.displaced)) {
    const n = parseInt(d.number, 10);
    const at = ordered.findIndex((o) => parseInt(o.number, 10) > n);
    ordered.splice(at < 0 ? ordered.length : at, 0, d);
  }
  doc.paragraphs = ordered.map((o) => ({
    number: o.number,
    ustepy: buildParagraphBody(o.blocks),
    line: o.line,
    displaced: o.displaced,
  }));
  return doc;
}
