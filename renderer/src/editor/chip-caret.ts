/**
 * Which reference chip a key press opens, and turning a chip into its words: pure operations on a Slate editor
 * (no DOM), shared by every rich-text editor through `chip-dialog.tsx` and tested without a window.
 */
import { Editor, Element as SlateElement, Node, Path, Range, Transforms, type BaseSelection, type NodeEntry } from 'slate';
import type { RefElement } from './slate-types.js';

/** True for a reference chip element. */
export const isRef = (n: unknown): n is RefElement => SlateElement.isElement(n) && n.type === 'ref';

/**
 * The chip a key press opens. In: the editor and whether the chip may be beside the caret (`adjacent`, Alt+Enter) or
 * must be selected (Enter: the selection holds a chip and no other words), and the selection (default: the
 * editor's). Out: the chip and its path, or null.
 */
export function chipAtCaret(editor: Editor, adjacent: boolean, sel: BaseSelection = editor.selection): NodeEntry<RefElement> | null {
  if (!sel) return null;
  const inside = [...Editor.nodes(editor, { at: sel, match: isRef })];
  if (inside.length === 1 && (Range.isCollapsed(sel) || Editor.string(editor, sel) === '')) return inside[0] as NodeEntry<RefElement>;
  if (!adjacent || !Range.isCollapsed(sel)) return null;
  // the caret in a text leaf: the chip just before it (caret at the leaf's start), else just after it (at its end)
  const { path, offset } = sel.anchor;
  if (path.length < 2) return null;
  const parent = Node.parent(editor, path);
  const index = path[path.length - 1]!;
  const leaf = Node.get(editor, path);
  const before = offset === 0 && index > 0 ? parent.children[index - 1] : undefined;
  if (isRef(before)) return [before, Path.previous(path)];
  const after = 'text' in leaf && offset === leaf.text.length ? parent.children[index + 1] : undefined;
  if (isRef(after)) return [after, Path.next(path)];
  return null;
}

/**
 * Replaces the chip at `path` by `words` as plain text and puts the caret after them. In: the editor, the chip's path,
 * its words now. Out: false (nothing done) when no chip is there. A chip always has a text leaf before it (Slate's
 * rule for inline elements), which takes the words.
 */
export function unlinkChip(editor: Editor, path: Path, words: string): boolean {
  if (!Node.has(editor, path) || !isRef(Node.get(editor, path)) || path[path.length - 1] === 0) return false;
  const leaf = Path.previous(path);
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    Transforms.insertText(editor, words, { at: Editor.end(editor, leaf) });
    Transforms.select(editor, Editor.end(editor, leaf));
  });
  return true;
}
