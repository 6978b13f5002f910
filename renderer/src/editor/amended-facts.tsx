/**
 * The registry's facts of the order an amending draft cites (issue 17): asked once through the bridge
 * (`amend:facts`) when the draft is opened or cites another number, and again whenever the registry announces a
 * change (`useReloadOnChange`: a signed amendment, a repeal, an import). The editor hands them to the review worker
 * with the draft (`runChecks`), so the amending order's own checks run live without the worker reaching the
 * registry. A component of its own so that only it re-renders on the registry's announcements, not the editor.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { AmendedFacts } from '../../../core/amend/check.js';
import { call } from '../bridge.js';
import { useReloadOnChange } from '../registry/connection.js';

/**
 * Fetches the facts of order `number` and calls `onFacts` with them when they differ from the last ones given
 * (the same object otherwise, so the worker is not sent them again); null while none are known or when the call
 * fails (the checks then run without them).
 */
export function AmendedFactsWatch({ number, onFacts }: { number: string; onFacts(f: AmendedFacts | null): void }) {
  const last = useRef<string | null>(null);
  const seq = useRef(0);
  const fetchFacts = useCallback(() => {
    const n = ++seq.current;
    void call((api) => api.amendFacts({ number })).then((r) => {
      if (n !== seq.current) return;
      const text = r.ok ? JSON.stringify(r.value) : null;
      if (text === last.current) return;
      last.current = text;
      onFacts(r.ok ? r.value : null);
    });
  }, [number, onFacts]);
  useEffect(() => {
    fetchFacts();
  }, [fetchFacts]);
  useReloadOnChange(fetchFacts);
  return null;
}
