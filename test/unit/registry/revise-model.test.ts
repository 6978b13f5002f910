/**
 * Rewriting a stored order's model after import (`reviseModel`), on both engines: an imported order's unplaced text
 * placed as a point of a unit's scope or discarded (`core/import/unplaced.ts`). A signed order keeps its number,
 * date, repeals and entry into force; the search finds the placed point; the audit log says who did what. A draft
 * gets a new version. A stale decision (the fragment already resolved) and an unknown order are refused as values.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveUnplaced, type UnplacedResolution } from '../../../core/import/unplaced.js';
import { RichText, type Order } from '../../../core/model/index.js';
import type { Registry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';
import { registryEngines } from './engines.js';

/** An imported order with two fragments the importer could not place. */
function withUnplaced(number: string | null): Order {
  const o = makeOrder({
    number,
    date: number ? '2024-03-01' : null,
    subject: 'Wydział Sportu',
    units: [{ symbol: 'SP-01', name: 'Referat Organizacyjny', tasks: ['prowadzenie sekretariatu'] }],
    repeals: [{ number: '12/2020', date: '2020-01-05' }],
  });
  o.unplaced = [
    { text: 'koordynowanie kalendarza imprez sportowych miasta;', where: 'wiersz 14 (§ 3)' },
    { text: 'Strona główna BIP Kraków', where: 'wiersz 2' },
  ];
  return o;
}

/** The revision the handler makes: one resolution applied to the stored model. */
const revision = (r: UnplacedResolution) => (order: Order) => resolveUnplaced(order, r);

describe.each(registryEngines())('reviseModel on $name', (engine) => {
  let reg: Registry;
  beforeEach(async () => {
    reg = await engine.open();
  });
  afterEach(async () => {
    await reg.close();
  });

  it('places a fragment of a signed order in a unit’s scope: number, date and repeals kept, search and audit log follow', async () => {
    const added = await reg.addOrder({ order: withUnplaced('100/2024'), source: { fileName: 'sp.html', bytes: new TextEncoder().encode('<p>x</p>') } });
    if (!added.ok) throw new Error(added.error.message);
    const stored = await reg.getOrder(added.id);
    if (!stored.ok) throw new Error(stored.error.message);
    const unitId = stored.order.order.units[0]!.id;
    // a revision that tries to change the number is kept from doing so
    const placed = await reg.reviseModel(added.id, (o) => {
      const r = resolveUnplaced(o, { kind: 'place', index: 0, text: o.unplaced[0]!.text, unitId });
      return r.ok ? { ...r, order: { ...r.order, meta: { ...r.order.meta, number: '999/2024' }, repeals: [] } } : r;
    }, 'Anna Nowak');
    if (!placed.ok) throw new Error(placed.error.message);
    const got = await reg.getOrder(added.id);
    if (!got.ok) throw new Error(got.error.message);
    const o = got.order.order;
    expect(o.meta.number).toBe('100/2024');
    expect(o.meta.date).toBe('2024-03-01');
    expect(o.repeals.map((r) => r.number)).toEqual(['12/2020']);
    expect(o.unplaced.map((u) => u.text)).toEqual(['Strona główna BIP Kraków']);
    const scope = o.units[0]!.scope;
    expect(scope.kind === 'tasks' && scope.tasks.map((t) => RichText.plain(t.text, o))).toEqual(['prowadzenie sekretariatu', 'koordynowanie kalendarza imprez sportowych miasta']);
    expect(got.order.source?.fileName).toBe('sp.html');
    const hits = await reg.searchTasks('kalendarza imprez', { today: '2024-06-01' });
    expect(hits.map((h) => [h.number, h.symbol])).toEqual([['100/2024', 'SP-01']]);
    const log = await reg.listAudit(added.id);
    expect(log.map((e) => e.action)).toEqual(['imported', 'saved']);
    expect(log[1]).toMatchObject({ actor: 'Anna Nowak' });
    expect(log[1]!.detail).toMatch(/^Umieszczono tekst nieprzypisany \(wiersz 14 \(§ 3\)\) jako punkt zakresu działania: SP-01 Referat Organizacyjny/);

    // the second fragment discarded knowingly; a decision on a fragment already resolved is refused, nothing written
    const text = 'Strona główna BIP Kraków';
    const discarded = await reg.reviseModel(added.id, revision({ kind: 'discard', index: 0, text }), 'Anna Nowak');
    expect(discarded.ok && discarded.order.unplaced).toEqual([]);
    const again = await reg.reviseModel(added.id, revision({ kind: 'discard', index: 0, text }), 'Anna Nowak');
    expect(!again.ok && again.error.code).toBe('revisionRefused');
    expect(!again.ok && again.error.message).toMatch(/już nie ma na liście/);
    expect((await reg.listAudit(added.id)).map((e) => e.detail?.slice(0, 10))).toEqual(['sp.html', 'Umieszczon', 'Odrzucono ']);
  });

  it('gives an imported draft a new version for each decision; refuses an unknown order and an invalid result', async () => {
    const added = await reg.addOrder({ order: withUnplaced(null), author: 'Import' });
    if (!added.ok) throw new Error(added.error.message);
    const r = await reg.reviseModel(added.id, (o) => resolveUnplaced(o, { kind: 'discard', index: 1, text: o.unplaced[1]!.text }), 'Jan Kowalski');
    expect(r.ok && r.order.unplaced.length).toBe(1);
    const versions = await reg.listVersions(added.id);
    expect(versions.map((v) => [v.author, v.note?.slice(0, 9) ?? null])).toEqual([['Import', 'Zaimporto'], ['Jan Kowalski', 'Odrzucono']]);
    const v2 = await reg.getVersion(versions[1]!.id);
    expect(v2.ok && v2.order.unplaced.map((u) => u.text)).toEqual(['koordynowanie kalendarza imprez sportowych miasta;']);

    const missing = await reg.reviseModel(9999, (o) => ({ ok: true, order: o, detail: 'nic' }), 'Jan');
    expect(!missing.ok && missing.error.code).toBe('notFound');
    const invalid = await reg.reviseModel(added.id, (o) => ({ ok: true, order: { ...o, units: 'nie' } as unknown as Order, detail: 'zepsute' }), 'Jan');
    expect(!invalid.ok && invalid.error.code).toBe('invalidModel');
    expect(await reg.listVersions(added.id)).toHaveLength(2);
  });
});
