/**
 * The registry's list asked for as soon as the page's script starts (issue 15: the first start of the registry
 * screen), before React and the app's modules are evaluated and the first render has run, so that the main
 * process answers while the page is still starting; the registry screen takes that answer for its first load
 * instead of asking once it is rendered (one round trip and one render fewer before the list is painted).
 *
 * `main.tsx` imports this module first (ES modules are evaluated in the order of their imports, so its call runs
 * before `react-dom`'s module is evaluated). Only the main window asks: the chart window (`#schemat`) has no
 * registry screen.
 */
import type { ApiResult, RegistryEntry } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

type ListResult = ApiResult<RegistryEntry[]>;

/** The early call (null once taken, or in the chart window) and its answer once it has come. */
let early: { promise: Promise<ListResult>; answer: ListResult | null } | null = null;

if (typeof window !== 'undefined' && window.location.hash !== '#schemat' && window.api) {
  const pending: { promise: Promise<ListResult>; answer: ListResult | null } = { promise: call((api) => api.registryList()), answer: null };
  void pending.promise.then((r) => (pending.answer = r));
  early = pending;
}

/**
 * The early answer if it has already come (the first render can show the list at once), else null. Does not take
 * it: {@link takeEarlyList} does.
 */
export function earlyListAnswer(): ListResult | null {
  return early?.answer ?? null;
}

/**
 * Takes the early call (once: the registry screen's first load); null when it was taken already or never made,
 * and every later load asks the main process again.
 */
export function takeEarlyList(): Promise<ListResult> | null {
  const taken = early?.promise ?? null;
  early = null;
  return taken;
}
