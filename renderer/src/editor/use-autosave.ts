/**
 * Autosave of a draft: a change is saved `delayMs` after the last edit through `draft:save`; one save runs at a
 * time and the newest state is saved after it; a failed save keeps the changes and shows the Polish message.
 * `flush()` saves at once (before leaving the editor, on Ctrl+S) and tells whether everything is saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order } from '../../../core/model/order.js';
import { call } from '../bridge.js';

/** What the editor shows: saved (with the time), changes waiting, saving, or the error of the last attempt. */
export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

export function useAutosave(draftId: number, order: Order, savedAt: string, delayMs = 1000) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  const latest = useRef(order);
  const saved = useRef(order);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = order;

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (latest.current === saved.current) return true;
    const target = latest.current;
    setState({ kind: 'saving' });
    const p = (async () => {
      const r = await call((api) => api.draftSave({ id: draftId, order: target }));
      if (!r.ok) {
        setState({ kind: 'error', message: r.error.message });
        return false;
      }
      saved.current = target;
      setState(latest.current === target ? { kind: 'saved', at: r.value.savedAt } : { kind: 'pending' });
      return true;
    })();
    inFlight.current = p;
    const okSaved = await p;
    inFlight.current = null;
    if (okSaved && latest.current !== saved.current) return saveNow();
    return okSaved;
  }, [draftId]);

  useEffect(() => {
    if (order === saved.current) return;
    setState((s) => (s.kind === 'saving' || s.kind === 'pending' ? s : { kind: 'pending' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), delayMs);
  }, [order, delayMs, saveNow]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { state, flush: saveNow };
}
