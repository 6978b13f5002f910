/**
 * Inserting a provision reference (Wstaw odesłanie do przepisu…, Ctrl+Shift+K, menu Edycja): the picker lists every
 * addressable place of the draft (paragrafy, ustępy of generic paragrafy, punkty, litery, tirety) by its current
 * citation and words; the one chosen is inserted at the caret of the rich-text editor last used (a scope editor, a
 * common duty, a scope in one sentence: any {@link rememberRichEditor} caller), as a live reference chip
 * (`core/model/inline.ts` ProvisionRef) that follows renumbering. A place inside the same editorial unit is cited
 * relatively (`pkt 2` within § 5, `lit. b` within a punkt), any other from the paragraf (`§ 4 pkt 2`).
 * Clicking a provision chip goes to its target ({@link jumpToProvision}).
 */
import { useCallback, useState, type ReactNode } from 'react';
import { Transforms, type BaseSelection, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { Citation } from '../../../core/model/citation.js';
import type { ProvisionRef } from '../../../core/model/inline.js';
import { locateAll } from '../../../core/model/locate.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError } from '../../../electron/contract/api.js';
import { announce } from '../keyboard/announcer.js';
import { UnitPicker, type PickerWords } from '../keyboard/unit-picker.js';
import { formFor, provisionTargets } from './provision-targets.js';
import type { RefElement } from './slate-types.js';

/**
 * Where a reference inserted at a caret of an editor stands in the model: the id of the item, ustęp or unit whose
 * text holds the caret (its citation decides the form of the reference, and it is left out of the picker), or
 * null when the caret is in no text.
 */
export type CaretHost = (editor: Editor, selection: NonNullable<BaseSelection>) => string | null;

/** The rich-text editor the user was last in (its caret is where a reference goes), with how to read its host. */
let last: { editor: Editor; host: CaretHost } | null = null;

/** Called by a rich-text editor when it gets the focus. */
export function rememberRichEditor(editor: Editor, host: CaretHost): void {
  last = { editor, host };
}

/** Called by a rich-text editor when it goes away. */
export function forgetRichEditor(editor: Editor): void {
  if (last?.editor === editor) last = null;
}

const WORDS: PickerWords = {
  field: 'Przepis (wpisz oznaczenie, np. § 5 pkt 2, albo słowa jego tekstu)',
  list: 'Przepisy projektu',
  none: 'Żaden przepis nie pasuje.',
  count: (n) => (n === 1 ? '1 przepis' : `Przepisy: ${n}`),
  action: 'Wstaw',
};

/**
 * The picker and the command that opens it. In: the order as shown, and where errors go. Out: `open()` for the menu
 * command (an error when no rich-text editor has a caret), `dialog` to render.
 */
export function useProvisionPicker(order: Order, onError: (e: ApiError) => void): { open(): void; dialog: ReactNode } {
  const [at, setAt] = useState<{ editor: Editor; selection: NonNullable<BaseSelection>; hostId: string } | null>(null);
  const open = useCallback(() => {
    const editor = last?.editor;
    const selection = editor?.selection;
    const hostId = editor && selection ? last!.host(editor, selection) : null;
    if (!editor || !selection || hostId === null) {
      onError({ code: 'no-caret', message: 'Aby wstawić odesłanie, umieść kursor w tekście zadania, obowiązku lub zakresu działania, w miejscu odesłania.' });
      return;
    }
    setAt({ editor, selection, hostId });
  }, [onError]);

  const insert = (targetId: string) => {
    if (!at) return;
    setAt(null);
    const cites = locateAll(order);
    const target = cites.get(targetId);
    if (!target) return;
    const ref: ProvisionRef = { kind: 'provision', targetId, form: formFor(target, cites.get(at.hostId) ?? null) };
    const chip: RefElement = { type: 'ref', ref, children: [{ text: '' }] };
    const { editor, selection } = at;
    ReactEditor.focus(editor);
    Transforms.select(editor, selection);
    Transforms.insertNodes(editor, chip);
    Transforms.move(editor);
    announce(`Wstawiono odesłanie do ${Citation.format(target)}.`);
  };

  const dialog = at ? (
    <UnitPicker
      title="Wstaw odesłanie do przepisu"
      description="Odesłanie podąża za przepisem: po zmianie numeracji oznaczenie zmienia się samo."
      targets={provisionTargets(order).filter((t) => t.id !== at.hostId)}
      words={WORDS}
      onCancel={() => {
        const { editor, selection } = at;
        setAt(null);
        ReactEditor.focus(editor);
        Transforms.select(editor, selection);
      }}
      onPick={insert}
    />
  ) : null;
  return { open, dialog };
}

/**
 * Goes to the place a provision chip names: scrolls to it, marks it for a moment and puts the caret at the start of a
 * task's text. In: the target's id and its paragraf number (for a target shown only as its paragraf). Out: false
 * when nothing of it is on the screen.
 */
export function jumpToProvision(targetId: string, paragraf: number | null): boolean {
  const el = document.querySelector<HTMLElement>(`[data-id="${CSS.escape(targetId)}"]`) ?? (paragraf ? document.querySelector<HTMLElement>(`[data-paragraf="${paragraf}"]`) : null);
  if (!el) return false;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
  const editable = el.closest<HTMLElement>('[data-slate-editor]');
  const text = el.querySelector('[data-slate-string], [data-slate-zero-width]');
  if (editable && text?.firstChild) {
    editable.focus();
    const range = document.createRange();
    range.setStart(text.firstChild, 0);
    range.collapse(true);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}
