/**
 * From the segments of an order (`segment.ts`) to its generic structure: heading, title, legal basis, paragrafy
 * made of ustępy and nested enumerations, and the signature. This layer knows editorial units, not what they
 * mean (that is `interpret.ts`).
 *
 * Levels of an enumeration are found from the label styles in order of appearance inside a paragraf
 * (`1.` → `1)` → `a)` → tiret, whichever comes first is the outer one), as ZTP § 54–§ 59 nest them and as older
 * orders write points `1.`: a `1.` right after the § marker is an ustęp, a `1.` after an introductory sentence
 * is a point.
 */
import { labelNumber, PARTS, SIGNATURE_CAPS, SIGNATURE_TITLE_CASE, UnitSymbol } from '../lexicon/index.js';
import { isParagrafTitle, type Segment, type Segmented } from './segment.js';
import type { SourcePos } from './source.js';

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
  pos: SourcePos;
}

/** An ustęp as written: its label (`1.`) or null, the intro text, its items. */
export interface RawUstep {
  label: string | null;
  text: string;
  items: RawItem[];
  /** Headed groups inside the ustęp: an unlabelled sentence ending with `:` followed by its own list. */
  groups: { heading: string; items: RawItem[]; pos: SourcePos }[];
  wspolna?: string;
  pos: SourcePos;
}

export interface RawParagraph {
  /** As written: `1`, `10`. */
  number: string;
  ustepy: RawUstep[];
  pos: SourcePos;
  /** True when the paragraf stood out of its place in the text (moved by the importer). */
  displaced: boolean;
  /** The paragraf's own title as written (`Przedmiot regulacji`), when it has one. */
  title?: string;
}

/** Text of the source that is none of the parts (before the heading, between the basis and § 1). */
export interface RawFragment {
  text: string;
  pos: SourcePos;
}

export interface RawDocument {
  headingLines: string[];
  title: string | null;
  basis: string | null;
  paragraphs: RawParagraph[];
  signature: string[];
  /** Text found before the first paragraf that is neither heading, title nor basis. */
  preamble: RawFragment[];
  /** True when the copy had no § signs and paragrafy were recognised by their numbers. */
  noParagraphSigns: boolean;
  /** Text printed after `NIEPRZYPISANY TEKST` (an order the app rendered with unplaced text): unplaced again. */
  unplacedTail: RawFragment[];
  /** Headings of chapters (`Rozdział 2 Struktura organizacyjna`), which the model does not hold. */
  chapters: RawFragment[];
}

export { labelNumber };

/** Label of a segment as the structure uses it. */
function labelOf(seg: Segment): { kind: LabelKind; label: string | null; rest: string } {
  const l = seg.label;
  if (!l || l.kind === 'paragraf') return { kind: 'none', label: null, rest: seg.text };
  return { kind: l.kind, label: l.label, rest: seg.text };
}

/**
 * Builds the ustępy of one paragraf from its segments (the first is the § marker with the text after it), and its
 * own title when it has one: `§ 1. Przedmiot regulacji` on a line of its own (the segmenter marks it), or a title
 * followed by the ustęp `1.` (`§ 2. Zasady korzystania 1. Z samochodów …`, told so on one line too).
 */
