/** Closing a dialog with Escape. */
import { useEffect } from 'react';

/** Calls `onEscape` when Escape is pressed anywhere in the window, while `enabled` (default true). */
export function useEscape(onEscape: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape, enabled]);
}
