/**
 * The rendered order (`core/render/document.ts`) as printed paragraphs: one entry per paragraph of the printed page,
 * with its paragraph style (named after the editorial unit), its label written as text, its indents and whether it
 * keeps with the next one. The DOCX writer and the print preview both lay out these, so the two cannot disagree, and
 * neither generates a sentence of its own: every text is a rendered block's text with Polish non-breaking spaces
 * (`polishTypography`).
 *
 * Layout rules: spec/document-format.md, "Printed layout": heading and title centred and bold, `§ n.` running on
 * with its text, points, letters and tirets hanging by `HANG_PT` per level, signature block at the right.
 */
import type { RenderedBlock, RenderedDocument } from '../render/document.js';
import { polishTypography } from '../render/typography.js';
import { measureText } from '../chart/text-metrics.js';
import { BODY_FONT_PT, HANG_PT } from './page.js';

/**
 * Paragraph style ids (also their names in the word processor), after the editorial units of the spec and the
 * parts of the order.
 */
export const STYLE = {
  heading: 'Naglowek',
  title: 'Tytul',
  basis: 'PodstawaPrawna',
  paragraf: 'Paragraf',
  ustep: 'Ustep',
  punkt: 'Punkt',
  litera: 'Litera',
  tiret: 'Tiret',
  wspolna: 'CzescWspolna',
  line: 'Wiersz',
  signature: 'Podpis',
  annexHeading: 'ZalacznikNaglowek',
  annexTitle: 'ZalacznikTytul',
  chart: 'Schemat',
  draftMark: 'Projekt',
} as const;

/** One of the style ids above. */
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** A printed paragraph. Indents in points from the left margin. */
export interface PrintedBlock {
  style: StyleId;
  /** The number written as text (`§ 1.`, `1.`, `2)`, `a)`, `–`), or null. */
  label: string | null;
  /** True when the label hangs (a tab separates it from the text); false when it runs on with a space (`§ 1. …`). */
  hanging: boolean;
  /** The text after the label, with non-breaking spaces. */
  text: string;
  /** Left indent of the text (where wrapped lines start), points. */
  left: number;
  /** How far the first line (the label) stands out to the left of `left`, points; 0 when nothing hangs. */
  hang: number;
  /** Keep on the same page as the next paragraph (headings, intros ending with a colon, the end before the signature). */
  keepNext: boolean;
}

/** Least room between a hanging label and its text, points: a wider label widens its own hanging strip. */
const LABEL_GAP_PT = 3;

/**
 * Indent of a hanging unit at `depth` (0 points, 1 letters, 2 tirets): the label at `depth` steps, the text one more.
 * A label wider than a step (a quoted one of an amending order, `„1a)`, `„§ 7a.`) gets a strip as wide as it needs,
 * so that its text never runs into it; its wrapped lines line up with its own text. Widths measured in the body font
 * (Liberation Serif, Times New Roman's metrics).
 */
function hangingAt(depth: number, label: string): { left: number; hang: number } {
  const hang = Math.max(HANG_PT, Math.ceil(measureText(label, BODY_FONT_PT) + LABEL_GAP_PT));
  return { left: depth * HANG_PT + hang, hang };
}

function fromBody(b: RenderedBlock): PrintedBlock {
  const t = polishTypography(b.text);
  const keepNext = /:$/.test(b.text);
  switch (b.kind) {
    case 'paragraf':
      return { style: STYLE.paragraf, label: polishTypography(b.label), hanging: false, text: t, left: 0, hang: 0, keepNext };
    case 'ustep':
      return { style: STYLE.ustep, label: b.label, hanging: false, text: t, left: 0, hang: 0, keepNext };
    case 'punkt':
    case 'litera':
    case 'tiret':
      return { style: STYLE[b.kind], label: b.label, hanging: true, text: t, ...hangingAt(b.depth, b.label), keepNext };
    case 'wspolna':
      // after an ustęp's points (depth -1) the część wspólna starts at the margin; after an item's children it
      // lines up with that item's text
      return { style: STYLE.wspolna, label: null, hanging: false, text: t, left: b.depth < 0 ? 0 : (b.depth + 1) * HANG_PT, hang: 0, keepNext };
    case 'line':
      return { style: STYLE.line, label: null, hanging: false, text: t, left: 0, hang: 0, keepNext };
  }
}

function plain(style: StyleId, text: string, keepNext: boolean): PrintedBlock {
  return { style, label: null, hanging: false, text: polishTypography(text), left: 0, hang: 0, keepNext };
}

/**
 * The order's pages as printed paragraphs, in reading order: heading lines, title, legal basis, the body, the
 * signature lines. In: a rendered document. Out: the list (the annex is `annexBlocks`). Pure.
 */
export function orderBlocks(doc: RenderedDocument): PrintedBlock[] {
  const out: PrintedBlock[] = doc.heading.map((h) => plain(STYLE.heading, h, true));
  out.push(plain(STYLE.title, doc.title, true));
  if (doc.basis) out.push(plain(STYLE.basis, doc.basis, true));
  out.push(...doc.body.map(fromBody));
  // the signature never stands alone on a page: the last provision keeps with it
  if (out.length) out[out.length - 1]!.keepNext = true;
  doc.signature.forEach((s, i) => out.push(plain(STYLE.signature, s, i < doc.signature.length - 1)));
  return out;
}

/** The annex heading lines and the chart title as printed paragraphs, or [] when the order has no annex. */
export function annexBlocks(doc: RenderedDocument): PrintedBlock[] {
  if (!doc.annex) return [];
  return [...doc.annex.heading.map((h) => plain(STYLE.annexHeading, h, true)), plain(STYLE.annexTitle, doc.annex.title, true)];
}

/**
 * Unit symbols (`KS-01`, `KZ-02-1`, `DK-02`): upper-case letters then one or more `-` groups of capitals or
 * digits. A line must not break at their hyphens (the spec lists `DK-` / `02)` split over two lines as a defect of
 * published PDFs), so the DOCX writes those hyphens as non-breaking hyphens and the preview keeps the symbol in one
 * unbreakable span; the text itself is unchanged.
 */
const SYMBOL = /(?<![\p{L}\d-])\p{Lu}{1,6}(?:-[\p{Lu}\d]+)+(?![\p{L}\d])/gu;

/** A piece of a text: `symbol` pieces must be kept on one line. Concatenated, the pieces give the text back. */
export interface TextPiece {
  text: string;
  symbol: boolean;
}

/** Splits a text into plain pieces and unit symbols (see `SYMBOL`). Pure; `''` gives `[]`. */
export function textPieces(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(SYMBOL)) {
    if (m.index! > at) out.push({ text: text.slice(at, m.index), symbol: false });
    out.push({ text: m[0], symbol: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), symbol: false });
  return out;
}
