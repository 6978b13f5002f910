/**
 * Bringing an open scope editor to a list changed elsewhere (an undo, a fix of a finding, a task moved in or out,
 * a restored version) with Slate operations instead of a remount: blocks matched by id are moved, re-levelled and
 * their text changed by the smallest edit (common start and end kept); blocks that left are removed and new ones
 * inserted. Slate moves the selection with every operation, so the caret and the selection stay where they were
 * (in the same words of the same point), and nothing else of the editor (focus, scroll) is touched.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Editor, Transforms, type Descendant } from 'slate';
import type { ItemElement } from './slate-types.js';

/** A text leaf (the children of a block are text leaves and reference chips). */
type Leaf = { text: string };

/** True when a block holds one plain text leaf (no marks, no inline elements). */
function plainText(children: readonly unknown[]): children is [Leaf] {
  if (children.length !== 1) return false;
  const c = children[0] as Record<string, unknown>;
  return typeof c.text === 'string' && Object.keys(c).length === 1;
}

/** The smallest replacement turning `a` into `b`: keep the common start and end. Out: start, removed length, inserted text. */
export function textEdit(a: string, b: string): { at: number; remove: number; insert: string } | null {
  if (a === b) return null;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { at: p, remove: a.length - p - s, insert: b.slice(p, b.length - s) };
}

/** Sets the block's own properties (depth, id, anything a later model adds) to the target's. */
function syncProps(editor: Editor, index: number, cur: ItemElement, want: ItemElement): void {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [k, v] of Object.entries(want)) if (k !== 'children' && JSON.stringify((cur as unknown as Record<string, unknown>)[k]) !== JSON.stringify(v)) set[k] = v;
  for (const k of Object.keys(cur)) if (k !== 'children' && !(k in want)) unset.push(k);
  if (Object.keys(set).length) Transforms.setNodes(editor, set as Partial<ItemElement>, { at: [index] });
  if (unset.length) Transforms.unsetNodes(editor, unset, { at: [index] });
}

/** Changes the block's content to the target's: a text edit for plain text, else its children replaced. */
function syncContent(editor: Editor, index: number, cur: ItemElement, want: ItemElement): void {
  if (plainText(cur.children) && plainText(want.children)) {
    const e = textEdit(cur.children[0].text, want.children[0].text);
    if (!e) return;
    const path = [index, 0];
    if (e.remove) Transforms.delete(editor, { at: { anchor: { path, offset: e.at }, focus: { path, offset: e.at + e.remove } } });
    if (e.insert) Transforms.insertText(editor, e.insert, { at: { path, offset: e.at } });
    return;
  }
  if (JSON.stringify(cur.children) === JSON.stringify(want.children)) return;
  for (let i = cur.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [index, i] });
  Transforms.insertNodes(editor, structuredClone(want.children) as Descendant[], { at: [index, 0] });
}

/**
 * Makes the editor's blocks equal to `target` with operations. In: the editor, the blocks it must show (ids
 * unique). Out: the number of operations applied (0 when it already showed them). A list that is empty in both
 * (one empty block, whatever its id) counts as equal, so an empty scope keeps its caret.
 */
export function syncBlocks(editor: Editor, target: ItemElement[]): number {
  const before = editor.operations.length;
  const children = () => editor.children as ItemElement[];
  const emptyList = (bs: ItemElement[]) => bs.length === 1 && plainText(bs[0]!.children) && bs[0]!.children[0].text === '' && bs[0]!.depth === 0;
  if (emptyList(children()) && emptyList(target)) return 0;
  Editor.withoutNormalizing(editor, () => {
    const wanted = new Set(target.map((b) => b.id));
    for (let i = children().length - 1; i >= 0; i--) if (!wanted.has(children()[i]!.id)) Transforms.removeNodes(editor, { at: [i] });
    target.forEach((want, t) => {
      if (children()[t]?.id !== want.id) {
        const k = children().findIndex((c, i) => i > t && c.id === want.id);
        if (k < 0) {
          Transforms.insertNodes(editor, structuredClone(want), { at: [t] });
          return;
        }
        Transforms.moveNodes(editor, { at: [k], to: [t] });
      }
      const cur = children()[t]!;
      syncProps(editor, t, cur, want);
      syncContent(editor, t, children()[t]!, want);
    });
  });
  return editor.operations.length - before;
}

/**
 * Keeps an open editor on the model's value (a scope's list, a field's text) without sending its own changes back to
 * itself: a value it sent comes back and is skipped (a later one may still be on its way); any other new value is
 * brought in with {@link syncBlocks}, the caret kept, and those operations are not the user's. In: the editor, the
 * model's value, its blocks, and what to do after a value from elsewhere was brought in (`changed`: operations were
 * applied). Out: `own()`, the user's operations of the editor's last change (none: nothing to send), and `send(v)`,
 * to call with each value sent to the model.
 */
export function useFollowModel<T>(editor: Editor, value: T, blocks: (v: T) => ItemElement[], followed?: (v: T, changed: boolean) => void): { own(): Editor['operations']; send(v: T): void } {
  const shown = useRef(value);
  const sent = useRef<T[]>([]);
  const ours = useRef(new WeakSet<object>());
  useLayoutEffect(() => {
    const at = sent.current.indexOf(value);
    if (at >= 0) {
      sent.current.splice(0, at + 1);
      return;
    }
    if (value === shown.current) return;
    sent.current = [];
    shown.current = value;
    const from = editor.operations.length;
    const changed = syncBlocks(editor, blocks(value)) > 0;
    if (changed) for (const op of editor.operations.slice(from)) ours.current.add(op);
    followed?.(value, changed);
    // `blocks` and `followed` are read when a new value comes, never a reason to follow again
  }, [value, editor]);
  // one object for the editor's life, so the callbacks that use it stay the same
  return useMemo(
    () => ({
      own: () => editor.operations.filter((op) => op.type !== 'set_selection' && !ours.current.has(op)),
      send: (v: T) => {
        shown.current = v;
        sent.current.push(v);
      },
    }),
    [editor],
  );
}

