/**
 * The coverage ledger (core/ledger): a dropped task answered with a link to a task of the draft is paired with it
 * (moved, reworded, merged) and no longer dropped; the linked task is no longer added; a link to a removed task
 * opens the question again; the ledger is closed exactly when every question has a valid answer; the check follows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { compareOrders } from '../../../core/compare/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { answerText, ledgerState, withLedger } from '../../../core/ledger/index.js';
import type { CoverageAnswer, Item, Order } from '../../../core/model/order.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath } from '../fixtures.js';
import { RichText } from '../../../core/model/rich-text.js';

/** The words of a task. */
const words = (t: Item): string => RichText.plain(t.text, old);

let old: Order;
beforeAll(async () => {
  const r = await importFile(fixturePath('3468-2024'));
  if (!r.ok) throw new Error(r.error.message);
  old = r.order;
});

function tasksOf(o: Order, symbol: string): Item[] {
  const u = o.units.find((x) => x.symbol === symbol)!;
  if (u.scope.kind !== 'tasks') throw new Error('lista zadań');
  return u.scope.tasks;
}

/** A draft where KS-01's first task is gone and KS-03 has a task written anew (no words in common). */
function restructured(): { draft: Order; gone: Item; fresh: Item } {
  const draft = structuredClone(draftReplacing(old));
  const [gone] = tasksOf(draft, 'KS-01').splice(0, 1);
  const fresh: Item = { id: 'fresh-task', text: ['koordynacja całokształtu spraw kadrowo-płacowych zespołu'], children: [] };
  tasksOf(draft, 'KS-03').push(fresh);
  return { draft, gone: gone!, fresh };
}

function answer(draft: Order, q: { oldWhere: string; oldText: string }, a: Omit<CoverageAnswer, 'oldWhere' | 'oldText'>): Order {
  return { ...draft, coverage: [{ oldWhere: q.oldWhere, oldText: q.oldText, ...a }] };
}

