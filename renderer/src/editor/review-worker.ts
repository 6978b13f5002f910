/**
 * The editor's review worker (a Web Worker of the renderer, `review-client.ts` starts it): runs the checks
 * (core/checks) and the comparison with the replaced order (core/compare with the coverage ledger, core/ledger)
 * on the renderer's own copy of the draft, off the window's thread, so typing never waits for them and the order
 * is not sent to the main process at every pause. The core is pure, so these are the very computations the main
 * process's `check:run` and `compare:run` make (electron/services/handlers/review.ts).
 *
 * Messages: in {@link ReviewRequest}, out {@link ReviewResponse} with the request's id. The replaced order is sent
 * once (`against`) and kept; later requests name it by `againstKey`; the draft's order is kept until the next one
 * comes (`order`, `orderKey`: the comparison asked after the checks of the same order names it only); so are the registry's facts of the order an
 * amending draft cites (`amended`, `amendedKey`: the amending order's own checks, core/checks/rules/amending.ts).
 */
import { checkOrder, sortFindings } from '../../../core/checks/index.js';
import { compareOrders } from '../../../core/compare/index.js';
import { withLedger } from '../../../core/ledger/index.js';
import type { AmendedFacts } from '../../../core/amend/check.js';
import type { Order } from '../../../core/model/order.js';
import type { ReviewRequest, ReviewResponse } from './review-client.js';

/** The worker's global scope, as far as this module uses it (the renderer is type-checked with the DOM library). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<ReviewRequest>) => void) | null; postMessage(m: ReviewResponse): void };

/** Replaced orders by the key the window gave them (one per replaced order opened in an editor this session). */
const againstByKey = new Map<number, Order>();
/** The registry's facts of amended orders by key (the last few: the window sends new ones when the registry changes). */
const amendedByKey = new Map<number, AmendedFacts>();
const KEEP_FACTS = 4;
/** The draft's order sent last, by its key (later requests about the same order name only the key). */
let lastOrder: { key: number; order: Order } | null = null;

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.against) againstByKey.set(req.againstKey, req.against);
    const against = req.againstKey ? againstByKey.get(req.againstKey) ?? null : null;
    if (req.againstKey && !against) throw new Error('brak zarządzenia zastępowanego w pamięci podglądu');
    if (req.amended) {
      amendedByKey.set(req.amendedKey, req.amended);
      for (const k of amendedByKey.keys()) if (amendedByKey.size > KEEP_FACTS) amendedByKey.delete(k);
    }
    const amended = req.amendedKey ? amendedByKey.get(req.amendedKey) : undefined;
    if (req.amendedKey && !amended) throw new Error('brak danych zmienianego zarządzenia w pamięci podglądu');
    if (req.order) lastOrder = { key: req.orderKey, order: req.order };
    const order = lastOrder?.key === req.orderKey ? lastOrder.order : null;
    if (!order) throw new Error('brak projektu w pamięci podglądu');
    if (req.kind === 'checks') {
      scope.postMessage({ id: req.id, ok: true, value: sortFindings(checkOrder(order, { against: against ?? undefined, today: req.today, citations: req.citations, amended })) });
    } else {
      scope.postMessage({ id: req.id, ok: true, value: against ? withLedger(compareOrders(against, order), order) : null });
    }
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
