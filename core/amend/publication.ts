/**
 * Whether an order's entry into force counts from its publication (ogłoszenie): its entry-into-force clause as
 * written (the words of that paragraf, which say so even when the model holds the clause as `afterDays`) reads
 * `… od dnia ogłoszenia`, `z dniem ogłoszenia`, `od ogłoszenia` (issue #17; `consolidate.ts`, `entryIntoForceOf`,
 * counts such a clause from `meta.publishedOn`). A module of its own with no heavy imports, so that the window's
 * order view can ask it. Pure.
 */
import type { Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

/** Publication as the start of the count: `od dnia ogłoszenia`, `z dniem ogłoszenia`, `od ogłoszenia`. */
const FROM_PUBLICATION = /(?:od|z)\s+(?:dniem\s+|dnia\s+)?(?:jego\s+)?ogłoszeni/iu;

/** The entry-into-force clause of an order as written (the words of its paragraf), or ``. Never throws. */
export function writtenClause(o: Order): string {
  const ctx = RichText.context(o);
  return o.paragraphs.filter((p) => p.role === 'entryIntoForce').flatMap((p) => p.content ?? []).map((u) => RichText.plain(u.text, ctx)).join(' ');
}

/** Whether an order's entry into force counts from its publication (see the module comment). Never throws. */
export function countsFromPublication(o: Order): boolean {
  return FROM_PUBLICATION.test(writtenClause(o));
}

/** Adds `days` calendar days to an ISO date. */
export function plusDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The day an order counted from its publication enters into force, from the day of publication entered in the
 * registry (`meta.publishedOn`): `z dniem ogłoszenia` that day; `po upływie N dni od dnia ogłoszenia` that day + N + 1
 * (the N days count from the day after publication, art. 111 § 2 Kodeksu cywilnego, and the order enters into force
 * the day after they lapse). Null when the order does not count from publication or the day is not entered.
 */
export function inForceFromPublication(o: Order): string | null {
  const written = writtenClause(o);
  const published = o.meta.publishedOn;
  if (!published || !FROM_PUBLICATION.test(written)) return null;
  const n = daysAfterPublication(o);
  return n === null ? published : plusDays(published, n + 1);
}

/** N of `po upływie N dni od dnia ogłoszenia` (the clause as written, else the model's `afterDays`); null for `z dniem ogłoszenia`. */
export function daysAfterPublication(o: Order): number | null {
  const written = writtenClause(o);
  const e = o.entryIntoForce;
  const n = /po\s+upływie\s+(\d+)\s+dni/iu.exec(written)?.[1] ?? (e?.kind === 'afterDays' && /upływie/iu.test(written) ? String(e.days) : null);
  return n === null ? null : Number(n);
}
