/**
 * Keyboard behaviour of a modal dialog (WAI-ARIA Authoring Practices, "Dialog (Modal)"): the focus moves into the
 * dialog when it opens (to the element marked `autoFocus`/`data-autofocus`, else the first control), Tab and
 * Shift+Tab stay inside it, Escape closes it (unless `closable` is false, e.g. while it saves), and when it closes
 * the focus goes back to where it was before.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { tabbables } from './focus.js';

export function useModal(ref: RefObject<HTMLElement | null>, onClose: () => void, closable = true): void {
  const close = useRef(onClose);
  close.current = onClose;
  const canClose = useRef(closable);
  canClose.current = closable;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = ref.current;
    if (root && !root.contains(document.activeElement)) {
      const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(root)[0] ?? root;
      if (first === root && root.tabIndex < 0) root.tabIndex = -1;
      first.focus();
    }
    const onKey = (e: KeyboardEvent) => {
      const r = ref.current;
      if (!r) return;
      // only the topmost dialog answers (a confirmation opened over a dialog)
      const modals = [...document.querySelectorAll('[aria-modal="true"]')];
      if (modals[modals.length - 1] !== r) return;
      if (e.key === 'Escape') {
        if (canClose.current) {
          e.preventDefault();
          e.stopPropagation();
          close.current();
        }
        return;
      }
      if (e.key !== 'Tab') return;
      const list = tabbables(r);
      if (!list.length) return e.preventDefault();
      const i = list.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (i <= 0 ? list[list.length - 1] : list[i - 1]) : i < 0 || i === list.length - 1 ? list[0] : list[i + 1];
      e.preventDefault();
      next!.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);
}