function buildParagraphBody(segs: Segment[]): { title: string | null; ustepy: RawUstep[] } {
  const ustepy: RawUstep[] = [];
  let blocks = segs.filter((s, i) => i > 0 || s.text || s.label?.kind !== 'paragraf');
  const head = segs[0]?.label?.kind === 'paragraf' && segs[0].text && blocks[0] === segs[0] ? segs[0] : null;
  const next = blocks[1] ? labelOf(blocks[1]) : null;
  const titled = !!head && (head.title === true || (next?.kind === 'numDot' && next.label === '1.' && isParagrafTitle(head.text)));
  const title = titled ? head!.text : null;
  if (titled) blocks = blocks.slice(1);
  const firstLabel = blocks[0] ? labelOf(blocks[0]) : null;
  const usesUstepy = firstLabel?.kind === 'numDot';
  // the order in which label kinds appear below ustęp level defines the nesting
  const levels: LabelKind[] = [];
  let current: RawUstep | null = null;
  /** Stack of open items: stack[i] is the last item at level i. */
  let stack: RawItem[] = [];
  let groupItems: RawItem[] | null = null;

  const openUstep = (label: string | null, text: string, pos: SourcePos): void => {
    current = { label, text, items: [], groups: [], pos };
    ustepy.push(current);
    stack = [];
    groupItems = null;
    levels.length = 0;
  };

  for (const b of blocks) {
    const { kind, label, rest } = labelOf(b);
    if (!current) {
      if (usesUstepy && kind === 'numDot') {
        openUstep(label, rest, b.pos);
        continue;
      }
      openUstep(null, kind === 'none' ? rest : '', b.pos);
      if (kind === 'none') continue;
    }
    const cur = current as unknown as RawUstep;
    if (usesUstepy && kind === 'numDot' && (levels.length === 0 || !levels.includes('numDot'))) {
      openUstep(label, rest, b.pos);
      continue;
    }
    if (kind === 'none') {
      // a further unit's scope heading in the same paragraf (`… . Do zakresu działania Referatu …`)
      if (PARTS.scopeHeading.test(rest) && rest.search(PARTS.scopeHeading) === 0 && (cur.items.length > 0 || cur.groups.length > 0)) {
        openUstep(null, rest, b.pos);
        continue;
      }
      const last = stack[stack.length - 1];
      // an unlabelled sentence ending with a colon after a list or an intro heads a group of its own
      if (/:\s*$/.test(rest) && (cur.items.length > 0 || /:\s*$/.test(cur.text) || cur.groups.length > 0)) {
        const g = { heading: rest, items: [] as RawItem[], pos: b.pos };
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
      const item: RawItem = { label: null, kind: 'none', text: rest, children: [], pos: b.pos };
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
    const item: RawItem = { label, kind, text: rest, children: [], pos: b.pos };
    if (level === 0 || !stack[level - 1]) (groupItems ?? cur.items).push(item);
    else stack[level - 1]!.children.push(item);
    stack = [...stack.slice(0, level), item];
  }
  for (const u of ustepy) splitInlineEntry(u);
  return { title, ustepy };
}

/**
 * `I Zastępcy Dyrektora podlega bezpośrednio: Biuro Współpracy Krajowej - KP-03`: an ustęp whose one entry follows
 * its colon on the same line (or line-wrapped into it) holds that entry as an unlabelled item, as it would when
 * the entry stands on a line of its own. Only an entry that ends with a unit symbol is taken so.
 */
function splitInlineEntry(u: RawUstep): void {
  if (u.items.length > 0 || u.groups.length > 0) return;
  const m = /^(.*?:)\s+(\S.*)$/s.exec(u.text);
  if (!m || /[:;,]|\s(?:oraz|i)\s/.test(m[2]!)) return;
  const symbol = UnitSymbol.atEnd(m[2]!);
  if (!symbol || !(/\d/.test(symbol) || /[–—−-]\s*\(?[A-ZĄĆĘŁŃÓŚŹŻ]{1,5}\)?[;.,]?\s*$/.test(m[2]!))) return;
  u.text = m[1]!;
  u.items.push({ label: null, kind: 'none', text: m[2]!, children: [], pos: u.pos });
}

/** Splits the heading text into its lines: `ZARZĄDZENIE NR …`, `PREZYDENTA MIASTA KRAKOWA`, `Z DNIA …`. */
function headingLines(text: string): string[] {
  const cuts = [PARTS.issuer, PARTS.dated]
    .map((re) => re.exec(text)?.index ?? -1)
    .filter((i) => i > 0)
    .sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) out.push(text.slice(from, c).trim());
    from = c;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/** Splits the signature into its lines: the office, then the name (and what stands after it). */
function signatureLines(text: string): string[] {
  const m = new RegExp(`^(?:${SIGNATURE_CAPS.source}|${SIGNATURE_TITLE_CASE.source})`, 'u').exec(text);
  if (!m) return [text];
  const rest = text.slice(m[0].length).trim();
  return rest ? [m[0], rest] : [m[0]];
}

/**
 * Builds the generic document from the segments. Paragrafy come in the order of their numbers where one stood
 * inside another (a displaced paragraf is put back in its place by number); everything else keeps text order.
 */
export function buildDocument(seg: Segmented): RawDocument {
  const doc: RawDocument = { headingLines: [], title: null, basis: null, paragraphs: [], signature: [], preamble: [], noParagraphSigns: seg.noParagraphSigns, unplacedTail: [], chapters: [] };
  const bodies: Segment[][] = seg.paragraphs.map(() => []);
  for (const s of seg.segments) {
    switch (s.part) {
      case 'heading':
        for (const l of headingLines(s.text)) doc.headingLines.push(l);
        break;
      case 'title':
        doc.title = doc.title === null ? s.text : `${doc.title} ${s.text}`;
        break;
      case 'basis':
        doc.basis = doc.basis === null ? s.text : `${doc.basis} ${s.text}`;
        break;
      case 'preamble':
        doc.preamble.push({ text: s.text, pos: s.pos });
        break;
      case 'signature':
        for (const l of signatureLines(s.text)) doc.signature.push(l);
        break;
      case 'unplaced':
        doc.unplacedTail.push({ text: s.text, pos: s.pos });
        break;
      case 'chapter':
        doc.chapters.push({ text: s.text, pos: s.pos });
        break;
      case 'body':
        if (s.para >= 0) bodies[s.para]!.push(s);
        break;
    }
  }
  const built = seg.paragraphs.map((p, i): RawParagraph => {
    const { title, ustepy } = buildParagraphBody(bodies[i]!);
    return { number: p.number, ustepy, pos: p.pos, displaced: p.displaced, ...(title ? { title } : {}) };
  });
  // put displaced paragrafy back in their place by number
  const ordered = built.filter((o) => !o.displaced);
  for (const d of built.filter((o) => o.displaced)) {
    const n = parseInt(d.number, 10);
    const at = ordered.findIndex((o) => parseInt(o.number, 10) > n);
    ordered.splice(at < 0 ? ordered.length : at, 0, d);
  }
  doc.paragraphs = ordered;
  return doc;
}
