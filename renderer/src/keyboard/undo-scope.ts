/**
 * Whose undo Ctrl+Z (Cofnij) and Ctrl+Y (Ponów) are, where the focus is (issue 13: undo in plain fields as a user
 * expects). A text field of a dialog, a field outside the draft editor (the registry's search, the settings) and a
 * field of a form of its own inside the editor (marked `data-own-undo`: the author's name, an answer of the coverage
 * ledger being written) keep the browser's own undo of what was typed in them. Everything else in the editor — the
 * scope editors (Slate), and the fields whose text is the draft's (names, symbols, the title: typed text goes into
 * the one history of the draft) — is the draft's one history (`draft-editor.tsx`).
 */

/** `field`: the focused field's own undo (the browser's); `editor`: the draft's history. */
export type UndoScope = 'field' | 'editor';

/** Input types whose text the browser's undo restores. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** True for an editable `<textarea>` or text `<input>` (not read-only, not disabled). */
export function isTextField(el: Element | null): el is HTMLInputElement | HTMLTextAreaElement {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  return TEXT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) && !input.readOnly && !input.disabled;
}

/** Whose undo a key press or the menu's Cofnij means with the focus on `el` (see the module doc). */
export function undoScope(el: Element | null): UndoScope {
  if (!isTextField(el)) return 'editor';
  if (el.closest('[aria-modal="true"], [data-own-undo]') || !el.closest('.editor')) return 'field';
  return 'editor';
}
