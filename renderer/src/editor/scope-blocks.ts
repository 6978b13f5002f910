/**
 * Conversion between a scope's items (a tree: punkty → litery → tirety) and the flat blocks of its Slate
 * editor, with the labels and closing punctuation the editor shows (generated, never typed), and the clean-up
 * of text pasted from Word or a PDF. Pure functions.
 */
import { leadingLabel } from '../../../core/lexicon/labels.js';
import { Citation } from '../../../core/model/citation.js';
import { Inline, type Reference } from '../../../core/model/inline.js';
import type { Item } from '../../../core/model/order.js';
import type { ItemElement, RefElement } from './slate-types.js';
import { freshId } from './order-edit.js';

/**
 * The children of a block for a text: text leaves and reference chips, with a text leaf before, between and
 * after chips (Slate's rule for inline elements), so the value needs no normalising.
 */
export function textToChildren(text: readonly Inline[]): ItemElement['children'] {
  const out: ItemElement['children'] = [];
  for (const i of Inline.normalize(text)) {
    if (typeof i === 'string') out.push({ text: i });
    else {
      if (!out.length || !('text' in out[out.length - 1]!)) out.push({ text: '' });
      out.push(refElement(i));
    }
  }
  if (!out.length || !('text' in out[out.length - 1]!)) out.push({ text: '' });
  return out;
}

/** The chip element of a reference. */
export function refElement(ref: Reference): RefElement {
  return { type: 'ref', ref, children: [{ text: '' }] };
}

/** The text of a block's children: runs and references in order (normalised). */
export function childrenToText(children: ItemElement['children']): Inline[] {
  return Inline.normalize(children.map((c) => ('type' in c ? c.ref : c.text)));
}

/** Flattens items depth-first into blocks; an empty list gives one empty point (an editor needs a block). */
export function toBlocks(items: Item[]): ItemElement[] {
  const out: ItemElement[] = [];
  const walk = (list: Item[], depth: number) => {
    for (const it of list) {
      out.push({ type: 'item', id: it.id, depth: Math.min(depth, 2) as 0 | 1 | 2, children: textToChildren(it.text) });
      walk(it.children, depth + 1);
    }
  };
  walk(items, 0);
  return out.length ? out : [{ type: 'item', id: freshId('t'), depth: 0, children: [{ text: '' }] }];
}

/** The typed words of a block (its text leaves joined; chips left out). */
export function blockText(b: ItemElement): string {
  return b.children.map((c) => ('text' in c ? c.text : '')).join('');
}

/** True when a block holds neither words nor a reference. */
export function blockIsEmpty(b: ItemElement): boolean {
  return b.children.every((c) => 'text' in c && c.text === '');
}

/**
 * Items already made from blocks, by block: Slate keeps the same block object while the block does not change, so
 * a block that is still a leaf item (no litery or tirety under it) and keeps its original gives back the same item,
 * and typing in one point of a long scope makes one new item (and its ancestors), not one per point.
 */
const madeItems = new WeakMap<ItemElement, { orig: Item | undefined; item: Item }>();

/**
 * Rebuilds the tree from blocks. Fields the editor does not show (część wspólna, template id, what an imported
 * text wrote) are kept from `originals` by id. A lone empty block means an empty list. Depths are clamped so
 * that a block is at most one level below the one before it. Items of unchanged leaf blocks are the same objects
 * as the last time (see `madeItems`); items with sub-items are always new (their lists are built here).
 * `paths`, when given, is filled with each block's place in the tree (by block id: the indexes from the list of
 * points down to the item), for {@link retypeBlocks}.
 */
export function fromBlocks(blocks: ItemElement[], originals: Map<string, Item>, paths?: Map<string, number[]>): Item[] {
  if (blocks.length === 1 && blockIsEmpty(blocks[0]!)) return [];
  // the depth each block takes (clamped), so that a block knows whether the next one goes under it
  const depths = new Array<number>(blocks.length);
  let prevDepth = -1;
  blocks.forEach((b, i) => {
    depths[i] = i === 0 ? 0 : Math.min(b.depth, prevDepth + 1, 2);
    prevDepth = depths[i]!;
  });
  const roots: Item[] = [];
  const stack: Item[] = [];
  // the index of the block of each item on the stack (for `paths`)
  const parentBlock: number[] = [];
  blocks.forEach((b, i) => {
    const depth = depths[i]!;
    const orig = originals.get(b.id);
    const leaf = !(i + 1 < blocks.length && depths[i + 1]! > depth);
    const made = leaf ? madeItems.get(b) : undefined;
    let item: Item;
    if (made && made.orig === orig) item = made.item;
    else {
      item = { ...(orig ?? {}), id: b.id, text: childrenToText(b.children), children: [] };
      if (leaf) madeItems.set(b, { orig, item });
    }
    if (depth === 0) {
      roots.push(item);
      stack.length = 0;
      paths?.set(b.id, [roots.length - 1]);
    } else {
      stack.length = depth;
      const parent = stack[depth - 1]!;
      parent.children.push(item);
      if (paths) paths.set(b.id, [...paths.get(blocks[parentBlock[depth - 1]!]!.id)!, parent.children.length - 1]);
    }
    parentBlock[depth] = i;
    stack.push(item);
  });
  return roots;
}

