/**
 * The draft's one editing history: snapshots of the order, so that an undo takes back typing in a scope editor,
 * a renamed unit, a moved task or an applied fix alike (Ctrl+Z anywhere in the editor, Edycja → Cofnij). Typing
 * in one place within {@link TYPING_STEP_MS} of the previous keystroke joins the same step. Pure data structure;
 * the editor holds one and re-renders after each change.
 */
import { createContext } from 'react';

/** Keystrokes in the same field within this many milliseconds make one undo step. */
export const TYPING_STEP_MS = 1500;
/** Undo steps kept. */
export const HISTORY_LIMIT = 300;

export class EditHistory<T> {
  past: T[] = [];
  future: T[] = [];
  private lastTyping = 0;
  private lastKey: string | null = null;

  /**
   * Records that `prev` was replaced. `typingKey` names the field typed in (null for a change that is not typing):
   * typing in the same field within {@link TYPING_STEP_MS} does not start a new step. `now` in ms.
   */
  record(prev: T, typingKey: string | null, now: number): void {
    const joins = typingKey !== null && typingKey === this.lastKey && now - this.lastTyping <= TYPING_STEP_MS;
    if (!joins) this.past.push(prev);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.lastTyping = typingKey !== null ? now : 0;
    this.lastKey = typingKey;
    this.future = [];
  }

  /** The state to go back to from `current`, or null when there is none. */
  undo(current: T): T | null {
    const prev = this.past.pop();
    if (prev === undefined) return null;
    this.future.push(current);
    this.lastKey = null;
    return prev;
  }

  /** The state to go forward to from `current`, or null. */
  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }
}

/** What the editor's text fields need of the history: undo and redo (Ctrl+Z, Ctrl+Y inside them). Stable. */
export interface HistoryControls {
  undo(): void;
  redo(): void;
}

export const HistoryContext = createContext<HistoryControls>({ undo: () => {}, redo: () => {} });

/**
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z in an editor of the draft go to the draft's one history, not the editor's own.
 * In: the key event (anything with the modifier flags, `key` and `preventDefault`) and the draft's history controls.
 * Out: true when the key was one of them and was handled (its default prevented).
 */
export function historyKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; preventDefault(): void }, history: HistoryControls): boolean {
  const k = e.key.toLowerCase();
  if (!(e.ctrlKey || e.metaKey) || e.altKey || (k !== 'z' && k !== 'y')) return false;
  e.preventDefault();
  if (k === 'y' || e.shiftKey) history.redo();
  else history.undo();
  return true;
}

/**
 * A number that grows with every undo, redo and change not typed in place: a field that keeps its own text while
 * focused (CommitInput) takes the model's text again when it changes.
 */
export const RevisionContext = createContext(0);
