/**
 * The entry-into-force clause of an order in words, for the signing dialog and the order view. A module of its own,
 * loaded with them: reading a clause counted from publication (`core/amend/publication.ts`) renders the clause's
 * text through the model's text functions (zod's schemas, the declension), about 150 kB that the registry screen's
 * first load does not need (issue 15: the first start).
 */
import { countsFromPublication, daysAfterPublication, inForceFromPublication } from '../../core/amend/publication.js';
import type { Order } from '../../core/model/order.js';
import { formatDatePl } from './format.js';

/** The entry-into-force clause in words. */
export function entryIntoForceLabel(order: Order): string | null {
  const e = order.entryIntoForce;
  // counted from publication (as the clause is written): the model may hold it as `afterDays` from signing
  if (countsFromPublication(order)) {
    const days = daysAfterPublication(order);
    const counted = inForceFromPublication(order);
    return `${days !== null ? `po upływie ${days} dni od dnia ogłoszenia` : 'z dniem ogłoszenia'}${counted ? ` (ogłoszono ${formatDatePl(order.meta.publishedOn!)}, wchodzi w życie ${formatDatePl(counted)})` : ' (dnia ogłoszenia nie podano)'}`;
  }
  if (!e) return null;
  if (e.kind === 'signing') return 'z dniem podpisania';
  if (e.kind === 'date') return e.date ? `z dniem ${formatDatePl(e.date)}` : 'z dniem określonym w tekście';
  return `po upływie ${e.days} dni od dnia podpisania`;
}
