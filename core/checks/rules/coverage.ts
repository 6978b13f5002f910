/**
 * The task-coverage ledger: with the replaced order at hand (`against`), every task of it that the draft no
 * longer has (a dropped task of the comparison) must have an answer in `order.coverage` (core/ledger: moved to a
 * unit of this draft, reworded or merged into a task — each linked to that task —, handed to another department —
 * which one —, given up, or removed on purpose). Unanswered ones, links to tasks that no longer exist and hand-overs
 * without a department are warnings; answers that no longer match a dropped task are reported as stale. Source:
 * the city hall's practice (issues 5 and 12: the ledger that proves no competence is lost).
 */
import { compareOrders, type Comparison } from '../../compare/index.js';
import { answerProblem, withLedger } from '../../ledger/index.js';
import type { Order } from '../../model/order.js';
import { normalizeText } from '../../compare/text.js';
import type { CheckContext } from '../context.js';
import type { RawFinding, Rule } from '../types.js';

/** The comparison is the expensive part: reuse it while neither order object changes (keystrokes make new objects only where edited). */
const cache = new WeakMap<Order, WeakMap<Order, Comparison>>();

/** `compareOrders(against, order)` with the draft's ledger links applied (`withLedger`), memoised on both objects' identity. */
export function comparisonFor(against: Order, order: Order): Comparison {
  let inner = cache.get(against);
  if (!inner) cache.set(against, (inner = new WeakMap()));
  let c = inner.get(order);
  if (!c) inner.set(order, (c = withLedger(compareOrders(against, order), order)));
  return c;
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export const coverageAnswered: Rule<CheckContext> = {
  code: 'coverage.unanswered',
  severity: 'warning',
  title: 'Każde zadanie zarządzenia zastępowanego, którego nie ma w projekcie, ma odpowiedź (w projekcie, przekazane, zaniechane, celowo)',
  source: { kind: 'practice', ref: 'praktyka UMK: wykaz pokrycia zadań (żadna kompetencja nie ginie)' },
  check(ctx) {
    const against = ctx.options.against;
    if (!against) return [];
    const cmp = comparisonFor(against, ctx.order);
    const out: RawFinding[] = [];
    for (const q of cmp.coverage) {
      const owner = q.oldOwner.common ? 'wspólnych obowiązków komórek' : `komórki ${q.oldOwner.symbol || q.oldOwner.name}`;
      const problem = answerProblem(q);
      if (!q.answer) {
        out.push({
          where: q.oldWhere,
          document: 'against',
          message: `Zadanie ${owner} z zarządzenia nr ${against.meta.number ?? ''} („${short(q.oldText)}”) nie ma odpowiednika w projekcie: wskaż, czy przeniesiono je do komórki projektu, przeredagowano, włączono do innego zadania, przekazano innemu wydziałowi, zaniechano, czy usunięto celowo.`,
        });
      } else if (problem) {
        out.push({ where: q.oldWhere, document: 'against', message: `Odpowiedź w wykazie pokrycia dla zadania „${short(q.oldText)}” jest niepełna: ${problem}.` });
      }
    }
    const dropped = new Set(cmp.coverage.map((q) => normalizeText(q.oldText)));
    for (const a of ctx.order.coverage) {
      if (!dropped.has(normalizeText(a.oldText))) {
        out.push({ where: a.oldWhere, document: 'against', severity: 'info', message: `Odpowiedź dotyczy zadania „${short(a.oldText)}”, które ma już odpowiednik w projekcie (albo nie występuje w zarządzeniu zastępowanym): można ją usunąć.` });
      }
    }
    return out;
  },
};

export const COVERAGE_RULES = [coverageAnswered];
