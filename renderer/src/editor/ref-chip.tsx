/**
 * Chips for references inside the text (mentions of units, the department, deputies, positions; provision
 * references): an inline void element of the Slate editors showing the words the register gives the reference
 * now (Slate's mentions example, `site/examples/mentions.tsx`). The words come from {@link RefTextContext}, which
 * the draft editor provides from the current order, so a chip follows renaming and renumbering at once.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { Reference } from '../../../core/model/inline.js';
import type { Order } from '../../../core/model/order.js';
import { RichText, type TextContext } from '../../../core/model/rich-text.js';
import type { RefElement } from './slate-types.js';

/** Words of a reference for the chips (default: what was recorded for it, for an editor used without an order). */
export const RefTextContext = createContext<(ref: Reference) => string>((ref) => ref.written ?? '…');

/** Provides the words of references from `order` to the chips below. */
export function RefTextProvider({ order, children }: { order: Order; children: ReactNode }) {
  const value = useMemo(() => {
    let ctx: TextContext | null = null;
    return (ref: Reference) => RichText.refText(ref, (ctx ??= RichText.context(order)));
  }, [order]);
  return <RefTextContext.Provider value={value}>{children}</RefTextContext.Provider>;
}

const KIND_LABEL: Record<Reference['kind'], string> = {
  unit: 'Komórka organizacyjna',
  subject: 'Wydział (przedmiot zarządzenia)',
  deputy: 'Zastępca',
  position: 'Stanowisko',
  provision: 'Odesłanie do przepisu',
};

/** The chip of one reference (children first: Slate's fix for the caret beside a void inline). */
export function RefChip({ attributes, children, element }: RenderElementProps) {
  const words = useContext(RefTextContext);
  const ref = (element as RefElement).ref;
  const text = words(ref);
  return (
    <span {...attributes} contentEditable={false} className={`ref-chip ref-${ref.kind}`} data-ref-kind={ref.kind} title={`${KIND_LABEL[ref.kind]}: ${text}`}>
      {children}
      {text}
    </span>
  );
}
