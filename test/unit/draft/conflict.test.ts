/**
 * A save conflict task by task (core/draft/conflict.ts) on a real order: two people edit copies of the same draft;
 * the differences are read per task id, and each choice (their version or mine) is what the merged order holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictMerge } from '../../../core/draft/conflict.js';
import { draftReplacing } from '../../../core/draft/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath } from '../fixtures.js';

let base: Order;
beforeAll(async () => {
  const a = await importFile(fixturePath('3468-2024'));
  if (!a.ok) throw new Error('fixture');
  base = draftReplacing(a.order, { today: '2026-02-01' });
});

const unit = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!;
function tasks(o: Order, symbol: string): Item[] {
  const s = unit(o, symbol).scope;
  if (s.kind !== 'tasks') throw new Error('no tasks');
  return s.tasks;
}
function edit(o: Order, symbol: string, fn: (tasks: Item[]) => Item[]): Order {
  const c = structuredClone(o);
  const u = unit(c, symbol);
  if (u.scope.kind === 'tasks') u.scope.tasks = fn(u.scope.tasks);
  return c;
}
const text = (o: Order, id: string) => {
  for (const u of o.units) if (u.scope.kind === 'tasks') for (const t of u.scope.tasks) if (t.id === id) return RichText.plain(t.text, o);
  return null;
};

describe('ConflictMerge', () => {
  it('sees no task difference between equal orders', () => {
    expect(ConflictMerge.compare(base, structuredClone(base))).toEqual({ tasks: [], restDiffers: false });
  });

  it('lists a task both changed, one only they added, one I removed; each choice is applied', () => {
    const [t0, t1, t2] = tasks(base, 'KS-01');
    // they: reword t0, add a task after t1
    const theirs = edit(base, 'KS-01', (ts) => {
      const out = ts.map((t) => (t.id === t0!.id ? { ...t, text: ['ich brzmienie zadania pierwszego'] } : t));
      out.splice(2, 0, { id: 'their-new', text: ['nowe zadanie dodane przez kolegę'], children: [] });
      return out;
    });
    // I: reword t0 differently, remove t2, rename the department (the rest)
    const mine = edit(base, 'KS-01', (ts) => ts.filter((t) => t.id !== t2!.id).map((t) => (t.id === t0!.id ? { ...t, text: ['moje brzmienie zadania pierwszego'] } : t)));
    mine.meta.title = `${mine.meta.title} (zmienione)`;

    const report = ConflictMerge.compare(theirs, mine);
    expect(report.restDiffers).toBe(true);
    const byId = new Map(report.tasks.map((r) => [r.id, r]));
    expect(byId.get(t0!.id)).toMatchObject({ kind: 'changed', theirs: 'ich brzmienie zadania pierwszego', mine: 'moje brzmienie zadania pierwszego' });
    expect(byId.get(t0!.id)!.diff.some((d) => d.op === '-' && d.text.includes('ich'))).toBe(true);
    expect(byId.get(t0!.id)!.where).toMatch(/^§ \d+ (ust\. \d+ )?pkt 1$/);
    expect(byId.get('their-new')).toMatchObject({ kind: 'onlyTheirs', mine: null });
    expect(byId.get(t2!.id)).toMatchObject({ kind: 'onlyTheirs', mine: null });
    expect(byId.has(t1!.id)).toBe(false);

    // take their wording of t0 and their new task, keep my removal of t2 and my title
    const r = ConflictMerge.resolve(theirs, mine, { rest: 'mine', tasks: { [t0!.id]: 'theirs', 'their-new': 'theirs' } });
    expect(r.unplaced).toEqual([]);
    expect(r.order.meta.title).toBe(mine.meta.title);
    expect(text(r.order, t0!.id)).toBe('ich brzmienie zadania pierwszego');
    const ids = tasks(r.order, 'KS-01').map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual([t0!.id, t1!.id, 'their-new']);
    expect(ids).not.toContain(t2!.id);

    // everything theirs gives their order; everything mine gives mine
    const all = (side: 'theirs' | 'mine') => Object.fromEntries(report.tasks.map((x) => [x.id, side]));
    expect(ConflictMerge.resolve(theirs, mine, { rest: 'theirs', tasks: all('theirs') }).order).toEqual(theirs);
    expect(ConflictMerge.resolve(theirs, mine, { rest: 'mine', tasks: all('mine') }).order).toEqual(mine);
    // the rest theirs, the tasks mine: their title, my task lists
    const mixed = ConflictMerge.resolve(theirs, mine, { rest: 'theirs', tasks: all('mine') }).order;
    expect(mixed.meta.title).toBe(theirs.meta.title);
    expect(tasks(mixed, 'KS-01')).toEqual(tasks(mine, 'KS-01'));
  });

  it('a task moved to another unit on one side is one row; the choice puts it where that side has it', () => {
    const moved = tasks(base, 'KS-01')[0]!;
    const mine = structuredClone(base);
    const a = unit(mine, 'KS-01');
    const b = unit(mine, 'KS-02');
    if (a.scope.kind !== 'tasks' || b.scope.kind !== 'tasks') throw new Error('tasks');
    a.scope.tasks = a.scope.tasks.slice(1);
    b.scope.tasks = [...b.scope.tasks, moved];
    const report = ConflictMerge.compare(base, mine);
    expect(report.tasks).toEqual([expect.objectContaining({ id: moved.id, kind: 'moved' })]);
    const back = ConflictMerge.resolve(base, mine, { rest: 'mine', tasks: { [moved.id]: 'theirs' } }).order;
    expect(tasks(back, 'KS-01')[0]!.id).toBe(moved.id);
    expect(tasks(back, 'KS-02').map((t) => t.id)).not.toContain(moved.id);
  });

  it('a task whose unit is gone from the result cannot be placed and is reported', () => {
    const theirs = edit(base, 'KS-03', (ts) => [...ts, { id: 'late', text: ['zadanie w komórce usuniętej u mnie'], children: [] }]);
    const mine = structuredClone(base);
    mine.units = mine.units.filter((u) => u.symbol !== 'KS-03');
    const r = ConflictMerge.resolve(theirs, mine, { rest: 'mine', tasks: { late: 'theirs' } });
    expect(r.unplaced).toEqual(['late']);
    expect(r.order.units.some((u) => u.symbol === 'KS-03')).toBe(false);
  });
});
