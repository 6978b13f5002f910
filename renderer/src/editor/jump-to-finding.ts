/**
 * „Przejdź do miejsca” of a finding in Kontrola: the place it cites, found in the editor, scrolled into view and
 * given the keyboard focus, so that a user working from the keyboard lands where the fix is typed (the button
 * used to scroll only, and did nothing for the paragrafy the editor shows as forms: § 1, § 2–3, the final
 * provisions, where „Przepis o wejściu w życie nie podaje daty” of every new draft points).
 */
import type { Finding } from '../../../core/checks/types.js';
import type { Order, ParagraphRole } from '../../../core/model/order.js';

/**
 * The editor's form of each paragraf role without an element of its own (`data-paragraf`): its control or card,
 * the first of the selectors (`, `-separated, in order of preference) that is on the page.
 */
const ROLE_PLACE: Partial<Record<ParagraphRole, string>> = {
  leadership: '#kierownictwo',
  units: '#komorki',
  subordination: '#komorki',
  commonDuties: '#obowiazki',
  entryIntoForce: '#koncowe [aria-label="Data wejścia w życie"], #koncowe [aria-label="Liczba dni"], #koncowe [aria-label="Wejście w życie"]',
  execution: '#koncowe',
  repeal: '#koncowe',
  annex: '#koncowe',
};

/**
 * The element of the editor a finding points to: its target by id (a unit's row, a point), else the paragraf it
 * cites (`§ 15` → the form of that paragraf's role), else null. In: the order shown, the finding.
 */
export function findingPlace(order: Order, f: Finding): HTMLElement | null {
  if (f.document === 'against') return null;
  const byId = f.targetId ? document.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(f.targetId)}"], [data-id="${CSS.escape(f.targetId)}"]`) : null;
  if (byId) return byId;
  if (f.code === 'import.unplaced') return document.getElementById('nieprzypisane');
  const no = Number(/^§\s*(\d+)/.exec(f.where)?.[1] ?? NaN);
  if (!no) return null;
  const own = document.querySelector<HTMLElement>(`[data-paragraf="${no}"]`);
  if (own) return own;
  const place = ROLE_PLACE[order.paragraphs[no - 1]?.role ?? 'general'];
  for (const one of place?.split(', ') ?? []) {
    const el = document.querySelector<HTMLElement>(one);
    if (el) return el;
  }
  return null;
}

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled])';

/**
 * Gives the keyboard focus to a place: the caret at the start of its first line of text in the document editor
 * (a point, a scope), else the element itself when it is a field, else its first field, else the place itself
 * (made focusable).
 */
export function focusPlace(el: HTMLElement): void {
  const field = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
  const text = el.querySelector('[data-slate-string], [data-slate-zero-width]') ?? (el.matches('[data-slate-string]') ? el : null);
  const editable = text?.parentElement?.closest<HTMLElement>('[contenteditable="true"]');
  if (text?.firstChild && editable) {
    editable.focus({ preventScroll: true });
    window.getSelection()?.collapse(text.firstChild, 0);
    return;
  }
  if (field) {
    field.focus({ preventScroll: true });
    return;
  }
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}