describe('coverage ledger', () => {
  it('an unanswered dropped task keeps the ledger open; the new task is added', () => {
    const { draft, gone } = restructured();
    const c = withLedger(compareOrders(old, draft), draft);
    expect(c.coverage.map((q) => q.oldText)).toEqual([words(gone)]);
    expect(ledgerState(c)).toEqual({ questions: 1, answered: 0, open: 1, closed: false });
    expect(c.tasks.filter((t) => t.change === 'added').map((t) => t.newText)).toContain('koordynacja całokształtu spraw kadrowo-płacowych zespołu');
  });

  it('moved to a unit of this draft: linked, paired as moved, no longer dropped or added, ledger closed', () => {
    const { draft, fresh } = restructured();
    const q = compareOrders(old, draft).coverage[0]!;
    const d = answer(draft, q, { answer: 'movedWithinDraft', taskId: fresh.id });
    const before = compareOrders(old, d);
    const c = withLedger(before, d);
    const row = c.tasks.find((t) => t.old === q.oldWhere && t.oldText === q.oldText)!;
    expect(row.change).toBe('moved');
    expect(row.newOwner?.symbol).toBe('KS-03');
    expect(row.newText).toBe(words(fresh));
    expect(row.diff?.some((p) => p.op === '+')).toBe(true);
    expect(c.tasks.filter((t) => t.change === 'added' && t.newText === words(fresh))).toEqual([]);
    expect(c.summary.dropped).toBe(before.summary.dropped - 1);
    expect(c.summary.added).toBe(before.summary.added - 1);
    expect(c.summary.moved).toBe(before.summary.moved + 1);
    expect(c.coverage[0]!.link?.owner.symbol).toBe('KS-03');
    expect(ledgerState(c).closed).toBe(true);
    expect(answerText(c.coverage[0]!)).toMatch(/^przeniesione do komórki projektu: § \d+ pkt \d+ \(KS-03\)$/);
    // unit rows follow: KS-01 moved one out, KS-03 took one in
    const ks01 = c.units.find((u) => u.old === 'KS-01')!;
    const ks01Before = before.units.find((u) => u.old === 'KS-01')!;
    expect(ks01.tasks.dropped).toBe(ks01Before.tasks.dropped - 1);
    expect(ks01.tasks.movedOut).toBe(ks01Before.tasks.movedOut + 1);
    // the comparison passed in is not changed
    expect(before.tasks.find((t) => t.old === q.oldWhere && t.oldText === q.oldText)!.change).toBe('dropped');
  });

  it('reworded within the same unit is reworded; merged into a task that has its own counterpart is merged', () => {
    const { draft, gone } = restructured();
    const own = tasksOf(draft, 'KS-01');
    const reworded: Item = { id: 'rew', text: ['nowe ujęcie zadania zupełnie innymi słowami'], children: [] };
    own.push(reworded);
    const q = compareOrders(old, draft).coverage.find((x) => x.oldText === words(gone))!;
    const r = withLedger(compareOrders(old, answer(draft, q, { answer: 'reworded', taskId: 'rew' })), answer(draft, q, { answer: 'reworded', taskId: 'rew' }));
    expect(r.tasks.find((t) => t.oldText === words(gone))!.change).toBe('reworded');
    // merged into KS-01's (continuing) second task, which is paired with its own old task
    const host = own[0]!;
    const m = answer(draft, q, { answer: 'mergedIntoTask', taskId: host.id });
    const c = withLedger(compareOrders(old, m), m);
    const row = c.tasks.find((t) => t.oldText === words(gone))!;
    expect(row.change).toBe('merged');
    expect(row.newText).toBe(words(host));
    // the host keeps its own pair
    expect(c.tasks.filter((t) => t.newText === words(host) && t.change !== 'merged')).toHaveLength(1);
    expect(ledgerState(c).closed).toBe(true);
  });

  it('a link to a task that was removed opens the question again, with a check finding', () => {
    const { draft, gone } = restructured();
    const q = compareOrders(old, draft).coverage[0]!;
    const d = answer(draft, q, { answer: 'movedWithinDraft', taskId: 'no-such-task' });
    const c = withLedger(compareOrders(old, d), d);
    expect(c.coverage[0]!.link).toBeNull();
    expect(ledgerState(c)).toMatchObject({ open: 1, closed: false });
    expect(c.tasks.find((t) => t.oldText === words(gone))!.change).toBe('dropped');
    const f = checkOrder(d, { against: old }).filter((x) => x.code === 'coverage.unanswered');
    expect(f.map((x) => x.message).join()).toMatch(/już nie istnieje/);
  });

  it('handed to another department needs the department; the order and a note are written with it', () => {
    const { draft } = restructured();
    const q = compareOrders(old, draft).coverage[0]!;
    const bare = answer(draft, q, { answer: 'movedToOtherDepartment' });
    expect(ledgerState(withLedger(compareOrders(old, bare), bare)).closed).toBe(false);
    const full = answer(draft, q, { answer: 'movedToOtherDepartment', department: 'Wydział Organizacji i Nadzoru', byOrder: 'nr 12/2025', note: 'od 1 lutego' });
    const c = withLedger(compareOrders(old, full), full);
    expect(ledgerState(c).closed).toBe(true);
    expect(answerText(c.coverage[0]!)).toBe('przekazane innemu wydziałowi: Wydział Organizacji i Nadzoru (zarządzenie nr 12/2025) — od 1 lutego');
    expect(checkOrder(full, { against: old }).filter((x) => x.code === 'coverage.unanswered')).toEqual([]);
  });

  it('given up and removed on purpose close the question', () => {
    const { draft } = restructured();
    const q = compareOrders(old, draft).coverage[0]!;
    for (const kind of ['givenUp', 'onPurpose'] as const) {
      const d = answer(draft, q, { answer: kind });
      expect(ledgerState(withLedger(compareOrders(old, d), d))).toEqual({ questions: 1, answered: 1, open: 0, closed: true });
    }
  });
});
