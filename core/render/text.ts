/**
 * The order as plain text (the `render` command): heading, title, legal basis, the body with its labels,
 * signature. Letters and tirets are indented. Non-breaking spaces follow Polish typography (`typography.ts`).
 */
import { UNPLACED_HEADING } from '../lexicon/index.js';
import type { Order } from '../model/order.js';
import { renderDocument, type RenderedBlock, type RenderedDocument } from './document.js';
import { polishTypography } from './typography.js';

/** One line of text for a block, with its label and indentation. */
export function blockLine(b: RenderedBlock): string {
  switch (b.kind) {
    case 'paragraf':
      return `${b.label} ${b.text}`.trimEnd();
    case 'ustep':
      return b.label ? `${b.label} ${b.text}` : b.text;
    case 'punkt':
    case 'litera':
    case 'tiret':
      return `${'   '.repeat(b.depth)}${b.label} ${b.text}`;
    case 'wspolna':
      return `${'   '.repeat(Math.max(0, b.depth))}${b.text}`;
    case 'line':
      return b.text;
  }
}

/** The rendered document as text lines (without the annex). */
export function documentLines(doc: RenderedDocument): string[] {
  const lines: string[] = [...doc.heading, '', doc.title, ''];
  if (doc.basis) lines.push(doc.basis, '');
  for (const b of doc.body) {
    if (b.kind === 'paragraf' && lines[lines.length - 1] !== '') lines.push('');
    lines.push(blockLine(b));
  }
  lines.push('', ...doc.signature);
  return lines;
}

/**
 * Lines printing the order's unplaced fragments after {@link UNPLACED_HEADING}, each verbatim with where it stood
 * in brackets, so that the text output never drops a word of an imported order. Empty when nothing is unplaced.
 */
export function unplacedLines(order: Order): string[] {
  if (!order.unplaced.length) return [];
  return ['', UNPLACED_HEADING, '', ...order.unplaced.map((u) => `[${u.where}] ${u.text}`)];
}

/**
 * Renders the order as text with Polish non-breaking spaces; unplaced fragments of an imported order follow the
 * signature under `NIEPRZYPISANY TEKST`. In: an order. Out: the text, ending with a newline.
 */
export function renderText(order: Order): string {
  return `${[...documentLines(renderDocument(order)).map(polishTypography), ...unplacedLines(order)].join('\n')}\n`;
}
