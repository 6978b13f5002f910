/**
 * Chips for references inside the text (mentions of units, the department, deputies, positions; provision
 * references): an inline void element of the Slate editors showing the words the register gives the reference
 * now (Slate's mentions example, `site/examples/mentions.tsx`). The words come from {@link RefTextContext}, which
 * the draft editor provides from the current order, so a chip follows renaming and renumbering at once.
 */
import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
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
export const RefTextContext = createContext<RefWords>(new RefWords(null));

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
  return <RefTextContext.Provider value={store}>{children}</RefTextContext.Provider>;
}

const KIND_LABEL: Record<Reference['kind'], string> = {
  unit: 'Komórka organizacyjna',
  subject: 'Wydział (przedmiot zarządzenia)',
  deputy: 'Zastępca',
  position: 'Stanowisko',
  provision: 'Odesłanie do przepisu',
};

/** Opens a mentioned unit where the user edits it: its name in the register (§ 2). False when it is not there. */
function openUnit(unitId: string): boolean {
  const name = document.querySelector<HTMLElement>(`.register-edit tr[data-unit-id="${CSS.escape(unitId)}"] .input-name`);
  if (!name) return false;
  name.scrollIntoView({ block: 'center' });
  name.focus();
  return true;
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
  const go = ref.kind === 'provision' ? () => jumpToProvision(ref.targetId, Number(/^§\s*(\d+)/.exec(store.text({ ...ref, form: 'paragraf' }))?.[1]) || null) : undefined;
  return (
    <span
      {...attributes}
      contentEditable={false}
      className={`ref-chip ref-${ref.kind}`}
      data-ref-kind={ref.kind}
      data-unit-ref={unitId ?? undefined}
      title={`${KIND_LABEL[ref.kind]}: ${text}${unitId ? ' (kliknij, aby otworzyć w § 2)' : go ? ' (kliknij, aby przejść do przepisu)' : ''}`}
      onClick={unitId ? () => openUnit(unitId) : go}
    >
      {children}
      {text}
    </span>
  );
}
