/**
 * Slate's custom types for the scope editors: a scope is a flat list of `item` blocks, each with a depth
 * (0 punkt, 1 litera, 2 tiret). The tree of the model (`Item.children`) is rebuilt from the depths, so that
 * Enter, Tab and Shift+Tab are simple operations on one block.
 */
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';

/** One editorial unit of a scope: its id (the model's `Item.id`), depth, and text (no label, no punctuation). */
export interface ItemElement {
  type: 'item';
  id: string;
  depth: 0 | 1 | 2;
  children: Array<{ text: string }>;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: ItemElement;
    Text: { text: string };
  }
}
