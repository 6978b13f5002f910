/**
 * A text field that commits its value to the model when the user pauses (`delayMs`), leaves the field or
 * presses Enter, instead of on every keystroke: register edits are events (a rename, a new symbol), they are
 * validated by core/draft, and a name is not trimmed while it is being typed. While the field has focus its
 * text is the user's; otherwise it follows the model. `multiline` shows a long name whole: a text area that grows
 * with its text (one paragraph: Enter commits, never a line break). A value the model refuses (`onCommit` returns
 * false: an empty name, a symbol another unit has) is marked invalid while the field has focus, so the user can
 * correct it, and gives way to the model's value when the field is left: the field never shows what was not saved.
 */
import { createElement, useContext, useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { RevisionContext } from './edit-history.js';

export interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Commits the text; false when the model refused it (its message is shown by the caller). */
  onCommit(value: string): void | boolean;
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
  // the text last refused by the model (null: none); the field shows it as invalid until corrected or left
  const [refused, setRefused] = useState<string | null>(null);
  // an undo, a redo or a change made elsewhere: the model's text wins even while the field has focus
  const revision = useContext(RevisionContext);

  useEffect(() => {
    if (!focused.current) setText(value);
    last.current = value;
    setRefused(null);
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
    if (t === last.current) {
      setRefused(null);
      return true;
    }
    const accepted = onCommit(t) !== false;
    setRefused(accepted ? null : t);
    return accepted;
  };

  return createElement(multiline ? 'textarea' : 'input', {
    ...rest,
    ...(multiline ? { rows: 1 } : {}),
    value: text,
    ...(refused !== null && refused === text ? { 'aria-invalid': true } : {}),
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      // a refused text is not left on show: the field reads as the model does (the message said why)
      if (refused === text || !commit(text)) {
        setText(last.current);
        setRefused(null);
      }
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
