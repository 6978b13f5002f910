/**
 * A reader of WordprocessingML tracked changes for the tests: the text a word processor shows after "accept all"
 * or "reject all" (ECMA-376 Part 1, §17.13.5: `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`, the paragraph mark's
 * revision in `w:pPr/w:rPr`, `w:pPrChange`), with list numbers computed from `numbering.xml` as Word computes them
 * (a counter per list and level, deeper levels restarting, `w:startOverride`). Parsed with saxes (a real XML
 * parser), so a malformed document fails here; text in the wrong element (`w:t` inside a deletion, `w:delText`
 * outside one) and revision elements without author or date are errors.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** A paragraph after resolving the revisions: its style, its list number as written, and its text. */
export interface ResolvedParagraph {
  style: string | null;
  label: string | null;
  /** Label, its suffix (tab or space) and the text: how the paragraph reads. */
  line: string;
  text: string;
}

interface Lvl {
  fmt: string;
  text: string;
  suff: string;
  start: number;
}

interface Numbering {
  abstract: Map<string, Map<number, Lvl>>;
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
}

function parse(xml: string, on: { open(tag: SaxesTagPlain): void; close(tag: SaxesTagPlain): void; text(t: string): void }): void {
  const p = new SaxesParser();
  p.on('opentag', on.open);
  p.on('closetag', on.close);
  p.on('text', on.text);
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

/** Reads `numbering.xml`: abstract lists' levels and the list instances with their start overrides. */
export function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Lvl>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  let absId: string | null = null;
  let lvl: (Lvl & { ilvl: number }) | null = null;
  let num: { id: string; abstract: string; starts: Map<number, number> } | null = null;
  let overrideLvl = -1;
  parse(xml, {
    open(t) {
      const a = t.attributes as Record<string, string>;
      if (t.name === 'w:abstractNum') (absId = a['w:abstractNumId']!, abstract.set(absId, new Map()));
      else if (t.name === 'w:lvl' && absId !== null) lvl = { ilvl: Number(a['w:ilvl']), fmt: 'decimal', text: '', suff: 'tab', start: 1 };
      else if (lvl && t.name === 'w:numFmt') lvl.fmt = a['w:val']!;
      else if (lvl && t.name === 'w:lvlText') lvl.text = a['w:val']!;
      else if (lvl && t.name === 'w:suff') lvl.suff = a['w:val']!;
      else if (lvl && t.name === 'w:start') lvl.start = Number(a['w:val']);
      else if (t.name === 'w:num') num = { id: a['w:numId']!, abstract: '', starts: new Map() };
      else if (num && t.name === 'w:abstractNumId') num.abstract = a['w:val']!;
      else if (num && t.name === 'w:lvlOverride') overrideLvl = Number(a['w:ilvl']);
      else if (num && t.name === 'w:startOverride') num.starts.set(overrideLvl, Number(a['w:val']));
    },
    close(t) {
      if (t.name === 'w:lvl' && lvl && absId !== null) (abstract.get(absId)!.set(lvl.ilvl, lvl), (lvl = null));
      else if (t.name === 'w:abstractNum') absId = null;
      else if (t.name === 'w:num' && num) (nums.set(num.id, { abstract: num.abstract, starts: num.starts }), (num = null));
    },
    text() {},
  });
  return { abstract, nums };
}

function letters(n: number): string {
  // Word's lowerLetter: a … z, aa … zz, aaa …
  const k = Math.floor((n - 1) / 26);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(k + 1);
}

interface RawParagraph {
  style: string | null;
  numId: string | null;
  ilvl: number;
  old: { style: string | null; numId: string | null; ilvl: number } | null;
  mark: 'ins' | 'del' | 'moveFrom' | 'moveTo' | null;
  /** Pieces of text with the revision they sit in. */
  pieces: { text: string; in: 'ins' | 'del' | 'moveFrom' | 'moveTo' | null }[];
}

const REVISION = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

