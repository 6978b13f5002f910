/**
 * Reading the text of a DOCX: the paragraphs of `word/document.xml`, table rows as one line each (cells apart by
 * a column gap), and the numbers Word draws itself (automatic list numbering, absent from the text) rebuilt from
 * `word/numbering.xml` (numFmt + lvlText per level, counters per list instance, deeper levels restarting).
 * mammoth does not expose list formats (`1)` vs `1.` vs `a)`), so the numbering is read here; mammoth's raw
 * text is used as the reference that no word was missed.
 *
 * The archive is read through the bounded unzip (`docx-archive.ts`, `zip.ts`): sizes, counts and names are checked
 * before anything is inflated, and mammoth gets only the parts read within those limits.
 */
import mammoth from 'mammoth';
import { openDocxArchive } from './docx-archive.js';

export type DocxText = { ok: true; text: string; missedWords: string[] } | { ok: false; code: 'corrupt' | 'tooLarge'; message: string };

interface Level {
  fmt: string;
  text: string;
  start: number;
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function readNumbering(xml: string | undefined): Map<string, Map<number, Level>> {
  const byNum = new Map<string, Map<number, Level>>();
  if (!xml) return byNum;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2]!;
      levels.set(Number(l[1]), {
        fmt: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
        text: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '',
        start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '1'),
      });
    }
    abstracts.set(m[1]!, levels);
  }
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abs = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2]!)?.[0] ?? '', 'w:val');
    if (abs && abstracts.has(abs)) byNum.set(m[1]!, abstracts.get(abs)!);
  }
  return byNum;
}

function formatCounter(n: number, fmt: string): string {
  const letters = (k: number): string => {
    let s = '';
    let x = k;
    while (x > 0) {
      const r = (x - 1) % 26;
      s = String.fromCharCode(97 + r) + s;
      x = Math.floor((x - 1) / 26);
    }
    return s;
  };
  const roman = (k: number): string => {
    const t: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let s = '';
    let x = k;
    for (const [v, r] of t) while (x >= v) { s += r; x -= v; }
    return s;
  };
  switch (fmt) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'bullet': return '–';
    default: return String(n);
  }
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Numbering a paragraph style carries (`<w:style w:styleId="Punkt"><w:pPr><w:numPr>…`), by style id. */
function styleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const numId = numPr ? attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') : null;
    if (numId) out.set(m[1]!, { numId, ilvl: Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr!)?.[0] ?? '', 'w:val') ?? '0') });
  }
  return out;
}

/** Lines of text of `document.xml`, with list labels rebuilt (direct numbering or a numbered paragraph style). */
function documentLines(xml: string, numbering: Map<string, Map<number, Level>>, styles: Map<string, { numId: string; ilvl: number }> = new Map()): string[] {
  const lines: string[] = [];
  const counters = new Map<string, number[]>();
  let row: string[] | null = null;
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const tokens = body.matchAll(/<w:tr\b[^>]*>|<\/w:tr>|<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g);
  for (const t of tokens) {
    const tag = t[0];
    if (tag.startsWith('<w:tr')) {
      row = [];
      continue;
    }
    if (tag === '</w:tr>') {
      if (row && row.some((c) => c.trim())) lines.push(row.filter((c) => c.trim()).join('  '));
      row = null;
      continue;
    }
    const p = t[1] ?? '';
    let text = '';
    for (const r of p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:noBreakHyphen\/>/g)) {
      if (r[0].startsWith('<w:tab')) text += '  ';
      else if (r[0].startsWith('<w:br')) text += '\n';
      else if (r[0].startsWith('<w:noBreakHyphen')) text += '-';
      else text += decodeXml(r[1]!);
    }
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p)?.[1];
    const styled = styles.get(attr(/<w:pStyle\b[^>]*>/.exec(p)?.[0] ?? '', 'w:val') ?? '');
    if (numPr || styled) {
      const numId = (numPr ? attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') : null) ?? styled?.numId ?? null;
      const ilvl = Number((numPr ? attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') : null) ?? styled?.ilvl ?? 0);
      const levels = numId ? numbering.get(numId) : undefined;
      if (numId && numId !== '0' && levels) {
        const c = counters.get(numId) ?? [];
        for (let i = 0; i < ilvl; i++) if (c[i] === undefined) c[i] = (levels.get(i)?.start ?? 1);
        c[ilvl] = c[ilvl] === undefined ? levels.get(ilvl)?.start ?? 1 : c[ilvl]! + 1;
        c.length = ilvl + 1;
        counters.set(numId, c);
        const lvl = levels.get(ilvl);
        if (lvl) {
          const label = lvl.fmt === 'bullet' ? '–' : lvl.text.replace(/%(\d)/g, (_, d: string) => formatCounter(c[Number(d) - 1] ?? 1, levels.get(Number(d) - 1)?.fmt ?? 'decimal'));
          if (label.trim()) text = `${label} ${text}`;
        }
      }
    }
    if (row) row.push(text);
    else lines.push(text);
  }
  return lines;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

/**
 * Reads the text of a DOCX file.
 * In: the file's bytes. Out: the text (one paragraph a line, labels rebuilt) and the words mammoth found that the
 * reader did not (expected empty; the caller keeps them), or a typed failure: `corrupt` (not a zip / no
 * `word/document.xml`), `tooLarge` (past a limit of the bounded unzip: `ZIP_LIMITS` in `zip.ts`).
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, code: 'corrupt', message: 'Plik .docx jest uszkodzony: to nie jest archiwum dokumentu Word.' };
  }
  const opened = openDocxArchive(bytes);
  if (!opened.ok) return { ok: false, ...opened.error };
  const parts = opened.archive;
  const doc = parts.text('word/document.xml');
  if (!doc) return { ok: false, code: 'corrupt', message: 'Plik .docx jest uszkodzony: brak treści dokumentu (word/document.xml).' };
  const text = documentLines(doc, readNumbering(parts.text('word/numbering.xml')), styleNumbering(parts.text('word/styles.xml'))).join('\n');
  let missedWords: string[] = [];
  try {
    const raw = await mammoth.extractRawText({ buffer: parts.forMammoth() });
    const have = new Set(words(text));
    missedWords = words(raw.value).filter((w) => !have.has(w));
  } catch {
    // mammoth is only the cross-check; our own reading stands
  }
  return { ok: true, text, missedWords };
}
