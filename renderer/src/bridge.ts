/**
 * Access to `window.api` (the preload's bridge) for the renderer. A call whose promise rejects (the bridge is
 * missing, or the main process failed to answer) becomes an error value like any other, so components deal
 * with one shape only.
 */
import type { ApiResult, WindowApi } from '../../electron/contract/api.js';

/** The bridge, or null when the page runs without the preload (opened in a plain browser). */
export function bridge(): WindowApi | null {
  return typeof window !== 'undefined' && window.api ? window.api : null;
}

/** Awaits a bridge call; a rejected promise gives a `bridge` error value with a Polish message. */
export async function call<T>(run: (api: WindowApi) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const api = bridge();
  if (!api) return { ok: false, error: { code: 'no-bridge', message: 'Brak połączenia z aplikacją: strona została otwarta poza programem.' } };
  try {
    return await run(api);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, error: { code: 'bridge', message: `Błąd komunikacji z aplikacją: ${msg}` } };
  }
}
