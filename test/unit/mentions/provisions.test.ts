/**
 * Provision references (core/mentions/provisions.ts) and their checks (core/checks/rules/provision-refs.ts):
 * absolute and relative citations of places of the same order become live references, are read inside the
 * editorial unit they stand in, follow renumbering, and a reference to a removed provision is an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, checkOrder } from '../../../core/checks/index.js';
import { importText } from '../../../core/import/index.js';
import { hostedTexts, linkProvisionRefs, resolveRelative } from '../../../core/mentions/provisions.js';
import { RichText, type Inline, type Order, type ProvisionRef } from '../../../core/model/index.js';
import { fixturePath, OWN } from '../fixtures.js';

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const BASE = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');

/** The provision references of every text of the order, with their host's id. */
function refsOf(order: Order): { hostId: string; ref: ProvisionRef; text: Inline[] }[] {
  return hostedTexts(order).flatMap((h) => RichText.refs(h.text).filter((r): r is ProvisionRef => r.kind === 'provision').map((ref) => ({ hostId: h.host.id, ref, text: h.text })));
}

/** The tasks of the unit with `symbol` (the test orders have task lists). */
function tasksOf(order: Order, symbol: string) {
  const u = order.units.find((x) => x.symbol === symbol)!;
  if (u.scope.kind !== 'tasks') throw new Error('no tasks');
  return u.scope.tasks;
}

describe('relative citations are read inside their editorial unit', () => {
  it('ust. / pkt / lit. take the levels above them from the host', () => {
    const host = { paragraf: 4, ustep: 2, punkt: 1 };
    expect(resolveRelative('ust. 3', host)).toEqual({ citation: { paragraf: 4, ustep: 3 }, form: 'ustep' });
    expect(resolveRelative('pkt 3', host)).toEqual({ citation: { paragraf: 4, ustep: 2, punkt: 3 }, form: 'punkt' });
    expect(resolveRelative('pkt 3 lit. b', host)).toEqual({ citation: { paragraf: 4, ustep: 2, punkt: 3, litera: 2 }, form: 'punkt' });
    expect(resolveRelative('lit. b', host)).toEqual({ citation: { paragraf: 4, ustep: 2, punkt: 1, litera: 2 }, form: 'litera' });
    expect(resolveRelative('lit. b', { paragraf: 4 })).toBeNull();
    expect(resolveRelative('', host)).toBeNull();
  });

  it('a typed relative reference becomes live and follows renumbering of its target', () => {
    const text = BASE.replace('3) sporządzanie wystąpień pokontrolnych.', '3) sporządzanie wystąpień pokontrolnych po kontrolach, o których mowa w pkt 2.');
    const order = imported(text);
    const tasks = tasksOf(order, 'TW-02');
    const ref = RichText.refs(tasks[2]!.text)[0] as ProvisionRef;
    expect(ref).toMatchObject({ kind: 'provision', targetId: tasks[1]!.id, form: 'punkt', written: 'pkt 2' });
    expect(RichText.plain(tasks[2]!.text, order)).toBe('sporządzanie wystąpień pokontrolnych po kontrolach, o których mowa w pkt 2');
    // a new point before the target: the reference now reads pkt 3
    tasks.unshift({ id: 'nowy', text: ['nowe zadanie'], children: [] });
    expect(RichText.plain(tasks[3]!.text, order)).toMatch(/o których mowa w pkt 3$/);
  });

  it('absolute references stay absolute; other acts and places the order lacks stay text', () => {
    const text = BASE.replace('3) sporządzanie wystąpień pokontrolnych.', '3) sporządzanie wystąpień zgodnie z art. 33 ust. 3 ustawy i § 3 ust. 2 rozporządzenia oraz w pkt 7.');
    const order = imported(text);
    const all = refsOf(order);
    // the base order's own `§ 4 pkt 2` (in § 5 pkt 2) is the only reference
    expect(all).toHaveLength(1);
    expect(all[0]!.ref).toMatchObject({ form: 'paragraf', written: '§ 4 pkt 2' });
    expect(RichText.plain(tasksOf(order, 'TW-02')[2]!.text, order)).toContain('art. 33 ust. 3 ustawy i § 3 ust. 2 rozporządzenia oraz w pkt 7');
  });

  it('a real order: `o którym mowa w ust. 1` in § 1 of 3842/2023 names ust. 1 of the same paragraf', () => {
    const order = imported(readFileSync(fixturePath('3842-2023'), 'utf8'));
    const rel = refsOf(order).filter((r) => r.ref.form === 'ustep');
    expect(rel.length).toBeGreaterThan(0);
    const cites = RichText.context(order).citations;
    for (const r of rel) {
      const host = cites.get(r.hostId)!;
      expect(cites.get(r.ref.targetId)!.paragraf).toBe(host.paragraf);
      expect(RichText.plain(r.text, order)).toContain(r.ref.written!);
    }
  });

  it('linking twice changes nothing (references are not linked again)', () => {
    const order = imported(BASE);
    const before = JSON.stringify(order);
    expect(JSON.stringify(linkProvisionRefs(order))).toBe(before);
  });
});

describe('checks of provision references', () => {
  const withRef = (): Order => imported(BASE.replace('3) sporządzanie wystąpień pokontrolnych.', '3) sporządzanie wystąpień pokontrolnych po kontrolach, o których mowa w pkt 2.'));

  it('references.provision-removed: passing while the target exists, failing once it is removed, fixed by removing the reference', () => {
    const order = withRef();
    expect(checkOrder(order).filter((f) => f.code.startsWith('references.'))).toEqual([]);
    const removed = structuredClone(order);
    const tasks = tasksOf(removed, 'TW-02');
    tasks.splice(1, 1); // pkt 2 removed: the reference (now in pkt 2) is dangling
    const found = checkOrder(removed).filter((f) => f.code === 'references.provision-removed');
    expect(found).toHaveLength(1);
    // an imported text is cited by its written labels: the point still reads `3)`
    expect(found[0]).toMatchObject({ severity: 'error', where: '§ 5 pkt 3', targetId: tasks[1]!.id });
    expect(found[0]!.message).toMatch(/„pkt 2” wskazuje przepis, którego w zarządzeniu już nie ma/);
    expect(checkOrder(removed).filter((f) => f.code === 'references.target')).toEqual([]);
    const fixed = applyFix(removed, found[0]!);
    expect(checkOrder(fixed).filter((f) => f.code === 'references.provision-removed')).toEqual([]);
    expect(RichText.refs(tasksOf(fixed, 'TW-02')[1]!.text)).toEqual([]);
  });

  it('references.relative-outside: a relative reference moved away from its target is an error, fixed by the full citation', () => {
    const order = withRef();
    const moved = structuredClone(order);
    const from = tasksOf(moved, 'TW-02');
    const task = from.splice(2, 1)[0]!;
    tasksOf(moved, 'TW-03').push(task); // now § 6 pkt 3, still pointing at § 5 pkt 2
    const found = checkOrder(moved).filter((f) => f.code === 'references.relative-outside');
    expect(found.map((f) => f.where)).toEqual(['§ 6 pkt 3']);
    const fixed = applyFix(moved, found[0]!);
    expect(checkOrder(fixed).filter((f) => f.code === 'references.relative-outside')).toEqual([]);
    expect(RichText.plain(tasksOf(fixed, 'TW-03')[2]!.text, fixed)).toMatch(/o których mowa w § 5 pkt 2$/);
  });
});
