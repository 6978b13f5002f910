/**
 * Moving the keyboard focus: the controls Tab would reach, leaving a text editor to the next or previous of
 * them (a scope editor keeps Tab for indenting), the regions of the window F6 cycles through (WAI-ARIA Authoring
 * Practices, "Landmark regions" and the F6 convention of Windows applications), and focusing what a button has
 * just created once React has rendered it.
 */

/** What the browser's Tab order reaches (before visibility and `inert` are taken into account). */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** True when the element takes part in layout (not `display: none`, not in a closed part of the page). */
function visible(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * The elements Tab reaches inside `root`, in document order: visible, enabled, not inside a `contenteditable`
 * region other than its root (the buttons inside a scope editor's points are reached through the editor's own
 * keys), not inside an `inert` part.
 */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.closest('[inert]') || !visible(el)) return false;
    const editable = el.parentElement?.closest('[contenteditable="true"]');
    return !editable;
  });
}

/**
 * Moves the focus from `from` (and everything inside it) to the next (`dir` 1) or previous (`-1`) control of the
 * page, or of the open modal dialog when there is one. Out: the element focused, or null when there was none.
 */
export function focusBeyond(from: Element, dir: 1 | -1): HTMLElement | null {
  const scope = from.closest<HTMLElement>('[aria-modal="true"]') ?? document;
  const all = tabbables(scope);
  const outside = all.filter((el) => el !== from && !from.contains(el));
  const pick =
    dir === 1
      ? outside.find((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
      : [...outside].reverse().find((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  pick?.focus();
  return pick ?? null;
}

/**
 * Focuses the element `find` gives as soon as it exists (React renders after the click that created it): tries
 * on each animation frame, up to `frames` frames. `select` selects an input's text, so typing replaces a
 * placeholder name.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined, opts: { select?: boolean; frames?: number } = {}): void {
  let left = opts.frames ?? 20;
  const attempt = () => {
    const el = find();
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      if (opts.select && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) el.select();
      return;
    }
    if (--left > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The regions F6 visits: elements marked `data-region` (each a landmark with a name), in document order. */
function regions(): HTMLElement[] {
  const modal = document.querySelector('[aria-modal="true"]');
  if (modal) return [];
  return [...document.querySelectorAll<HTMLElement>('[data-region]')].filter(visible);
}

/** The last element focused inside each region, to come back to it. */
const lastFocus = new WeakMap<HTMLElement, HTMLElement>();

/** Remembers where the focus was in its region (install once: `document.addEventListener('focusin', rememberFocus)`). */
export function rememberFocus(e: FocusEvent): void {
  const el = e.target as HTMLElement | null;
  const region = el?.closest?.<HTMLElement>('[data-region]');
  if (region && el !== region) lastFocus.set(region, el!);
}

/**
 * F6 / Shift+F6: moves the focus to the next (`1`) or previous (`-1`) region of the window, to the element last
 * focused there (if it is still on the page) or else to the region itself (it has `tabIndex=-1`), so a screen
 * reader announces the region's name. Nothing happens while a modal dialog is open. Out: the region, or null.
 */
export function cycleRegion(dir: 1 | -1): HTMLElement | null {
  const list = regions();
  if (!list.length) return null;
  const active = document.activeElement;
  const at = list.findIndex((r) => r === active || r.contains(active));
  const next = at < 0 ? list[dir === 1 ? 0 : list.length - 1]! : list[(at + dir + list.length) % list.length]!;
  const remembered = lastFocus.get(next);
  const target = remembered && next.contains(remembered) && visible(remembered) ? remembered : next;
  if (target === next && next.tabIndex < 0 && !next.hasAttribute('tabindex')) next.tabIndex = -1;
  target.focus();
  return next;
}
