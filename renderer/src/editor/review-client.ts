/**
 * The window's side of the review worker (`review-worker.ts`): the live checks and the comparison with the
 * replaced order run on the renderer's own copy of the draft in a Web Worker, so the window's thread only copies
 * the order into it (structured clone) when typing pauses. Where a worker cannot start (a page without workers),
 * the same computations go through the bridge to the main process (`check:run`, `compare:run`). For an amending
 * draft the window gives the checks the registry's facts of the order it cites (`amend:facts`, fetched once and
 * again when the registry changes): the worker itself never reaches the registry.
 */
import type { AmendedFacts } from '../../../core/amend/check.js';
import type { Order } from '../../../core/model/order.js';
import type { JournalCitations } from '../../../core/templates/schemas.js';
import type { ApiResult, Comparison, Finding } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

/** A request to the worker: the checks of `order`, or its comparison with the replaced order. */
export interface ReviewRequest {
  id: number;
  kind: 'checks' | 'compare';
  /**
   * Key of the draft's order to review: the one sent last (`order`), so that the comparison asked after the checks
   * of the same order does not copy it into the worker a second time.
   */
  orderKey: number;
  /** The order itself, sent when it is not the one sent last. */
  order?: Order;
  /** Key of the replaced order (0: none). */
  againstKey: number;
  /** The replaced order itself, sent with the first request that names its key. */
  against?: Order;
  /** Today's local date, ISO `YYYY-MM-DD` (for a draft without a date). */
  today: string;
  /** The book of journal citations the checks read (`citations:get`); absent: the shipped data. */
  citations?: JournalCitations;
  /** Key of the registry's facts of the order an amending draft cites (0: none; `amend:facts`). */
  amendedKey: number;
  /** Those facts themselves, sent with the first request that names their key. */
  amended?: AmendedFacts;
}

/** The worker's answer to request `id`: the findings or the comparison (null without a replaced order), or why it failed. */
export type ReviewResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** Today's local date as ISO `YYYY-MM-DD`. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

let worker: Worker | null | undefined;
let nextId = 1;
/** Requests waiting for the worker: how to answer, and how to get the answer from the main process instead. */
const pending = new Map<number, { done: (r: ApiResult<unknown>) => void; viaBridge: () => Promise<ApiResult<unknown>> }>();
/** Keys of what the worker holds (replaced orders, facts of amended orders), by the object the window has. */
const keys = new WeakMap<object, number>();
let nextKey = 1;

/** The key of `held` for the worker (0 for none) and whether this request must carry it (the worker has not seen it). */
function keyOf<T extends object>(held: T | null | undefined): { key: number; send?: T } {
  if (!held) return { key: 0 };
  const known = keys.get(held);
  if (known) return { key: known };
  const key = nextKey++;
  keys.set(held, key);
  return { key, send: held };
}

const failed = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'review-failed', message: `Kontrola projektu nie powiodła się: ${message}.` } });

/** The worker, started at the first use; null when this page cannot run one. */
function reviewWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./review-worker.ts', import.meta.url), { type: 'module', name: 'kontrola-projektu' });
    w.onmessage = (e: MessageEvent<ReviewResponse>) => {
      const r = e.data;
      const p = pending.get(r.id);
      pending.delete(r.id);
      p?.done(r.ok ? { ok: true, value: r.value } : failed(r.message));
    };
    // the worker could not load or crashed: what waits goes through the bridge, and so does everything after
    w.onerror = (e) => {
      e.preventDefault();
      worker = null;
      w.terminate();
      for (const p of pending.values()) void p.viaBridge().then(p.done);
      pending.clear();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * The order sent to the worker last, with its key: the checks and then the comparison of the same order (the window
 * asks for both at each pause in typing) copy it once (a structured clone of the whole draft on the window's thread,
 * a few milliseconds for a scope of 2,000 points). The worker keeps that one order: messages arrive in order, so a
 * request naming the key finds it.
 */
let lastOrder: { order: Order; key: number } | null = null;

/** Asks the worker; without one (or when it fails to start), `viaBridge` answers. */
function ask<T>(kind: ReviewRequest['kind'], order: Order, against: Order | null, viaBridge: () => Promise<ApiResult<T>>, citations?: JournalCitations, amended?: AmendedFacts | null): Promise<ApiResult<T>> {
  const w = reviewWorker();
  if (!w) return viaBridge();
  const id = nextId++;
  const a = keyOf(against);
  const f = keyOf(amended);
  const sameOrder = lastOrder?.order === order;
  const orderKey = sameOrder ? lastOrder!.key : nextKey++;
  return new Promise<ApiResult<T>>((resolve) => {
    pending.set(id, { done: resolve as (r: ApiResult<unknown>) => void, viaBridge });
    w.postMessage({
      id, kind, orderKey, ...(sameOrder ? {} : { order }), againstKey: a.key, amendedKey: f.key, ...(a.send ? { against: a.send } : {}), ...(f.send ? { amended: f.send } : {}), ...(citations ? { citations } : {}), today: today(),
    } satisfies ReviewRequest);
    // the worker holds this order now (a message that could not be sent leaves the last one as it was)
    lastOrder = { order, key: orderKey };
  });
}

/**
 * The findings of the checks of `order` (sorted for display), `against` the order it replaces (or null), `citations`
 * the book of journal citations (default: the shipped data), `amended` the registry's facts of the order an amending
 * draft cites (`amend:facts`; the amending order's own checks run with them). Keep passing the same `against` and
 * `amended` objects: the worker is sent each once.
 */
export function runChecks(order: Order, against: Order | null, citations?: JournalCitations, amended?: AmendedFacts | null): Promise<ApiResult<Finding[]>> {
  return ask('checks', order, against, () => call((api) => api.checkRun({ order, against, ...(citations ? { citations } : {}), ...(amended ? { amended } : {}) })), citations, amended);
}

/** The comparison of `order` with the order it replaces, with its coverage ledger; null without one. */
export function runComparison(order: Order, against: Order | null): Promise<ApiResult<Comparison | null>> {
  if (!against) return Promise.resolve({ ok: true, value: null });
  return ask<Comparison | null>('compare', order, against, () => call((api) => api.compareRun({ old: against, new: order })));
}
