/**
 * The text in force (tekst jednolity) of a registry order at chosen dates (issue 17, item 3): the order with every
 * signed amending order linked to it (`Registry.amendmentsOf`) that is in force by the date applied
 * (`core/amend/consolidate.ts`), and the difference between the texts at two dates unit by unit
 * (`core/amend/in-force-diff.ts`). An amending order with a change that cannot be applied is reported with its places
 * and nothing of it is applied. Plain data out.
 */
import { compareInForce, consolidate, consolidatedOrder, type InForceChange, type InForceText, type Skipped } from '../../../core/amend/index.js';
import type { Order } from '../../../core/model/index.js';
import { err } from './registry.js';
import type { Registry } from './repository.js';
import { isIsoDate } from './status.js';
import type { OrderSummary, Result } from './types.js';

/** The texts in force of one order at two dates and what differs between them. */
export interface TextInForceComparison {
  /** The amended order. */
  order: OrderSummary;
  /** Its amending orders in the registry (drafts included; only signed ones are applied). */
  amendments: OrderSummary[];
  from: InForceText;
  to: InForceText;
  /** Units whose wording differs between `from` and `to`, in the order of the later text. */
  changes: InForceChange[];
}

/** The order `id` (its summary and model), its amending orders (summaries, drafts included) and the signed ones (models). Errors: `notFound` (also for a draft), `invalidModel`. */
export async function orderWithAmendments(reg: Registry, id: number): Promise<Result<{ summary: OrderSummary; base: Order; amendments: OrderSummary[]; amending: Order[] }>> {
  const got = await reg.getOrder(id);
  if (!got.ok) return got;
  if (got.order.status === 'draft') return err('notFound', 'Projekt nie ma tekstu obowiązującego; tekst obowiązujący ma tylko podpisane zarządzenie.');
  const { order: base, source: _source, ...summary } = got.order;
  const amendments = await reg.amendmentsOf(id);
  const amending: Order[] = [];
  for (const a of amendments.filter((x) => x.status !== 'draft')) {
    const o = await reg.getOrder(a.id);
    if (!o.ok) return o;
    amending.push(o.order.order);
  }
  return { ok: true, summary, base, amendments, amending };
}

/**
 * The text in force of order `id` at `date` as an order (`consolidatedOrder`: the base order's model wherever the
 * amendments in force did not change it), for a draft,
 * a comparison or a check to start from, with the amending orders applied. Errors: `notFound`, `invalidDate`,
 * `invalidModel`, and `importFailed` when the consolidated text cannot be read as an order.
 */
export async function orderInForce(reg: Registry, id: number, date: string): Promise<Result<{ order: Order; applied: string[]; skipped: Skipped[] }>> {
  if (!isIsoDate(date)) return err('invalidDate', `Data „${date}” nie jest poprawną datą w postaci RRRR-MM-DD.`);
  const w = await orderWithAmendments(reg, id);
  if (!w.ok) return w;
  if (!w.amending.length) return { ok: true, order: w.base, applied: [], skipped: [] };
  const c = consolidate(w.base, w.amending, { date });
  if (!c.applied.length) return { ok: true, order: w.base, applied: [], skipped: c.skipped };
  const r = consolidatedOrder(c, w.base);
  if (!r.ok) return err('importFailed', `Nie udało się odczytać tekstu obowiązującego zarządzenia nr ${w.summary.number} jako zarządzenia (${r.message}).`);
  return { ok: true, order: r.order, applied: c.applied, skipped: c.skipped };
}

/**
 * The texts in force of order `id` at `from` and at `to` (ISO dates) and their difference.
 * Errors: `invalidDate` (a date that is not `RRRR-MM-DD`), `notFound` (no such order, or a draft), `invalidModel`.
 */
export async function textInForce(reg: Registry, id: number, from: string, to: string): Promise<Result<TextInForceComparison>> {
  for (const d of [from, to]) if (!isIsoDate(d)) return err('invalidDate', `Data „${d}” nie jest poprawną datą w postaci RRRR-MM-DD.`);
  const w = await orderWithAmendments(reg, id);
  if (!w.ok) return w;
  const at = (date: string) => {
    const c = consolidate(w.base, w.amending, { date });
    return { c, text: { date, text: c.text, applied: c.applied, skipped: c.skipped } };
  };
  const a = at(from);
  const b = at(to);
  return { ok: true, order: w.summary, amendments: w.amendments, from: a.text, to: b.text, changes: compareInForce(a.c.tree, b.c.tree) };
}
