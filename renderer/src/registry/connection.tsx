/**
 * The window's view of the registry connection (issue 16): `registry:status` asked every few seconds gives the
 * offline indicator in the top bar and a count of announced changes; screens that list the registry reload when
 * the count grows (another person saved, signed or imported something on the office's server).
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ConnectionState } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import '../editor/collab.css';

/** The last state the window knows (null before the first answer). */
export const ConnectionContext = createContext<ConnectionState | null>(null);

/** Asks `registry:status` now and every `intervalMs` (default 3 s). Out: the last answer, or null. */
export function useConnectionPoll(intervalMs = 3000): ConnectionState | null {
  const [state, setState] = useState<ConnectionState | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = async () => {
      const r = await call((api) => api.registryStatus());
      if (!live) return;
      if (r.ok) setState((s) => (s && s.online === r.value.online && s.changes === r.value.changes && s.message === r.value.message ? s : r.value));
      timer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [intervalMs]);
  return state;
}

/**
 * Calls `reload` whenever the registry announces a change after the component appeared (the first count seen is
 * the baseline).
 */
export function useReloadOnChange(reload: () => void): void {
  const changes = useContext(ConnectionContext)?.changes ?? null;
  const seen = useRef<number | null>(null);
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (changes === null) return;
    if (seen.current !== null && seen.current !== changes) latest.current();
    seen.current = changes;
  }, [changes]);
}

/**
 * Polls the registry's state and gives it to the components below that read {@link ConnectionContext}; only those
 * re-render when it changes (the editor, passed in as `children`, does not).
 */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const state = useConnectionPoll();
  return <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>;
}

/** The offline indicator of the top bar: shown only while the registry cannot be reached. */
export function ConnectionIndicator() {
  const state = useContext(ConnectionContext);
  if (!state || state.online) return null;
  return (
    <div className="connection-offline" role="status" data-online="false" title={state.message ?? undefined}>
      <span className="connection-dot" aria-hidden="true" />
      <span>Bez połączenia z rejestrem</span>
      <span className="sr-only">{state.message}</span>
    </div>
  );
}
