/**
 * Handlers of the review calls: the checks (`check:run`, `check:fix`, core/checks) and the comparison with the
 * order being replaced (`compare:run`, core/compare). Pure computations over orders the renderer sends, run in
 * the main process so that typing in the window never waits for them. The comparison carries the draft's coverage
 * ledger with its links applied (core/ledger).
 */
import { z } from 'zod';
import { applyFix, checkOrder, sortFindings } from '../../../core/checks/index.js';
import { compareOrders } from '../../../core/compare/index.js';
import { withLedger } from '../../../core/ledger/index.js';
import type { EUnit } from '../../../core/amend/tree.js';
import { OrderSchema, RepealSchema } from '../../../core/model/order.js';
import { JournalActSchema } from '../../../core/templates/schemas.js';
import { defineHandler, ok } from './define.js';

const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  where: z.string(),
  message: z.string(),
  document: z.enum(['order', 'against']).optional(),
  targetId: z.string().optional(),
  fix: z.object({ label: z.string(), target: z.string(), data: z.record(z.string(), z.string()).optional() }).optional(),
});

/** An editorial unit of a text in force (`core/amend/tree.ts` `EUnit`). */
const EUnitSchema: z.ZodType<EUnit> = z.lazy(() => z.object({
  kind: z.enum(['paragraf', 'ustep', 'punkt', 'litera', 'tiret', 'line']),
  label: z.string(),
  key: z.string().nullable(),
  text: z.string(),
  tail: z.string().optional(),
  children: z.array(EUnitSchema),
  repealed: z.boolean().optional(),
}));

/** The registry's facts of the order an amending draft cites (`amend:facts`), passed back with `check:run`. */
const AmendedFactsSchema = z.object({
  number: z.string(),
  order: z.object({ status: z.enum(['signed', 'inForce', 'repealed']), base: OrderSchema, tree: z.array(EUnitSchema), earlier: z.array(RepealSchema) }).nullable(),
});

/** A book of journal citations as `citations:get` gives it (the shipped file's shape; entries of one day in any order). */
export const CitationBookSchema = z.object({ name: z.string(), description: z.string(), acts: z.array(JournalActSchema) });

/** Today's date (local), ISO `YYYY-MM-DD`: for drafts without a date (the checks' date-dependent rules), and the date of a change report or redline. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** `check:run`, `check:fix`, `compare:run`. */
export function reviewHandlers() {
  return {
    'check:run': defineHandler(z.object({ order: OrderSchema, against: OrderSchema.nullable().optional(), citations: CitationBookSchema.optional(), amended: AmendedFactsSchema.optional() }), ({ order, against, citations, amended }) =>
      ok(sortFindings(checkOrder(order, { against: against ?? undefined, today: today(), citations, amended }))),
    ),
    'check:fix': defineHandler(z.object({ order: OrderSchema, finding: FindingSchema, against: OrderSchema.nullable().optional(), citations: CitationBookSchema.optional() }), ({ order, finding, against, citations }) =>
      ok(applyFix(order, finding, { against: against ?? undefined, today: today(), citations })),
    ),
    'compare:run': defineHandler(z.object({ old: OrderSchema, new: OrderSchema }), (arg) => ok(withLedger(compareOrders(arg.old, arg.new), arg.new))),
  };
}