/** Reads the body paragraphs of `document.xml` with their revisions. */
export function readParagraphs(xml: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  let p: RawParagraph | null = null;
  const stack: string[] = [];
  let inPPr = false;
  let inPPrChange = false;
  let inMarkRPr = false;
  let text: 'w:t' | 'w:delText' | null = null;
  parse(xml, {
    open(t) {
      const a = t.attributes as Record<string, string>;
      stack.push(t.name);
      if (REVISION.has(t.name) || t.name === 'w:pPrChange' || /^w:move(From|To)RangeStart$/.test(t.name)) {
        if (!a['w:author'] || !a['w:date'] || !a['w:id']) throw new Error(`${t.name} bez autora, daty lub id`);
      }
      if (t.name === 'w:p') p = { style: null, numId: null, ilvl: 0, old: null, mark: null, pieces: [] };
      if (!p) return;
      if (t.name === 'w:pPr' && !inPPrChange) inPPr = true;
      else if (t.name === 'w:pPrChange') (inPPrChange = true, (p.old = { style: null, numId: null, ilvl: 0 }));
      else if (t.name === 'w:rPr' && inPPr && !inPPrChange) inMarkRPr = true;
      else if (inMarkRPr && REVISION.has(t.name)) p.mark = t.name.slice(2) as RawParagraph['mark'];
      else if (t.name === 'w:pStyle') (inPPrChange ? (p.old!.style = a['w:val']!) : (p.style = a['w:val']!));
      else if (t.name === 'w:numId') (inPPrChange ? (p.old!.numId = a['w:val']!) : (p.numId = a['w:val']!));
      else if (t.name === 'w:ilvl') (inPPrChange ? (p.old!.ilvl = Number(a['w:val'])) : (p.ilvl = Number(a['w:val'])));
      else if (t.name === 'w:t' || t.name === 'w:delText') text = t.name;
      else if (t.name === 'w:tab' && !inPPr) p.pieces.push({ text: '\t', in: current() });
      else if (t.name === 'w:noBreakHyphen') p.pieces.push({ text: '-', in: current() });
    },
    close(t) {
      stack.pop();
      if (t.name === 'w:pPrChange') inPPrChange = false;
      else if (t.name === 'w:pPr' && !inPPrChange) inPPr = false;
      else if (t.name === 'w:rPr' && inMarkRPr) inMarkRPr = false;
      else if (t.name === 'w:t' || t.name === 'w:delText') text = null;
      else if (t.name === 'w:p' && p) (out.push(p), (p = null));
    },
    text(s) {
      if (!p || !text) return;
      const within = current();
      const deleted = within === 'del' || within === 'moveFrom';
      if (text === 'w:delText' && !deleted) throw new Error(`w:delText poza usunięciem: „${s}”`);
      if (text === 'w:t' && deleted) throw new Error(`w:t wewnątrz usunięcia: „${s}”`);
      p.pieces.push({ text: s, in: within });
    },
  });
  function current(): RawParagraph['mark'] {
    for (let i = stack.length - 1; i >= 0; i--) if (REVISION.has(stack[i]!)) return stack[i]!.slice(2) as RawParagraph['mark'];
    return null;
  }
  return out;
}

/**
 * The document as a word processor shows it after accepting (`accept`) or rejecting (`reject`) every revision.
 * A paragraph whose mark goes joins the next paragraph (which keeps its own properties).
 */
export function resolveRevisions(documentXml: string, numberingXml: string, mode: 'accept' | 'reject'): ResolvedParagraph[] {
  const gone = mode === 'accept' ? new Set(['del', 'moveFrom']) : new Set(['ins', 'moveTo']);
  const numbering = readNumbering(numberingXml);
  const merged: { style: string | null; numId: string | null; ilvl: number; text: string }[] = [];
  let carry = '';
  for (const p of readParagraphs(documentXml)) {
    const text = carry + p.pieces.filter((x) => !(x.in && gone.has(x.in))).map((x) => x.text).join('');
    if (p.mark && gone.has(p.mark)) {
      carry = text;
      continue;
    }
    carry = '';
    const props = mode === 'reject' && p.old ? p.old : p;
    merged.push({ style: props.style, numId: props.numId, ilvl: props.ilvl, text });
  }
  if (carry) merged.push({ style: null, numId: null, ilvl: 0, text: carry });
  const counters = new Map<string, number[]>();
  return merged.map((m) => {
    let label: string | null = null;
    let suff = '';
    if (m.numId && m.numId !== '0') {
      const num = numbering.nums.get(m.numId);
      if (!num) throw new Error(`brak listy ${m.numId}`);
      const lvls = numbering.abstract.get(num.abstract)!;
      const startOf = (l: number) => num.starts.get(l) ?? lvls.get(l)?.start ?? 1;
      let c = counters.get(m.numId);
      if (!c) counters.set(m.numId, (c = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((l) => startOf(l) - 1)));
      c[m.ilvl]!++;
      for (let l = m.ilvl + 1; l < c.length; l++) c[l] = startOf(l) - 1;
      const lvl = lvls.get(m.ilvl)!;
      label = lvl.text.replace(/%(\d)/g, (_, k: string) => {
        const l = Number(k) - 1;
        const v = c![l]!;
        const f = lvls.get(l)?.fmt ?? 'decimal';
        return f === 'lowerLetter' ? letters(v) : String(v);
      });
      suff = lvl.suff === 'space' ? ' ' : lvl.suff === 'nothing' ? '' : '\t';
    }
    return { style: m.style, label, text: m.text, line: label !== null ? `${label}${m.text || suff === '\t' ? suff : ''}${m.text}` : m.text };
  });
}
