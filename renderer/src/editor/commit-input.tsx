/**
 * A text field that commits its value to the model when the user pauses (`delayMs`), leaves the field or
 * presses Enter, instead of on every keystroke: register edits are events (a rename, a new symbol), they are
 * validated by core/draft, and a name is not trimmed while it is being typed. While the field has focus its
 * text is the user's; otherwise it follows the model. `multiline` shows a long name whole: a text area that grows
 * with its text (one paragraph: Enter commits, never a line break).
 */
import { createElement, useContext, useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { RevisionContext } from './edit-history.js';

export interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
  delayMs?: number;
  /** Applied to the text as typed (e.g. upper case for symbols). */
  transform?: (s: string) => string;
  /** A text area that wraps and grows instead of a one-line field (long unit names). */
  multiline?: boolean;
}

/** Commits of fields typed in but not yet committed (their pause has not passed). */
const uncommitted = new Set<() => void>();

/** Commits every field with text not yet committed: before saving when the window closes, nothing typed is left out. */
export function commitPendingInputs(): void {
  for (const commit of [...uncommitted]) commit();
}

export function CommitInput({ value, onCommit, delayMs = 600, transform, multiline = false, ...rest }: CommitInputProps) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(value);
  // an undo, a redo or a change made elsewhere: the model's text wins even while the field has focus
  const revision = useContext(RevisionContext);

  useEffect(() => {
    if (!focused.current) setText(value);
    last.current = value;
  }, [value]);
  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setText(last.current);
  }, [revision]);
  const pendingCommit = useRef<(() => void) | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    if (pendingCommit.current) uncommitted.delete(pendingCommit.current);
  }, []);

  const commit = (t: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pendingCommit.current) uncommitted.delete(pendingCommit.current);
    pendingCommit.current = null;
    if (t !== last.current) onCommit(t);
  };

  return createElement(multiline ? 'textarea' : 'input', {
    ...rest,
    ...(multiline ? { rows: 1 } : {}),
    value: text,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commit(text);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        if (multiline) e.preventDefault();
        commit(text);
      }
      // Ctrl+Z on text not yet committed takes back that typing only (the draft's history never saw it)
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey && text !== last.current) {
        e.preventDefault();
        e.stopPropagation();
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        setText(last.current);
      }
      rest.onKeyDown?.(e);
    },
    onChange: (e: { target: { value: string } }) => {
      // a name is one line: line breaks pasted into a text area become spaces
      const raw = multiline ? e.target.value.replace(/\s*\n\s*/g, ' ') : e.target.value;
      const t = transform ? transform(raw) : raw;
      setText(t);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(t), delayMs);
      if (pendingCommit.current) uncommitted.delete(pendingCommit.current);
      pendingCommit.current = () => commit(t);
      uncommitted.add(pendingCommit.current);
    },
  });
}
