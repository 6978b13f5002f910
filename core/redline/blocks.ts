/**
 * The paragraphs of an order as the redline writes them: the printed blocks of core/docx (the same text the order's
 * DOCX has) with what the redline needs besides — which item, unit or paragraf a block stands for (to pair the two
 * orders' blocks) and which Word list numbers it (so that renumbering is the word processor's, not a change).
 *
 * Lists: every paragraf label (`§ n.`) belongs to one list; the numbered ustępy after the first of a paragraf
 * (`2.`, `3.` …; the first runs on inside the paragraf's text) form one list per paragraf, starting at 2; each
 * enumeration (points with their letters and tirets) is one three-level list. A list that has more letters under
 * one point than the word processor's alphabet (`z)` is followed by `za)` in the orders, by `aa)` in Word) keeps
 * its labels as text.
 */
import { annexBlocks, orderBlocks, type PrintedBlock } from '../docx/index.js';
import type { Order } from '../model/order.js';
import { renderDocument, type RenderedBlock } from '../render/document.js';

/** The Word list a block is numbered by: its kind, its instance on this side and its level. */
export type ListRef =
  | { kind: 'paragraf' }
  | { kind: 'ustep'; group: number }
  | { kind: 'items'; group: number; level: 0 | 1 | 2 };

/** A paragraph of the redline. */
export interface RedlineBlock {
  printed: PrintedBlock;
  /** Id of the item (task, § 2 entry: the unit's id), when the block is a point, letter or tiret. */
  itemId?: string;
  /** Id of the unit whose scope paragraf this block opens. */
  scopeUnitId?: string;
  /** Null when the block has no label, or when its label stays text. */
  list: ListRef | null;
  /** Whether this block is part of the annex (a new page). */
  annex: boolean;
}

/** Most letters one point may have for Word's `lowerLetter` to write the orders' labels (`a)` … `z)`). */
const WORD_LETTERS = 26;

/**
 * The redline paragraphs of an order, in reading order: heading, title, legal basis, body, signature, annex heading
 * and title. Pure.
 */
export function redlineBlocks(order: Order): RedlineBlock[] {
  const doc = renderDocument(order);
  const printed = orderBlocks(doc);
  const head = doc.heading.length + 1 + (doc.basis ? 1 : 0);
  const scopeUnit = new Map<string, string>();
  for (const p of order.paragraphs) if (p.role === 'scope' && p.unitIds?.length) scopeUnit.set(p.id, p.unitIds[0]!);
  const out: RedlineBlock[] = printed.map((p) => ({ printed: p, list: null, annex: false }));
  let itemGroup = -1;
  let ustepGroup = -1;
  let inItems = false;
  const groupsWithManyLetters = new Set<number>();
  let letters = 0;
  doc.body.forEach((b: RenderedBlock, i) => {
    const rb = out[head + i]!;
    switch (b.kind) {
      case 'paragraf': {
        rb.list = { kind: 'paragraf' };
        ustepGroup++;
        inItems = false;
        const unit = scopeUnit.get(b.paragraphId) ?? /^scope-(.+)$/.exec(b.paragraphId)?.[1];
        if (unit) rb.scopeUnitId = unit;
        break;
      }
      case 'ustep':
        rb.list = b.label ? { kind: 'ustep', group: ustepGroup } : null;
        inItems = false;
        break;
      case 'punkt':
      case 'litera':
      case 'tiret': {
        if (!inItems) itemGroup++;
        inItems = true;
        const level = (b.kind === 'punkt' ? 0 : b.kind === 'litera' ? 1 : 2) as 0 | 1 | 2;
        if (level === 0) letters = 0;
        else if (level === 1 && ++letters > WORD_LETTERS) groupsWithManyLetters.add(itemGroup);
        rb.list = { kind: 'items', group: itemGroup, level };
        if (b.itemId) rb.itemId = b.itemId;
        break;
      }
      case 'wspolna':
        // a część wspólna closes an item's children (the enumeration goes on) or the whole enumeration
        if (b.depth < 0) inItems = false;
        break;
      case 'line':
        inItems = false;
        break;
    }
  });
  for (const rb of out) if (rb.list?.kind === 'items' && groupsWithManyLetters.has(rb.list.group)) rb.list = null;
  for (const p of annexBlocks(doc)) out.push({ printed: p, list: null, annex: true });
  return out;
}

/** The line a block reads as once numbered: label, a tab (hanging) or a space, text; or the text alone. */
export function printedLine(p: PrintedBlock): string {
  if (!p.label) return p.text;
  return `${p.label}${p.hanging ? '\t' : p.text ? ' ' : ''}${p.text}`;
}
