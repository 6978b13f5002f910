/**
 * Chips for references inside the text (mentions of units, the department, deputies, positions; provision
 * references): an inline void element of the Slate editors showing the words the register gives the reference
 * now (Slate's mentions example, `site/examples/mentions.tsx`). The words come from {@link RefTextContext}, which
 * the draft editor provides from the current order, so a chip follows renaming and renumbering at once.
 */
import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Editor } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { Inline, Reference } from '../../../core/model/inline.js';
import type { Order } from '../../../core/model/order.js';
import { RichText, type TextContext } from '../../../core/model/rich-text.js';
import { jumpToProvision } from './provision-picker.js';
import type { RefElement } from './slate-types.js';

/**
 * The words of references from the current order, as a store: its identity never changes, so a new order does not
 * re-render the whole document through the context (a keystroke would otherwise walk every block of every scope);
 * each chip subscribes and re-renders only when its own words change ({@link useRefText}).
 */
export class RefWords {
  #order: Order | null;
  #ctx: TextContext | null = null;
  readonly #listeners = new Set<() => void>();
  constructor(order: Order | null) {
    this.#order = order;
  }
  /** The current order (null for an editor used without one). */
  get order(): Order | null {
    return this.#order;
  }
  /** Words of `ref` in the current order (what was recorded for it, without an order). */
  text(ref: Reference): string {
    if (!this.#order) return ref.written ?? '…';
    return RichText.refText(ref, (this.#ctx ??= RichText.context(this.#order)));
  }
  /** A rich text with its references written out. */
  words(text: readonly Inline[]): string {
    return text.map((i) => (typeof i === 'string' ? i : this.text(i))).join('');
  }
  /** Takes a new order and tells the subscribers (their words are read again, lazily). */
  set(order: Order): void {
    if (order === this.#order) return;
    this.#order = order;
    this.#ctx = null;
    for (const fn of [...this.#listeners]) fn();
  }
  /** Subscribes to changes of the order; out: the unsubscribe (React's `useSyncExternalStore` contract). */
  readonly subscribe = (fn: () => void): (() => void) => {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  };
}

/** The words of references (default: what was recorded for each, for an editor used without an order). */
const DEFAULT_WORDS = new RefWords(null);
export const RefTextContext = createContext<RefWords>(DEFAULT_WORDS);

/** The words of one reference now; re-renders the caller only when they change. */
export function useRefText(ref: Reference): string {
  const store = useContext(RefTextContext);
  return useSyncExternalStore(store.subscribe, () => store.text(ref));
}

/** A rich text with its references written out now; re-renders the caller only when the words change. */
export function useRichWords(text: readonly Inline[]): string {
  const store = useContext(RefTextContext);
  return useSyncExternalStore(store.subscribe, () => store.words(text));
}

/** Provides the words of references from `order` to the chips below (one store for the provider's life). */
export function RefTextProvider({ order, children }: { order: Order; children: ReactNode }) {
  const [store] = useState(() => new RefWords(order));
  useLayoutEffect(() => store.set(order), [store, order]);
  return (
    <RefTextContext.Provider value={store}>
      {/* what a screen reader says of a chip besides its words: its kind and how to open it (each chip points here) */}
      {(Object.keys(KIND_LABEL) as Reference['kind'][]).map((k) => (
        <span key={k} hidden id={chipHintId(k)}>{`${KIND_LABEL[k]}; Alt+Enter otwiera.`}</span>
      ))}
      {children}
    </RefTextContext.Provider>
  );
}

/** Id of the description of chips of a kind (what they are, how to open one), rendered by {@link RefTextProvider}. */
const chipHintId = (kind: Reference['kind']) => `ref-chip-hint-${kind}`;

/** What each kind of reference is called (chips' titles, the chip dialog's heading). */
export const KIND_LABEL: Record<Reference['kind'], string> = {
  unit: 'Komórka organizacyjna',
  subject: 'Wydział (przedmiot zarządzenia)',
  deputy: 'Zastępca',
  position: 'Stanowisko',
  provision: 'Odesłanie do przepisu',
};

/** Opens a mentioned unit where the user edits it: its name in the register (§ 2). False when it is not there. */
export function openUnit(unitId: string): boolean {
  const name = document.querySelector<HTMLElement>(`.register-edit tr[data-unit-id="${CSS.escape(unitId)}"] .input-name`);
  if (!name) return false;
  name.scrollIntoView({ block: 'center' });
  name.focus();
  return true;
}

/** The paragraf number of a provision reference's target now (read from its full citation), or null when it is gone. */
export function paragrafOfProvision(ref: Extract<Reference, { kind: 'provision' }>, store: RefWords): number | null {
  return Number(/^§\s*(\d+)/.exec(store.text({ ...ref, form: 'paragraf' }))?.[1]) || null;
}

/**
 * The chip of one reference (children first: Slate's fix for the caret beside a void inline). A unit's chip opens
 * the unit in the register when clicked.
 */
export function RefChip({ attributes, children, element }: RenderElementProps) {
  const ref = (element as RefElement).ref;
  const text = useRefText(ref);
  const unitId = ref.kind === 'unit' ? ref.unitId : null;
  const store = useContext(RefTextContext);
  // a provision chip goes to the place it names (its paragraf read from the full citation, for a paragraf target)
  const go = ref.kind === 'provision' ? () => jumpToProvision(ref.targetId, paragrafOfProvision(ref, store)) : undefined;
  return (
    <span
      {...attributes}
      contentEditable={false}
      className={`ref-chip ref-${ref.kind}`}
      data-ref-kind={ref.kind}
      data-unit-ref={unitId ?? undefined}
      title={`${KIND_LABEL[ref.kind]}: ${text} (${unitId ? 'kliknij, aby otworzyć w § 2; ' : go ? 'kliknij, aby przejść do przepisu; ' : ''}Alt+Enter otwiera)`}
      aria-describedby={store === DEFAULT_WORDS ? undefined : chipHintId(ref.kind)}
      onClick={unitId ? () => openUnit(unitId) : go}
    >
      {children}
      {text}
    </span>
  );
}

/** An editor whose reference elements are inline void chips (Slate's mentions example, `site/examples/mentions.tsx`). */
export function withRefChips(editor: Editor): Editor {
  const { isInline, isVoid } = editor;
  editor.isInline = (el) => el.type === 'ref' || isInline(el);
  editor.isVoid = (el) => el.type === 'ref' || isVoid(el);
  return editor;
}
