/**
 * Work that follows typing (staging the draft for a crash, the live checks and comparison) runs when the window's
 * thread is idle: after the frame that shows the last key and with no input waiting, not in the gap between a
 * key and its frame, where a few milliseconds of it would hold the typed character off the screen for a frame.
 */

/**
 * Calls `fn` in the window's next idle period (`requestIdleCallback`), at the latest after `timeoutMs` (busy
 * windows still get it), or after a 0 ms timer where the page has no idle callbacks. Out: a function that cancels
 * the call if it has not run yet.
 */
export function whenIdle(fn: () => void, timeoutMs = 500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => fn(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const t = window.setTimeout(fn, 0);
  return () => window.clearTimeout(t);
}
