/**
 * Opening a reference chip from the keyboard, in every rich-text editor (scope editors, common duties, a scope in one
 * sentence): Alt+Enter opens the chip beside the caret (the one just before it first), Enter opens a chip that is
 * selected (Shift+→ over it, or clicked). Alt+Enter is what Windows gives to "properties of the selected item"
 * (Explorer, Word's field and hyperlink dialogs are reached from the context menu), and plain Enter beside a chip
 * must stay Enter (a new point). The chip opens as a small dialog that names what the reference is and what it
 * points at now, and offers to go there, or to turn the reference into plain words; Escape (or Zamknij) closes it
 * and puts the caret back right after the chip (WAI-ARIA Authoring Practices, "Dialog (Modal)").
 */
import { useCallback, useContext, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Editor, Node, Range, Transforms, type Path } from 'slate';
import { createPortal } from 'react-dom';
import { ReactEditor } from 'slate-react';
import type { Reference } from '../../../core/model/inline.js';
import { announce } from '../keyboard/announcer.js';
import { useModal } from '../keyboard/use-modal.js';
import { jumpToProvision } from './provision-picker.js';
import { provisionTargets } from './provision-targets.js';
import { KIND_LABEL, openUnit, paragrafOfProvision, RefTextContext, type RefWords } from './ref-chip.js';
import { chipAtCaret, isRef, unlinkChip } from './chip-caret.js';
import type { RefElement } from './slate-types.js';

/** What a reference points at now, for the dialog: `§ 5 pkt 2 — prowadzenie kontroli`, `Biuro Prasowe (KS-02)`. */
function targetWords(ref: Reference, store: RefWords): string | null {
  const order = store.order;
  if (!order) return null;
  switch (ref.kind) {
    case 'provision':
      return provisionTargets(order).find((t) => t.id === ref.targetId)?.label ?? null;
    case 'unit': {
      const u = order.units.find((x) => x.id === ref.unitId);
      return u ? `${u.name}${u.symbol ? ` (${u.symbol})` : ''}` : null;
    }
    case 'subject':
      return order.meta.subject ?? null;
    case 'deputy':
      return order.leadership?.deputies.find((d) => d.id === ref.deputyId)?.name ?? null;
    case 'position':
      for (const u of order.units) if (u.scope.kind === 'tasks') for (const p of u.scope.positions) if (p.id === ref.positionId) return `${p.name} (${u.name})`;
      return null;
  }
}

interface ChipDialogProps {
  chip: RefElement;
  /** Closes the dialog; the caret goes back after the chip. */
  onClose(): void;
  /** Goes to what the chip points at (closing the dialog); absent when it points at nothing on the screen. */
  onGo: (() => void) | null;
  /** Turns the reference into its words as plain text. */
  onUnlink(): void;
}

function ChipDialog({ chip, onClose, onGo, onUnlink }: ChipDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useModal(ref, onClose);
  const id = useId();
  const store = useContext(RefTextContext);
  const words = store.text(chip.ref);
  const target = targetWords(chip.ref, store);
  const gone = target === null && chip.ref.kind !== 'subject';
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} className="dialog chip-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-ref-kind={chip.ref.kind}>
        <h2 id={`${id}-title`}>{KIND_LABEL[chip.ref.kind]}</h2>
        <dl id={`${id}-desc`} className="chip-facts">
          <dt>W tekście</dt>
          <dd className="legal chip-words">{words}</dd>
          <dt>{chip.ref.kind === 'provision' ? 'Przepis' : 'Wskazuje'}</dt>
          <dd className="legal">{gone ? 'element usunięty z projektu' : (target ?? words)}</dd>
        </dl>
        <p className="muted hint">
          {chip.ref.kind === 'provision'
            ? 'Odesłanie podąża za przepisem: po zmianie numeracji oznaczenie zmienia się samo.'
            : 'Wzmianka podąża za rejestrem: po zmianie nazwy lub symbolu tekst zmienia się sam.'}
        </p>
        <div className="dialog-actions">
          {onGo && (
            <button type="button" className="button button-primary" onClick={onGo} data-autofocus="">
              {chip.ref.kind === 'provision' ? 'Przejdź do przepisu' : 'Pokaż w § 2'}
            </button>
          )}
          <button type="button" className="button" onClick={onUnlink} title="Tekst zostaje, ale przestaje podążać za rejestrem i numeracją">
            Zamień na zwykły tekst
          </button>
          <button type="button" className="button" onClick={onClose} data-autofocus={onGo ? undefined : ''}>Zamknij</button>
        </div>
      </div>
    </div>
  );
}

/**
 * The keys that open a chip of `editor` and the dialog they open. Out: `onKeyDown` for the editor's own handler
 * (true when it took the key: call it first), and `dialog` to render beside the editor.
 */
export function useChipDialog(editor: Editor): { onKeyDown(e: KeyboardEvent): boolean; dialog: ReactNode } {
  const [open, setOpen] = useState<{ chip: RefElement; path: Path } | null>(null);
  const store = useContext(RefTextContext);

  const onKeyDown = useCallback(
    (e: KeyboardEvent): boolean => {
      if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey) return false;
      // the caret as the browser has it now (Slate takes a moved selection in only after a short delay)
      const dom = window.getSelection();
      const range = dom?.rangeCount ? ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true }) : null;
      // a selection of no words at all (Shift+← at the end of a field selects only the browser's zero-width
      // character after a chip) stands for the chip beside it, as the user sees it
      const wordless = !!dom && !dom.isCollapsed && !!range && Range.isCollapsed(range);
      const entry = chipAtCaret(editor, e.altKey || wordless, range ?? editor.selection);
      if (!entry) return false;
      e.preventDefault();
      setOpen({ chip: entry[0], path: entry[1] });
      return true;
    },
    [editor],
  );

  if (!open) return { onKeyDown, dialog: null };
  const { chip, path } = open;
  /** The caret right after the chip (only the focus back when the chip is gone). */
  const caretBack = () => {
    ReactEditor.focus(editor);
    if (Node.has(editor, path) && isRef(Node.get(editor, path))) Transforms.select(editor, Editor.after(editor, path) ?? Editor.end(editor, []));
  };
  const close = () => {
    setOpen(null);
    caretBack();
  };
  const ref = chip.ref;
  let go: (() => void) | null = null;
  if (ref.kind === 'provision') {
    const paragraf = paragrafOfProvision(ref, store);
    if (document.querySelector(`[data-id="${CSS.escape(ref.targetId)}"]`) || (paragraf && document.querySelector(`[data-paragraf="${paragraf}"]`))) {
      go = () => {
        setOpen(null);
        requestAnimationFrame(() => jumpToProvision(ref.targetId, paragraf));
      };
    }
  } else if (ref.kind === 'unit' && document.querySelector(`.register-edit tr[data-unit-id="${CSS.escape(ref.unitId)}"]`)) {
    go = () => {
      setOpen(null);
      requestAnimationFrame(() => openUnit(ref.unitId));
    };
  }
  const unlink = () => {
    const words = store.text(ref);
    setOpen(null);
    ReactEditor.focus(editor);
    unlinkChip(editor, path, words);
    announce(`Odesłanie zamienione na tekst: ${words}.`);
  };
  // over the whole window, whatever box the editor sits in
  return { onKeyDown, dialog: createPortal(<ChipDialog chip={chip} onClose={close} onGo={go} onUnlink={unlink} />, document.body) };
}
