/**
 * Restructuring operations (core/draft/restructure.ts) on real orders: merge (appended and interleaved, the surviving
 * name and symbol, sub-units and subordinates), split, moving several tasks at once, removing a unit with a
 * destination for its tasks; and what the comparison with the replaced order then says (moved, not dropped).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareOrders } from '../../../core/compare/index.js';
import { draftReplacing, mergeUnits, moveTasks, removeUnitWithTasks, splitUnit } from '../../../core/draft/index.js';
import { ledgerState, withLedger } from '../../../core/ledger/index.js';
import type { Order } from '../../../core/model/order.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath } from '../fixtures.js';
import { tasksOf } from '../redline/cases.js';

let old: Order;
let kp: Order;
beforeAll(async () => {
  const a = await importFile(fixturePath('3468-2024'));
  const b = await importFile(fixturePath('1630-2007'));
  if (!a.ok || !b.ok) throw new Error('fixture');
  old = a.order;
  kp = b.order;
});

const id = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!.id;
function ok(r: { ok: true; order: Order } | { ok: false; message: string }): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}

describe('mergeUnits', () => {
  it('appends the merged unit’s tasks, removes it, and the comparison sees moved tasks, not dropped ones', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const before = structuredClone(d);
    const own = tasksOf(d, 'KS-02').map((t) => t.id);
    const theirs = tasksOf(d, 'KS-03').map((t) => t.id);
    const m = ok(mergeUnits(d, { sourceIds: [id(d, 'KS-03')], targetId: id(d, 'KS-02') }));
    expect(d).toEqual(before);
    expect(m.units.some((u) => u.symbol === 'KS-03')).toBe(false);
    expect(tasksOf(m, 'KS-02').map((t) => t.id)).toEqual([...own, ...theirs]);
    expect(m.paragraphs.filter((p) => p.role === 'scope').length).toBe(d.paragraphs.filter((p) => p.role === 'scope').length - 1);
    const c = withLedger(compareOrders(old, m), m);
    expect(c.summary.dropped).toBe(compareOrders(old, d).summary.dropped);
    expect(c.tasks.filter((t) => t.oldOwner?.symbol === 'KS-03').every((t) => t.change === 'moved' && t.newOwner?.symbol === 'KS-02')).toBe(true);
    expect(c.units.find((u) => u.old === 'KS-03')?.change).toBe('merged');
  });

  it('takes the name and symbol chosen (the merged unit’s symbol is free by then) and the user’s order of tasks', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const own = tasksOf(d, 'KS-02').map((t) => t.id);
    const theirs = tasksOf(d, 'KS-03').map((t) => t.id);
    const interleaved = own.flatMap((t, i) => (theirs[i] ? [t, theirs[i]!] : [t])).concat(theirs.slice(own.length));
    const m = ok(mergeUnits(d, { sourceIds: [id(d, 'KS-03')], targetId: id(d, 'KS-02'), name: 'Biuro Prasowe i Mediów Miejskich', symbol: 'KS-03', tasks: { kind: 'interleave', taskIds: interleaved } }));
    const u = m.units.find((x) => x.id === id(d, 'KS-02'))!;
    expect(u.symbol).toBe('KS-03');
    expect(u.name).toBe('Biuro Prasowe i Mediów Miejskich');
    expect(tasksOf(m, 'KS-03').map((t) => t.id)).toEqual(interleaved);
    const missing = mergeUnits(d, { sourceIds: [id(d, 'KS-03')], targetId: id(d, 'KS-02'), tasks: { kind: 'interleave', taskIds: interleaved.slice(1) } });
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/dokładnie raz/) });
    expect(mergeUnits(d, { sourceIds: [id(d, 'KS-03')], targetId: id(d, 'KS-02'), symbol: 'KS-04' })).toMatchObject({ ok: false, message: expect.stringMatching(/KS-04/) });
  });

  it('gives the merged unit’s sub-units to the surviving unit, after its block; refuses a merge into its own sub-unit', () => {
    const d = draftReplacing(kp, { today: '2026-02-01' });
    const parent = id(d, 'KP-02');
    const child = id(d, 'KP-02-1');
    expect(mergeUnits(d, { sourceIds: [parent], targetId: child })).toMatchObject({ ok: false });
    const m = ok(mergeUnits(d, { sourceIds: [parent], targetId: id(d, 'KP-04') }));
    const order = m.units.map((u) => u.symbol);
    expect(m.units.find((u) => u.id === child)!.parentId).toBe(id(d, 'KP-04'));
    expect(order.indexOf('KP-02-1')).toBe(order.indexOf('KP-04') + 1);
    expect(order.indexOf('KP-02-2')).toBe(order.indexOf('KP-04') + 2);
  });
});

describe('splitUnit and moveTasks', () => {
  it('splits the chosen tasks into a new unit right after the unit, with its parent and superior', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const chosen = tasksOf(d, 'KS-01').slice(-3).map((t) => t.id);
    const r = splitUnit(d, { unitId: id(d, 'KS-01'), taskIds: chosen, name: 'Referat ds. Kadr', symbol: 'KS-08' });
    const s = ok(r);
    const at = s.units.findIndex((u) => u.id === r.unitId);
    expect(s.units[at - 1]!.symbol).toBe('KS-01');
    expect(s.units[at]).toMatchObject({ name: 'Referat ds. Kadr', symbol: 'KS-08', reportsTo: d.units[0]!.reportsTo, parentId: null });
    expect(tasksOf(s, 'KS-08').map((t) => t.id)).toEqual(chosen);
    const c = compareOrders(old, s);
    expect(c.units.find((u) => u.new === 'KS-08')?.change).toBe('split');
    expect(splitUnit(d, { unitId: id(d, 'KS-01'), taskIds: tasksOf(d, 'KS-01').map((t) => t.id), name: 'X' })).toMatchObject({ ok: false, message: expect.stringMatching(/wszystkie/) });
    expect(splitUnit(d, { unitId: id(d, 'KS-01'), taskIds: [tasksOf(d, 'KS-02')[0]!.id], name: 'X' })).toMatchObject({ ok: false });
    expect(splitUnit(d, { unitId: id(d, 'KS-01'), taskIds: [], name: 'X' })).toMatchObject({ ok: false });
  });

  it('moves several tasks of several units at once, in the order given; a letter goes with its chosen point once', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const withLetters = tasksOf(d, 'KS-04').find((t) => t.children.length)!;
    const picked = [tasksOf(d, 'KS-02')[2]!.id, withLetters.id, withLetters.children[0]!.id, tasksOf(d, 'KS-01')[0]!.id];
    const m = ok(moveTasks(d, picked, id(d, 'KS-07')));
    const list = tasksOf(m, 'KS-07');
    expect(list.slice(-3).map((t) => t.id)).toEqual([picked[0], picked[1], picked[3]]);
    expect(list.find((t) => t.id === withLetters.id)!.children.map((c) => c.id)).toEqual(withLetters.children.map((c) => c.id));
    expect(moveTasks(d, ['nie-ma'], id(d, 'KS-07'))).toMatchObject({ ok: false });
  });
});

describe('removeUnitWithTasks', () => {
  it('to a unit: the tasks move there and nothing is dropped', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const n = tasksOf(d, 'KS-05').length;
    const m = ok(removeUnitWithTasks(d, id(d, 'KS-05'), { kind: 'unit', unitId: id(d, 'KS-04') }));
    expect(tasksOf(m, 'KS-04').length).toBe(tasksOf(d, 'KS-04').length + n);
    expect(withLedger(compareOrders(old, m), m).coverage).toEqual([]);
    expect(removeUnitWithTasks(d, id(d, 'KS-05'), { kind: 'unit', unitId: id(d, 'KS-05') })).toMatchObject({ ok: false });
  });

  it('to the ledger: open questions; on purpose: each answered, so the ledger is closed', () => {
    const d = draftReplacing(old, { today: '2026-02-01' });
    const ks05 = old.units.find((u) => u.symbol === 'KS-05')!;
    const items = (ks05.scope.kind === 'tasks' ? ks05.scope.tasks : []).flatMap(function all(t): string[] { return [t.id, ...t.children.flatMap(all)]; });
    const open = ok(removeUnitWithTasks(d, id(d, 'KS-05'), { kind: 'ledger' }, old));
    const c1 = withLedger(compareOrders(old, open), open);
    expect(ledgerState(c1)).toMatchObject({ questions: items.length, open: items.length, closed: false });
    const gone = ok(removeUnitWithTasks(d, id(d, 'KS-05'), { kind: 'onPurpose', note: 'zadania wygaszone' }, old));
    expect(gone.coverage).toHaveLength(items.length);
    expect(gone.coverage.every((a) => a.answer === 'onPurpose' && a.note === 'zadania wygaszone')).toBe(true);
    expect(ledgerState(withLedger(compareOrders(old, gone), gone)).closed).toBe(true);
  });
});