/**
 * The items after typing: the blocks at indexes `changed` had their text changed (Slate's `insert_text` and
 * `remove_text` only, so no block was added, removed, moved or re-levelled) since `items` were made from the same
 * list with `paths` ({@link fromBlocks}). Each changed block's item takes the block's text, and the lists above it
 * are copied with the new item in its place; every other item stays the same object. So a keystroke costs the same
 * in a list of 20 points and of 2,000 (fromBlocks walks every block). Out: the new items, or null when a changed
 * block has no known place or the list is a lone block (an empty list has no items): then call {@link fromBlocks}.
 */
export function retypeBlocks(items: Item[], paths: Map<string, number[]>, blocks: ItemElement[], changed: Iterable<number>): Item[] | null {
  if (blocks.length < 2) return null;
  let out = items;
  for (const i of new Set(changed)) {
    const b = blocks[i];
    const path = b && paths.get(b.id);
    if (!b || !path) return null;
    const text = childrenToText(b.children);
    // the item's new version in a copy of each list on its path (null: the path leads nowhere)
    const put = (list: Item[], k: number): Item[] | null => {
      const old = list[path[k]!];
      if (!old) return null;
      const inner = k === path.length - 1 ? null : put(old.children, k + 1);
      if (k < path.length - 1 && !inner) return null;
      const copy = list.slice();
      copy[path[k]!] = inner ? { ...old, children: inner } : { ...old, text };
      return copy;
    };
    const next = put(out, 0);
    if (!next || !path.length) return null;
    out = next;
  }
  return out;
}

/** Every item of a tree by id. */
export function indexItems(items: Item[], into = new Map<string, Item>()): Map<string, Item> {
  for (const it of items) {
    into.set(it.id, it);
    indexItems(it.children, into);
  }
  return into;
}

/** Labels of the blocks: `1)`, `a)`, `–`, counted per enclosing item. */
export function blockLabels(depths: number[]): string[] {
  const counters = [0, 0, 0];
  return depths.map((d) => {
    counters[d]!++;
    for (let k = d + 1; k < 3; k++) counters[k] = 0;
    if (d === 0) return `${counters[0]})`;
    if (d === 1) return `${Citation.letterLabel(counters[1]!)})`;
    return '–';
  });
}

/**
 * Closing punctuation of each block (Zasady techniki prawodawczej as applied to zarządzenia): `:` before its
 * letters or tirets; a punkt `;`, the last one `.`; a litera or tiret `,`, the last of its list ends as the
 * item that holds it would end.
 */
export function blockEndings(depths: number[]): string[] {
  const n = depths.length;
  const endAt = (i: number): string => {
    const d = depths[i]!;
    // the next block that is not inside this one
    let j = i + 1;
    while (j < n && depths[j]! > d) j++;
    if (j < n && depths[j] === d) return d === 0 ? ';' : ',';
    if (d === 0) return '.';
    // last of its list: ends like its parent
    let p = i - 1;
    while (p >= 0 && depths[p]! >= d) p--;
    return p >= 0 ? endAt(p) : '.';
  };
  return depths.map((d, i) => (i + 1 < n && depths[i + 1]! > d ? ':' : endAt(i)));
}


/**
 * Cleans text pasted from Word or a PDF into blocks: each line that starts with a label (`1)`, `1.`, `a)`,
 * `–`, `-`, `•`) starts an item at the label's depth (number 0, letter 1, dash 2); a line without a label
 * continues the item before it (a line broken inside a sentence, a word split with a hyphen is joined);
 * labels and closing punctuation are dropped (they are generated). Out: text and depth of each item.
 */
export function cleanPaste(text: string): Array<{ text: string; depth: 0 | 1 | 2 }> {
  const out: Array<{ text: string; depth: 0 | 1 | 2 }> = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    // labels as the lexicon reads them at the start of a text (`core/lexicon/labels.ts`)
    const m = leadingLabel(line);
    if (m || !out.length) {
      const depth = !m ? 0 : m.kind === 'letter' ? 1 : m.kind === 'tiret' ? 2 : 0;
      out.push({ text: m ? m.rest.trim() : line, depth });
    } else {
      const last = out[out.length - 1]!;
      // `koordy-` + `nacja` is one word; `Informacyjno-` + `Promocyjnych` keeps its hyphen
      if (/\p{L}-$/u.test(last.text)) last.text = /^\p{Lu}/u.test(line) ? last.text + line : last.text.slice(0, -1) + line;
      else last.text = `${last.text} ${line}`;
    }
  }
  for (const it of out) it.text = it.text.replace(/\s*[;,.:]\s*$/, '').trim();
  return out;
}

/**
 * Where the item at block `i` goes when moved one place up (`-1`) or down (`1`) among its siblings (Alt+↑/↓):
 * the item moves with its letters and tirets (the blocks below it that are deeper), past the whole previous or
 * next sibling. Out: the moves to make, as `{ from, to, count }` — move `count` blocks starting at `from` so that
 * they start at `to` (indexes before the move) — or null at the edge of its list (first or last of its level
 * under the same item).
 */
export function siblingMove(depths: number[], i: number, dir: -1 | 1): { from: number; to: number; count: number } | null {
  const d = depths[i];
  if (d === undefined) return null;
  const endOf = (k: number) => {
    let j = k + 1;
    while (j < depths.length && depths[j]! > depths[k]!) j++;
    return j;
  };
  const end = endOf(i);
  if (dir === -1) {
    let p = i - 1;
    while (p >= 0 && depths[p]! > d) p--;
    if (p < 0 || depths[p]! !== d) return null;
    return { from: i, to: p, count: end - i };
  }
  if (end >= depths.length || depths[end]! !== d) return null;
  // the next sibling (with its own sub-items) moves in front of this item
  return { from: end, to: i, count: endOf(end) - end };
}
