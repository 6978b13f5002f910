/**
 * Which chip a key opens (renderer/src/editor/chip-caret.ts): Alt+Enter the chip beside the caret (the one before
 * it first), Enter only a selected chip (so Enter beside a chip still makes a new point); turning a chip into its
 * words keeps the text around it and puts the caret after them.
 */
import { createEditor, Editor, Node, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { chipAtCaret, unlinkChip } from '../../../renderer/src/editor/chip-caret.js';
import type { RefElement } from '../../../renderer/src/editor/slate-types.js';

const chip = (targetId: string): RefElement => ({ type: 'ref', ref: { kind: 'provision', targetId, form: 'paragraf' }, children: [{ text: '' }] });

/** One block: `o której mowa w ` [chip p1] ` oraz ` [chip p2] `` */
function editorWith(): Editor {
  const editor = createEditor();
  editor.isInline = (el) => el.type === 'ref';
  editor.isVoid = (el) => el.type === 'ref';
  editor.children = [{ type: 'item', id: 't1', depth: 0, children: [{ text: 'o której mowa w ' }, chip('p1'), { text: ' oraz ' }, chip('p2'), { text: '' }] }] as Descendant[];
  return editor;
}

const at = (editor: Editor, path: number[], offset: number, focus?: { path: number[]; offset: number }) => {
  editor.selection = { anchor: { path, offset }, focus: focus ?? { path, offset } };
};
const target = (e: ReturnType<typeof chipAtCaret>) => (e ? (e[0].ref as { targetId: string }).targetId : null);

describe('the chip a key opens', () => {
  it('Alt+Enter: the chip just before the caret, else just after it; none in the middle of words', () => {
    const editor = editorWith();
    at(editor, [0, 2], 0); // right after chip p1
    expect(target(chipAtCaret(editor, true))).toBe('p1');
    at(editor, [0, 2], 6); // right before chip p2
    expect(target(chipAtCaret(editor, true))).toBe('p2');
    at(editor, [0, 0], 16); // right before chip p1
    expect(target(chipAtCaret(editor, true))).toBe('p1');
    at(editor, [0, 4], 0); // after p2, at the end
    expect(target(chipAtCaret(editor, true))).toBe('p2');
    at(editor, [0, 2], 3); // inside ` oraz `
    expect(chipAtCaret(editor, true)).toBeNull();
    at(editor, [0, 0], 3);
    expect(chipAtCaret(editor, true)).toBeNull();
  });

  it('Enter: only a selected chip (a selection holding it and no words), never a chip beside the caret', () => {
    const editor = editorWith();
    at(editor, [0, 2], 0);
    expect(chipAtCaret(editor, false)).toBeNull();
    at(editor, [0, 0], 16, { path: [0, 2], offset: 0 }); // Shift+→ over p1
    expect(target(chipAtCaret(editor, false))).toBe('p1');
    at(editor, [0, 1, 0], 0); // the caret inside the void (a clicked chip)
    expect(target(chipAtCaret(editor, false))).toBe('p1');
    at(editor, [0, 0], 10, { path: [0, 2], offset: 0 }); // words and the chip: not a chip selection
    expect(chipAtCaret(editor, false)).toBeNull();
    at(editor, [0, 0], 16, { path: [0, 4], offset: 0 }); // two chips
    expect(chipAtCaret(editor, false)).toBeNull();
  });

  it('turning a chip into its words keeps the text around it and puts the caret after them', () => {
    const editor = editorWith();
    expect(unlinkChip(editor, [0, 1], '§ 5 pkt 2')).toBe(true);
    expect(Node.string(editor.children[0]!)).toBe('o której mowa w § 5 pkt 2 oraz ');
    expect(Editor.string(editor, { anchor: Editor.start(editor, [0]), focus: editor.selection!.anchor })).toBe('o której mowa w § 5 pkt 2');
    expect((editor.children[0] as { children: unknown[] }).children.filter((c) => (c as { type?: string }).type === 'ref')).toHaveLength(1);
    expect(unlinkChip(editor, [0, 0], 'x')).toBe(false);
  });
});
