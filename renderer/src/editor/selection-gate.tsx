/**
 * One `selectionchange` listener for the window's Slate editors, which calls an editor's own listener only when the
 * change concerns it. slate-react's `<Editable>` adds a listener of its own to the document, and every call of it
 * reads the DOM selection and queues two timers (a debounce of 0 ms, then a throttle of 100 ms) before doing
 * anything else. A draft shows one editor per scope and per rich-text field (34 in the sample draft), so each
 * typed character, which moves the caret, ran 34 listeners and queued about 70 timer tasks on the window's thread
 * between the key and its frame, all but one or two for editors the selection was never in: for those the call
 * changes nothing (they only note that they are not focused, which they already knew).
 *
 * How: while an editor's `<Editable>` is being mounted inside {@link SelectionScope}, its `selectionchange`
 * listener is kept here with the editor instead of being added to the document. The one listener of the gate calls
 * it when the selection or the focus is in the editor's element now, or was at the previous change (so the editor
 * learns that the selection left it). A listener added anywhere else (React's own, another library's) goes to the
 * document as usual, and so does one whose editor cannot be told (it is then called at every change, as before).
 */
import { useLayoutEffect, type ReactNode } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/** The editor whose `<Editable>` effects run now (set just before them, cleared just after), or null. */
let owner: Editor | null = null;
/** The listeners kept by the gate, with their editors. */
const gated = new Map<EventListener, Editor>();
/** Editors the selection or the focus was in at the last change. */
let inside = new Set<Editor>();
let installed = false;

/** The DOM element of an editor, or null when it is not mounted. */
function elementOf(editor: Editor): HTMLElement | null {
  try {
    return ReactEditor.toDOMNode(editor as ReactEditor, editor);
  } catch {
    return null;
  }
}

/** Calls the listeners of the editors the change concerns (see the module doc). */
function dispatch(this: Document, event: Event): void {
  // a change inside a text field: slate-react's listeners ignore it, and the editors keep what they knew
  const tag = (event.target as HTMLElement | null)?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') return;
  const sel = document.getSelection();
  const active = document.activeElement;
  const now = new Set<Editor>();
  for (const [listener, editor] of [...gated]) {
    const el = elementOf(editor);
    const holds = !el || (sel?.anchorNode && el.contains(sel.anchorNode)) || (sel?.focusNode && el.contains(sel.focusNode)) || (active && el.contains(active));
    if (holds) now.add(editor);
    if (holds || inside.has(editor)) listener.call(this, event);
  }
  inside = now;
}

/** Puts the gate between the document and the listeners added while an editor is being mounted (once per window). */
function install(): void {
  if (installed) return;
  installed = true;
  const add = document.addEventListener.bind(document);
  const remove = document.removeEventListener.bind(document);
  document.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type === 'selectionchange' && owner && typeof listener === 'function' && options === undefined) {
      gated.set(listener, owner);
      return;
    }
    add(type, listener, options);
  }) as typeof document.addEventListener;
  document.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    if (type === 'selectionchange' && typeof listener === 'function' && gated.has(listener)) {
      const editor = gated.get(listener)!;
      gated.delete(listener);
      inside.delete(editor);
      return;
    }
    remove(type, listener, options);
  }) as typeof document.removeEventListener;
  add('selectionchange', dispatch);
}

/** Marks the start of an editor's effects (a layout effect runs before those of the siblings after it). */
function Claim({ editor }: { editor: Editor }) {
  useLayoutEffect(() => {
    install();
    owner = editor;
  });
  return null;
}

/** Marks their end. */
function Release() {
  useLayoutEffect(() => {
    owner = null;
  });
  return null;
}

/**
 * Wraps an editor's `<Editable>` (inside its `<Slate>`) so that its `selectionchange` listener goes through the
 * gate. In: the editor, and the `<Editable>` as children. Out: the children, unchanged.
 */
export function SelectionScope({ editor, children }: { editor: Editor; children: ReactNode }) {
  return (
    <>
      <Claim editor={editor} />
      {children}
      <Release />
    </>
  );
}
