/**
 * The order as plain text (the `render` command): heading, title, legal basis, the body with its labels,
 * signature. Letters and tirets are indented. Non-breaking spaces follow Polish typography (`typography.ts`).
 */
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

/** Renders the order as text with Polish non-breaking spaces. In: an order. Out: the text, ending with a newline. */
export function renderText(order: Order): string {
  return `${documentLines(renderDocument(order)).map(polishTypography).join('\n')}\n`;
}
