/**
 * The unplaced text a draft took over from the order it was made from (issue 10): shown at the head of the draft,
 * with the count, until each fragment is placed as a point of a unit's scope or discarded; each decision is an
 * edit of the draft (undone with Cofnij, saved with the draft). The checks warn (`import.unplaced`) meanwhile.
 */
import { resolveUnplaced, type UnplacedResolution } from '../../../core/import/unplaced.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError } from '../../../electron/contract/api.js';
import { announce } from '../keyboard/announcer.js';
import { UnplacedReport } from '../registry/unplaced-report.js';

export interface DraftUnplacedProps {
  order: Order;
  /** Applies the draft after the decision (an undoable edit). */
  onChange(order: Order): void;
  onError(e: ApiError): void;
}

export function DraftUnplaced({ order, onChange, onError }: DraftUnplacedProps) {
  if (!order.unplaced.length) return null;
  const resolve = (r: UnplacedResolution) => {
    const next = resolveUnplaced(order, r);
    if (!next.ok) return onError({ code: 'stale', message: next.message });
    onChange(next.order);
    announce(`${next.detail}.`);
  };
  return <UnplacedReport order={order} onResolve={resolve} />;
}
