/**
 * Text measurement and line wrapping for the organisational chart, with the real advance widths of the bundled
 * Liberation Serif (Times New Roman metrics), read once by `scripts/font-metrics.ts` into `font-metrics.json`.
 * Pure: no file access, works in Node and in the renderer.
 */
import metricsJson from './font-metrics.json';

/** Shape of `font-metrics.json` (written by `scripts/font-metrics.ts`); widths in font units. */
export interface FontMetricsFile {
  family: string;
  source: string;
  unitsPerEm: number;
  ascender: number;
  /** Negative: below the baseline. */
  descender: number;
  faces: Record<FontFace, { fallback: number; advances: Record<string, number> }>;
}

/** The two faces the chart uses: regular for units, bold for the head, deputies and the outer superiors. */
export type FontFace = 'regular' | 'bold';

/** The metrics of the bundled font. */
export const FONT_METRICS: FontMetricsFile = metricsJson as FontMetricsFile;

/** CSS font-family list for the SVG: the bundled face first, then its metric twin, then the generic family. */
export const CHART_FONT_FAMILY = "'Liberation Serif', 'Times New Roman', serif";

/**
 * Width of `text` set in `face` at `sizePt`, in points (same unit as the size). Each character's advance is
 * summed (no kerning, as resvg and browsers set these faces without kerning by default or with negligible
 * change); a character outside the table counts as the face's fallback width (the width of `n`).
 */
export function measureText(text: string, sizePt: number, face: FontFace = 'regular'): number {
  const f = FONT_METRICS.faces[face];
  let units = 0;
  for (const ch of text) units += f.advances[ch] ?? f.fallback;
  return (units * sizePt) / FONT_METRICS.unitsPerEm;
}

/** Ascender and descender (positive, below the baseline) in points at `sizePt`. */
export function fontExtent(sizePt: number): { ascent: number; descent: number } {
  return {
    ascent: (FONT_METRICS.ascender * sizePt) / FONT_METRICS.unitsPerEm,
    descent: (-FONT_METRICS.descender * sizePt) / FONT_METRICS.unitsPerEm,
  };
}

/** A piece of text that is never broken, and whether a space separates it from the previous piece. */
interface Token {
  text: string;
  spaceBefore: boolean;
}

/**
 * Splits text into unbreakable pieces: words, split again after an inner hyphen or en dash
 * (`Informacyjno-|Promocyjnych`); a one-letter word (`i`, `w`, `z`, `o`, `a`, `u`) is glued to the next word, as
 * Polish typesetting does not leave it at the end of a line.
 */
function tokenize(text: string): Token[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w.length > 0);
  const glued: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    while (/^\p{L}$/u.test(w) && i + 1 < words.length) w = `${w}\u00a0${words[++i]!}`;
    glued.push(w);
  }
  const tokens: Token[] = [];
  for (const w of glued) {
    const parts = w.split(/(?<=[^\s\u00a0][-\u2013])(?=[^\s\u00a0])/u);
    parts.forEach((p, i) => tokens.push({ text: p, spaceBefore: i === 0 && tokens.length > 0 }));
  }
  return tokens;
}

/** Width of the widest piece of `text` that wrapping cannot break (see `wrapText`), in points. */
export function widestUnbreakable(text: string, sizePt: number, face: FontFace = 'regular'): number {
  return Math.max(0, ...tokenize(text).map((t) => measureText(t.text.replace(/\u00a0/g, ' '), sizePt, face)));
}

/**
 * Wraps `text` into lines no wider than `maxWidth` points at `sizePt` in `face`: greedy, breaking at spaces and
 * after inner hyphens/dashes, one-letter words kept with the next word. A piece wider than `maxWidth` on its own
 * is cut between characters (callers size boxes with `widestUnbreakable` so that this does not happen).
 * Whitespace is collapsed; an empty text gives no lines. No-break spaces come out as ordinary spaces.
 */
export function wrapText(text: string, maxWidth: number, sizePt: number, face: FontFace = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measureText(s, sizePt, face) <= maxWidth + 1e-9;
  for (const t of tokenize(text).map((t) => ({ ...t, text: t.text.replace(/\u00a0/g, ' ') }))) {
    const candidate = line === '' ? t.text : line + (t.spaceBefore ? ' ' : '') + t.text;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const ch of t.text) {
      if (line !== '' && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
