/**
 * The comparison: the expected pairing of 1630/2007 → 2006/2020 as it stands, accounting of every task, a symbol
 * reused for another unit, and the recovery of known mutations (renamed units, moved and dropped tasks) on a
 * generated order.
 */
import { describe, expect, it } from 'vitest';
import { compareOrders, type Comparison } from '../../../core/compare/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { mergeUnits } from '../../../core/draft/restructure.js';
import { importText } from '../../../core/import/index.js';
import { Citation, locateItems, type Order } from '../../../core/model/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { expected, fixturePath } from '../fixtures.js';

async function load(part: string): Promise<Order> {
  const r = await importFile(fixturePath(part));
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

interface Expected {
  units: { kept: [string, string][]; renamed: [string, string, string][]; continuedUnderAnotherSymbol: [string, string, string][]; removed: string[]; added: string[] };
  tasks: { paired: { old: string; new: string; note: string }[]; dropped: string[]; added: string[] };
}

describe('compareOrders on 1630/2007 → 2006/2020', () => {
  let cmp: Comparison;
  let oldO: Order;
  let newO: Order;
  const exp = expected<Expected>('compare-1630-2007-to-2006-2020.json');

  it('runs', async () => {
    oldO = await load('1630-2007');
    newO = await load('2006-2020');
    cmp = compareOrders(oldO, newO);
    expect(cmp.units.length).toBeGreaterThan(0);
  });

  it('matches units as expected (symbols reused for other units are not the same unit)', () => {
    const row = (o: string | null, n: string | null) => cmp.units.find((u) => u.old === o && u.new === n);
    for (const [o, n] of exp.units.kept) expect(row(o, n)?.change, `${o}→${n}`).toBe('kept');
    for (const [o, n] of exp.units.renamed) expect(row(o, n)?.change, `${o}→${n}`).toBe('renamed');
    for (const [o, n] of exp.units.continuedUnderAnotherSymbol) expect(row(o, n)?.change, `${o}→${n}`).toBe('symbolChanged');
    for (const o of exp.units.removed) expect(row(o, null)?.change, o).toBe('removed');
    for (const n of exp.units.added) expect(row(null, n)?.change, n).toBe('added');
    expect(row('KP-01', 'KP-01')).toBeUndefined();
    expect(row('KP-02', 'KP-02')).toBeUndefined();
  });

  it('pairs, drops and adds the expected tasks', () => {
    for (const p of exp.tasks.paired) {
      const r = cmp.tasks.find((t) => t.old === p.old && t.new === p.new);
      expect(r, `${p.old} → ${p.new} (${p.note})`).toBeDefined();
      expect(['kept', 'reworded', 'moved']).toContain(r!.change);
    }
    for (const d of exp.tasks.dropped) {
      const rows = cmp.tasks.filter((t) => t.old === d && t.oldOwner && !t.oldOwner.common);
      expect(rows.map((r) => r.change), d).toEqual(['dropped']);
    }
    for (const a of exp.tasks.added) expect(cmp.tasks.filter((t) => t.new === a).map((r) => r.change), a).toEqual(['added']);
  });

  it('accounts for every task once on each side, with diffs for reworded pairs', () => {
    const oldIds = [...locateItems(oldO).values()].filter((l) => l.unitId || oldO.commonDuties?.length);
    expect(cmp.summary.tasksOld).toBeLessThanOrEqual(oldIds.length);
    const oldRows = cmp.tasks.filter((t) => t.old !== null && t.change !== 'split');
    expect(oldRows.length).toBe(cmp.summary.tasksOld);
    const newRows = cmp.tasks.filter((t) => t.new !== null && t.change !== 'merged');
    expect(newRows.length).toBe(cmp.summary.tasksNew);
    for (const t of cmp.tasks.filter((x) => x.reworded && x.diff)) {
      expect(t.diff!.filter((p) => p.op !== '+').map((p) => p.text).join('')).toBe(t.oldText);
      expect(t.diff!.filter((p) => p.op !== '-').map((p) => p.text).join('')).toBe(t.newText);
    }
    expect(cmp.tasks.find((t) => t.old === '§ 6 pkt 4')?.level).toBe('punkt → litera');
  });

  it('reports leadership, subordination and coverage questions; is plain data', () => {
    expect(cmp.leadership.deputiesAdded).toEqual(['I Zastępca Dyrektora', 'II Zastępca Dyrektora']);
    expect(cmp.subordination).toContainEqual(expect.objectContaining({ unit: 'KP-03', old: 'Dyrektor', new: 'I Zastępca Dyrektora' }));
    expect(cmp.coverage.map((q) => q.oldWhere)).toEqual(expect.arrayContaining(exp.tasks.dropped));
    expect(JSON.parse(JSON.stringify(cmp))).toEqual(cmp);
  });
});

describe('compareOrders on mutated copies', () => {
  const base = importText(generateOrderText({ units: 40, points: 600, deputies: 2, seed: 11 }), 'txt');
  if (!base.ok) throw new Error('generated order does not import');
  const old = base.order;

  it('an unchanged copy is all kept', () => {
    const c = compareOrders(old, structuredClone(old));
    expect(c.units.every((u) => u.change === 'kept')).toBe(true);
    expect(c.tasks.every((t) => t.change === 'kept')).toBe(true);
  });

  it('recovers renamed units, moved and dropped tasks', () => {
    const { order, truth } = mutateOrder(old, { seed: 5, rename: 0.2, move: 0.1, drop: 0.05 });
    const c = compareOrders(old, order);
    const lo = locateItems(old);
    const ln = locateItems(order);
    const at = (l: ReturnType<typeof locateItems>, id: string) => Citation.format(l.get(id)!.citation);
    const rowOf = (id: string) => c.tasks.find((t) => t.old === at(lo, id) && t.oldOwner?.unitId === lo.get(id)!.unitId);
    let moved = 0;
    for (const [id, to] of truth.moved) if (rowOf(id)?.newOwner?.unitId === to && rowOf(id)?.new === at(ln, id)) moved++;
    let dropped = 0;
    for (const id of truth.dropped) if (rowOf(id)?.change === 'dropped') dropped++;
    const renamed = [...truth.renamed.keys()].filter((id) => c.units.some((u) => u.oldUnit?.id === id && u.newUnit?.id === id && u.facets.includes('renamed'))).length;
    expect(truth.moved.size).toBeGreaterThan(20);
    expect(moved / truth.moved.size).toBeGreaterThan(0.8);
    expect(dropped / truth.dropped.size).toBeGreaterThan(0.85);
    expect(renamed).toBe(truth.renamed.size);
  });

  it('a symbol reused for another unit is not the same unit', () => {
    const neu = structuredClone(old);
    const [a, b] = neu.units.filter((u) => u.parentId === null);
    [a!.symbol, b!.symbol] = [b!.symbol, a!.symbol];
    const c = compareOrders(old, neu);
    const ra = c.units.find((u) => u.oldUnit?.id === a!.id)!;
    expect(ra.newUnit?.id).toBe(a!.id);
    expect(ra.change).toBe('symbolChanged');
  });

  it('a unit whose tasks went to another unit is merged into it', () => {
    const neu = structuredClone(old);
    const tops = neu.units.filter((u) => u.parentId === null && u.scope.kind === 'tasks');
    const [x, y] = tops as [(typeof tops)[number], (typeof tops)[number]];
    if (x.scope.kind !== 'tasks' || y.scope.kind !== 'tasks') throw new Error('tasks');
    y.scope.tasks.push(...x.scope.tasks);
    neu.units = neu.units.filter((u) => u.id !== x.id);
    for (const p of neu.paragraphs) if (p.unitIds) p.unitIds = p.unitIds.filter((id) => id !== x.id);
    const c = compareOrders(old, neu);
    expect(c.units.find((u) => u.oldUnit?.id === x.id)?.change).toBe('merged');
    expect(c.units.find((u) => u.oldUnit?.id === y.id)?.change).toBe('kept');
  });

  it('half of a unit\'s tasks in a new unit: the new unit is split from it', () => {
    const neu = structuredClone(old);
    const y = neu.units.find((u) => u.parentId === null && u.scope.kind === 'tasks' && u.scope.tasks.length >= 8)!;
    if (y.scope.kind !== 'tasks') throw new Error('tasks');
    const half = y.scope.tasks.splice(0, Math.floor(y.scope.tasks.length / 2));
    const z = { ...structuredClone(y), id: 'nowa', symbol: 'GX-99', name: 'Zespół Nowy', scope: { ...y.scope, tasks: half } };
    neu.units.push(z);
    neu.paragraphs.push({ id: 'p-nowa', role: 'scope', unitIds: ['nowa'] });
    const c = compareOrders(old, neu);
    expect(c.units.find((u) => u.newUnit?.id === 'nowa')).toMatchObject({ old: y.symbol, change: 'split' });
    expect(c.units.find((u) => u.oldUnit?.id === y.id)?.newUnit?.id).toBe(y.id);
  });
});

describe('a merge in a draft', () => {
  it('the unit that kept its symbol and superior continues, renamed; the other is merged into it, even with more tasks', async () => {
    const r = await importFile(fixturePath('krakow-3468-2024'));
    if (!r.ok) throw new Error(r.error.message);
    const old = r.order;
    const d = draftReplacing(old, { today: '2026-02-01' });
    const id = (s: string) => d.units.find((u) => u.symbol === s)!.id;
    // KS-04 brings more points (with its letters and tirets) than KS-03, which stays with a new name
    const m = mergeUnits(d, { sourceIds: [id('KS-04')], targetId: id('KS-03'), name: 'Referat Mediów Cyfrowych i Marki Kraków' });
    if (!m.ok) throw new Error(m.message);
    const rows = compareOrders(old, m.order).units.filter((u) => u.change !== 'kept').map((u) => [u.change, u.old, u.new]);
    expect(rows).toEqual([['renamed', 'KS-03', 'KS-03'], ['merged', 'KS-04', 'KS-03']]);
  });
});
