/**
 * Scope kinds and positions in the editor's model edits (renderer/src/editor/order-edit.ts), checked through the
 * text core/render prints and through the comparison's accounting of tasks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOrders } from '../../../core/compare/index.js';
import { addUnit, draftReplacing, moveTask } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import {
  addPosition, dropUnit, listKey, removePosition, setListTasks, setPosition, setProseText, setScopeKind, setScopeLead,
} from '../../../renderer/src/editor/order-edit.js';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/orders');
const old = (() => {
  const r = importText(readFileSync(resolve(fixtures, 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
})();
const base = draftReplacing(old, { today: '2026-11-22' });
const unit = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!;
const text = (o: Order) => renderText(o).replace(/\u00a0/g, ' ');

describe('positions inside a unit', () => {
  it('adds a position with its own list, renames it, and prints it as an ustęp of the unit', () => {
    const ks03 = unit(base, 'KS-03');
    const added = addPosition(base, ks03.id);
    expect(added.positionId).not.toBe('');
    let o = setPosition(added.order, ks03.id, added.positionId, { name: 'Stanowisko ds. Mediów Społecznościowych', lead: 'w szczególności' });
    o = setListTasks(o, listKey(ks03.id, added.positionId), [
      { id: 'p1', text: ['prowadzenie profili Wydziału'], children: [] },
      { id: 'p2', text: ['moderowanie komentarzy'], children: [] },
    ]);
    expect(text(o)).toMatch(/2\. W strukturze Referatu Mediów Miejskich funkcjonuje Stanowisko ds\. Mediów Społecznościowych, do zakresu działania którego należy w szczególności:\n1\) prowadzenie profili Wydziału;\n2\) moderowanie komentarzy\./);
    // the unit's own list is untouched, and a position's task can be moved to another unit like any other
    expect(unit(o, 'KS-03').scope).toMatchObject({ kind: 'tasks', tasks: (ks03.scope as { tasks: unknown[] }).tasks });
    const moved = moveTask(o, 'p2', unit(o, 'KS-01').id);
    expect(moved.ok && text(moved.order)).toMatch(/moderowanie komentarzy\.\n\n§ 5\./);
    const removed = removePosition(o, ks03.id, added.positionId);
    expect(text(removed)).not.toContain('W strukturze Referatu Mediów Miejskich');
  });

  it('a unit whose scope is not a list takes no position', () => {
    const ks04 = unit(base, 'KS-04');
    const o = setScopeKind(base, ks04.id, 'separateOrder');
    expect(addPosition(o, ks04.id)).toEqual({ order: o, positionId: '' });
  });
});

describe('kinds of scope', () => {
  it('separate order: one sentence with the lead; its tasks count as dropped in the comparison', () => {
    const ks04 = unit(base, 'KS-04');
    let o = setScopeKind(base, ks04.id, 'separateOrder');
    o = setScopeLead(o, ks04.id, 'należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa');
    expect(text(o)).toMatch(/§ 7\. Do zakresu działania Referatu Zarządzania Marką Kraków \(KS-04\) należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa\.\n\n§ 8\./);
    const cmp = compareOrders(old, o);
    expect(cmp.coverage.length).toBeGreaterThan(0);
    expect(cmp.coverage.every((q) => q.oldOwner.symbol === 'KS-04' || q.oldOwner.symbol === '')).toBe(true);
  });

  it('one sentence starts from the list joined; back to a list starts empty', () => {
    const ks05 = unit(base, 'KS-05');
    const tasks = (ks05.scope as { tasks: Item[] }).tasks;
    let o = setScopeKind(base, ks05.id, 'prose');
    // the tasks' words joined (their mentions of units and of the Wydział stay mentions)
    const prose = unit(o, 'KS-05').scope as { kind: string; lead: string; text: RichText };
    expect({ kind: prose.kind, lead: prose.lead }).toEqual({ kind: 'prose', lead: 'należy' });
    expect(RichText.plain(prose.text, o)).toBe(tasks.map((t) => RichText.plain(t.text, base)).join('; '));
    o = setProseText(o, ks05.id, 'obsługa sekretariatu Wydziału');
    expect(text(o)).toMatch(/Do zakresu działania Referatu Kampanii Informacyjno-Promocyjnych Miasta \(KS-05\) należy obsługa sekretariatu Wydziału\./);
    o = setScopeKind(o, ks05.id, 'tasks');
    expect(unit(o, 'KS-05').scope).toEqual({ kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] });
    // the same kind again changes nothing
    expect(setScopeKind(o, ks05.id, 'tasks')).toEqual(o);
  });
});

describe('dropping a unit in the § 2 table', () => {
  const symbols = (o: Order) => o.units.map((u) => u.symbol);
  const id = (o: Order, s: string) => unit(o, s).id;

  it('before or after the target row; the scope paragrafy follow § 2', () => {
    const before = dropUnit(base, id(base, 'KS-07'), id(base, 'KS-02'), false);
    expect(before.ok && symbols(before.order)).toEqual(['KS-01', 'KS-07', 'KS-02', 'KS-03', 'KS-04', 'KS-05', 'KS-06']);
    const after = dropUnit(base, id(base, 'KS-01'), id(base, 'KS-03'), true);
    expect(after.ok && symbols(after.order)).toEqual(['KS-02', 'KS-03', 'KS-01', 'KS-04', 'KS-05', 'KS-06', 'KS-07']);
    if (!after.ok) return;
    expect(text(after.order)).toMatch(/§ 6\. Do zakresu działania Referatu ds\. Organizacyjnych \(KS-01\)/);
  });

  it('a sub-unit moves with its parent; a unit dropped among sub-units becomes one; never into its own sub-unit', () => {
    const withSub = addUnit(base, { name: 'Zespół Monitoringu Mediów', symbol: 'KS-02-1', parentId: id(base, 'KS-02') });
    if (!withSub.ok) throw new Error(withSub.message);
    const o = withSub.order;
    const moved = dropUnit(o, id(o, 'KS-02'), id(o, 'KS-06'), true);
    expect(moved.ok && symbols(moved.order)).toEqual(['KS-01', 'KS-03', 'KS-04', 'KS-05', 'KS-06', 'KS-02', 'KS-02-1', 'KS-07']);
    const into = dropUnit(o, id(o, 'KS-07'), id(o, 'KS-02-1'), false);
    expect(into.ok && unit(into.order, 'KS-07')).toMatchObject({ parentId: id(o, 'KS-02'), reportsTo: { kind: 'unit', id: id(o, 'KS-02') } });
    expect(into.ok && symbols(into.order).slice(1, 4)).toEqual(['KS-02', 'KS-07', 'KS-02-1']);
    expect(dropUnit(o, id(o, 'KS-02'), id(o, 'KS-02-1'), false)).toEqual({ ok: false, message: 'Komórki nie można przenieść do jej własnej podkomórki.' });
  });
});
