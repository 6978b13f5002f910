/**
 * Slate's custom types for the scope editors: a scope is a flat list of `item` blocks, each with a depth
 * (0 punkt, 1 litera, 2 tiret). The tree of the model (`Item.children`) is rebuilt from the depths, so that
 * Enter, Tab and Shift+Tab are simple operations on one block.
 */
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Reference } from '../../../core/model/inline.js';

/**
 * A reference inside the text (a mention of a unit, the department, a deputy or a position, or a provision
 * reference): an inline void element holding the model's reference, shown as a chip with the words the register
 * gives it (Slate's mentions example, `site/examples/mentions.tsx`).
 */
export interface RefElement {
  type: 'ref';
  ref: Reference;
  children: [{ text: '' }];
}

/**
 * One editorial unit of a scope: its id (the model's `Item.id`), depth, and text (no label, no punctuation):
 * text leaves with reference chips between them.
 */
export interface ItemElement {
  type: 'item';
  id: string;
  depth: 0 | 1 | 2;
  children: Array<{ text: string } | RefElement>;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: ItemElement | RefElement;
    Text: { text: string };
  }
}
