/**
 * The rules on units named inside the text (core/checks/rules/mentions.ts): for each, a failing case (one change to
 * the small valid order of test/fixtures/checks/base-order.txt, or a register operation on it) that must give a
 * finding of that rule at the changed place, and a passing case that must not; where the rule has a fix, applying
 * it must clear the finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, catalogue, checkOrder, type Finding } from '../../../core/checks/index.js';
import { draftReplacing, removeUnit, removeUnitWithTasks, setSymbol, type EditResult } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { Inline } from '../../../core/model/inline.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { OWN } from '../fixtures.js';

const BASE = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');
const PRESS = '1) obsługa dziennikarzy;\n2) przygotowanie komunikatów prasowych.';

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
/** The base order with one more task of the Biuro Prasowe (§ 6 pkt 3). */
const withTask = (task: string): Order => imported(BASE.replace(PRESS, `${PRESS.replace(/\.$/, ';')}\n3) ${task}.`));
function ok(r: EditResult): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}
const id = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!.id;
const of = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);
const press3 = (o: Order) => {
  const s = o.units.find((u) => u.symbol === 'TW-03')!.scope;
  return s.kind === 'tasks' ? s.tasks[2]! : null;
};

describe('mention rules', () => {
  it('are in the catalogue with a Polish title and a source', () => {
    const codes = catalogue().filter((c) => c.code.startsWith('mentions.'));
    expect(codes.map((c) => c.code).sort()).toEqual(['mentions.duplicate-name', 'mentions.removed', 'mentions.self', 'mentions.symbol-mismatch', 'mentions.symbol-reused', 'mentions.unknown-unit']);
    for (const c of codes) expect(c.source.ref.length).toBeGreaterThan(10);
  });

  it('the base order and a correctly named unit give none of them', () => {
    expect(checkOrder(imported(BASE)).filter((f) => f.code.startsWith('mentions.'))).toEqual([]);
    expect(checkOrder(withTask('współpraca z Referatem Kontroli (TW-02)')).filter((f) => f.code.startsWith('mentions.'))).toEqual([]);
  });

  it('unknown-unit: a misspelt name, with the nearest name and a fix making it a mention', () => {
    const o = withTask('współpraca z Referatem Kontrolli');
    const [f, ...rest] = of(checkOrder(o), 'mentions.unknown-unit');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', where: '§ 6 pkt 3' });
    expect(f!.message).toContain('Referat Kontroli (TW-02)');
    const fixed = applyFix(o, f!);
    expect(of(checkOrder(fixed), 'mentions.unknown-unit')).toEqual([]);
    expect(RichText.plain(press3(fixed)!.text, fixed)).toBe('współpraca z Referatem Kontroli');
    expect(Inline.refs(press3(fixed)!.text)).toMatchObject([{ kind: 'unit', unitId: id(fixed, 'TW-02'), case: 'instrumental' }]);
  });

  it('unknown-unit: a unit of another department is a remark (info) with the nearest name', () => {
    const [f] = of(checkOrder(withTask('współpraca z Biurem Rady Miasta Krakowa')), 'mentions.unknown-unit');
    expect(f).toMatchObject({ severity: 'info', where: '§ 6 pkt 3' });
    expect(f!.fix).toBeUndefined();
  });

  it('symbol-mismatch: a name followed by another unit’s symbol, fixed to its own', () => {
    const o = withTask('opinie Referatu Kontroli (TW-01)');
    const [f] = of(checkOrder(o), 'mentions.symbol-mismatch');
    expect(f).toMatchObject({ severity: 'error', where: '§ 6 pkt 3' });
    const fixed = applyFix(o, f!);
    expect(of(checkOrder(fixed), 'mentions.symbol-mismatch')).toEqual([]);
    expect(RichText.plain(press3(fixed)!.text, fixed)).toBe('opinie Referatu Kontroli (TW-02)');
    expect(of(checkOrder(withTask('opinie Referatu Kontroli (TW-02)')), 'mentions.symbol-mismatch')).toEqual([]);
  });

  it('removed: a mention of a deleted unit is an error; its fix removes the mention', () => {
    const o = withTask('współpraca z Referatem Kontroli, w tym wymiana danych');
    expect(of(checkOrder(o), 'mentions.removed')).toEqual([]);
    const gone = ok(removeUnit(o, id(o, 'TW-02')));
    const [f] = of(checkOrder(gone), 'mentions.removed');
    expect(f).toMatchObject({ severity: 'error', where: '§ 6 pkt 3', fix: { label: 'Usuń wzmiankę' } });
    expect(f!.message).toContain('„Referatem Kontroli”');
    const fixed = applyFix(gone, f!);
    expect(of(checkOrder(fixed), 'mentions.removed')).toEqual([]);
    const s = fixed.units.find((u) => u.symbol === 'TW-03')!.scope;
    expect(s.kind === 'tasks' && RichText.plain(s.tasks[2]!.text, fixed)).toBe('współpraca z, w tym wymiana danych');
  });

  it('removed: against the replaced order, the fix points the mention to the unit that took over the tasks', () => {
    const old = withTask('współpraca z Referatem Kontroli');
    const draft = draftReplacing(old, { today: '2026-02-01' });
    const gone = ok(removeUnitWithTasks(draft, id(draft, 'TW-02'), { kind: 'unit', unitId: id(draft, 'TW-01') }));
    const [f] = of(checkOrder(gone, { against: old }), 'mentions.removed');
    expect(f!.fix!.label).toBe('Wskaż „Referat Organizacyjny”');
    expect(f!.alternatives?.map((a) => a.label)).toEqual(['Usuń wzmiankę']);
    const fixed = applyFix(gone, f!, { against: old });
    expect(of(checkOrder(fixed, { against: old }), 'mentions.removed')).toEqual([]);
    const s = fixed.units.find((u) => u.symbol === 'TW-03')!.scope;
    expect(s.kind === 'tasks' && RichText.plain(s.tasks[2]!.text, fixed)).toBe('współpraca z Referatem Organizacyjnym');
  });

  it('self: a unit’s own scope naming the unit is a warning; naming another unit is not', () => {
    const [f] = of(checkOrder(withTask('koordynacja prac Biura Prasowego')), 'mentions.self');
    expect(f).toMatchObject({ severity: 'warning', where: '§ 6 pkt 3' });
    expect(of(checkOrder(withTask('koordynacja prac Referatu Kontroli')), 'mentions.self')).toEqual([]);
  });

  it('duplicate-name: two units of one name', () => {
    const o = structuredClone(imported(BASE));
    o.units[2]!.name = o.units[1]!.name;
    expect(of(checkOrder(o), 'mentions.duplicate-name')).toMatchObject([{ severity: 'error', where: '§ 2 pkt 3' }]);
    expect(of(checkOrder(imported(BASE)), 'mentions.duplicate-name')).toEqual([]);
  });

  it('symbol-reused: a symbol that meant another unit in the replaced order', () => {
    const old = imported(BASE);
    const draft = draftReplacing(old, { today: '2026-02-01' });
    expect(of(checkOrder(draft, { against: old }), 'mentions.symbol-reused')).toEqual([]);
    let d = ok(setSymbol(draft, id(draft, 'TW-02'), 'TW-09'));
    d = ok(setSymbol(d, id(d, 'TW-03'), 'TW-02'));
    const fs = of(checkOrder(d, { against: old }), 'mentions.symbol-reused');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('Symbol TW-02 oznaczał');
    expect(fs[0]!.message).toContain('„Referat Kontroli”');
  });
});
