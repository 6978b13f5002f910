/**
 * An open scope editor brought to a list changed elsewhere (undo, a fix, a moved task) with Slate operations:
 * the content ends equal to the target, and the caret stays in the words it was in.
 */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { syncBlocks, textEdit } from '../../../renderer/src/editor/scope-sync.js';
import { siblingMove } from '../../../renderer/src/editor/scope-blocks.js';
import type { ItemElement } from '../../../renderer/src/editor/slate-types.js';

const b = (id: string, text: string, depth: 0 | 1 | 2 = 0): ItemElement => ({ type: 'item', id, depth, children: [{ text }] });

function editorWith(blocks: ItemElement[]): Editor {
  const e = createEditor();
  e.children = structuredClone(blocks) as Descendant[];
  return e;
}

describe('textEdit', () => {
  it('keeps the common start and end', () => {
    expect(textEdit('prowadzenie spraw kadrowych', 'prowadzenie wszystkich spraw kadrowych')).toEqual({ at: 12, remove: 0, insert: 'wszystkich ' });
    expect(textEdit('abcdef', 'abef')).toEqual({ at: 2, remove: 2, insert: '' });
    expect(textEdit('same', 'same')).toBeNull();
  });
});

describe('syncBlocks', () => {
  it('changes text in place and the caret after the change moves with it', () => {
    const e = editorWith([b('a', 'obsługa sekretariatu'), b('b', 'prowadzenie rejestru skarg')]);
    Transforms.select(e, { path: [1, 0], offset: 'prowadzenie rejestru'.length });
    const n = syncBlocks(e, [b('a', 'obsługa sekretariatu Wydziału'), b('b', 'prowadzenie centralnego rejestru skarg')]);
    expect(n).toBeGreaterThan(0);
    expect(e.children).toEqual([b('a', 'obsługa sekretariatu Wydziału'), b('b', 'prowadzenie centralnego rejestru skarg')]);
    // the caret was after „rejestru”: it still is
    const at = e.selection!.anchor;
    expect(at.path).toEqual([1, 0]);
    expect(Editor.string(e, { anchor: { path: [1, 0], offset: 0 }, focus: at })).toBe('prowadzenie centralnego rejestru');
  });

  it('removes, inserts, moves and re-levels blocks by id; the caret stays in its block', () => {
    const e = editorWith([b('a', 'pierwsze'), b('b', 'drugie'), b('c', 'trzecie'), b('d', 'czwarte')]);
    Transforms.select(e, { path: [2, 0], offset: 3 });
    syncBlocks(e, [b('c', 'trzecie'), b('a', 'pierwsze'), b('x', 'nowe', 1), b('d', 'czwarte', 1)]);
    expect(e.children).toEqual([b('c', 'trzecie'), b('a', 'pierwsze'), b('x', 'nowe', 1), b('d', 'czwarte', 1)]);
    expect(e.selection!.anchor).toEqual({ path: [0, 0], offset: 3 });
  });

  it('does nothing when the content is already the target, or both lists are empty', () => {
    const e = editorWith([b('a', 'pierwsze')]);
    expect(syncBlocks(e, [b('a', 'pierwsze')])).toBe(0);
    const empty = editorWith([b('x', '')]);
    expect(syncBlocks(empty, [b('y', '')])).toBe(0);
  });

  it('replaces the content of a block whose children are not one plain text', () => {
    const e = editorWith([b('a', 'tekst')]);
    const rich = { type: 'item', id: 'a', depth: 0, children: [{ text: 'tekst ' }, { text: 'pogrubiony', bold: true }] } as unknown as ItemElement;
    syncBlocks(e, [rich]);
    expect(e.children).toEqual([rich]);
  });
});

describe('siblingMove (Alt+↑/↓)', () => {
  it('moves a point with its letters past the previous or next point', () => {
    // 1) a) b) 2) 3) a)
    const depths = [0, 1, 1, 0, 0, 1];
    expect(siblingMove(depths, 3, -1)).toEqual({ from: 3, to: 0, count: 1 });
    expect(siblingMove(depths, 0, 1)).toEqual({ from: 3, to: 0, count: 1 });
    expect(siblingMove(depths, 3, 1)).toEqual({ from: 4, to: 3, count: 2 });
    expect(siblingMove(depths, 0, -1)).toBeNull();
    expect(siblingMove(depths, 4, 1)).toBeNull();
  });
  it('keeps a letter under its point', () => {
    const depths = [0, 1, 1, 0, 1];
    expect(siblingMove(depths, 2, -1)).toEqual({ from: 2, to: 1, count: 1 });
    expect(siblingMove(depths, 1, -1)).toBeNull();
    expect(siblingMove(depths, 2, 1)).toBeNull();
    expect(siblingMove(depths, 4, -1)).toBeNull();
  });
});
