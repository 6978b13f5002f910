/**
 * The registry service on both engines (the same suite for the SQLite file and the PostgreSQL server): orders,
 * imports, drafts with versions, signing, search, failed saves, shared settings, sample registry.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Citation, locateItems, RichText, type Order } from '../../../core/model/index.js';
import { importFileIntoRegistry, openRegistry, SqlRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { generatedDepartments, largeDraft, makeOrder, outlineImporter } from '../../fixtures/registry/orders.js';
import { registryEngines, sqlOf } from './engines.js';

const root = join(import.meta.dirname, '..', '..', '..');
const sampleDir = join(root, 'resources', 'sample');

const dept = (number: string, date: string, subject: string, tasks: string[], extra: Parameters<typeof makeOrder>[0] = {}) =>
  makeOrder({ number, date, subject, units: [{ symbol: 'WA-01', name: 'Referat Pierwszy', tasks }], ...extra });

describe.each(registryEngines())('registry on $name', (engine) => {
let target: string;
let reg: Registry;

async function open(sample = false): Promise<Registry> {
  return engine.open({ target, ...(sample ? { sample: {} } : {}) });
}

beforeEach(async () => {
  target = await engine.target();
  reg = await open();
});
afterEach(async () => {
  await reg.close();
});

describe('orders', () => {
  it('adds a signed order with its source file and recognises the same file and the same number', async () => {
    const bytes = new TextEncoder().encode('ZARZĄDZENIE NR 1/2024 …');
    const a = await reg.addOrder({ order: dept('1/2024', '2024-01-02', 'Wydział A', ['zadanie']), source: { fileName: 'a.txt', bytes } });
    expect(a.ok && a.outcome).toBe('added');
    const again = await reg.addOrder({ order: dept('1/2024', '2024-01-02', 'Wydział A', ['zadanie']), source: { fileName: 'kopia.txt', bytes } });
    expect(again.ok && again.outcome).toBe('sameFile');
    if (again.ok) expect(again.message).toMatch(/już w rejestrze.*a\.txt/);
    const other = await reg.addOrder({ order: dept('1/2024', '2024-01-02', 'Wydział A', ['zadanie']), source: { fileName: 'b.docx', bytes: new Uint8Array([1, 2, 3]) } });
    expect(other.ok && other.outcome).toBe('sameNumber');
    if (other.ok) expect(other.message).toBe('Zarządzenie nr 1/2024 jest już w rejestrze (z innego pliku); nie dodano go ponownie.');
    // a pasted text is no file: the message does not speak of one
    const pasted = await reg.addOrder({ order: dept('1/2024', '2024-01-02', 'Wydział A', ['zadanie']) });
    expect(pasted.ok && pasted.outcome).toBe('sameNumber');
    if (pasted.ok) expect(pasted.message).toBe('Zarządzenie nr 1/2024 jest już w rejestrze; nie dodano go ponownie.');
    expect(await reg.listOrders()).toHaveLength(1);
    const id = a.ok ? a.id : -1;
    expect((await reg.getSourceFile(id))!.bytes).toEqual(bytes);
    const got = await reg.getOrder(id);
    expect(got.ok && got.order.source?.fileName).toBe('a.txt');
    expect(got.ok && got.order.order.meta.status).toBe('inForce');
  });

  it('adds an order without number and date as a draft with its first version', async () => {
    const r = await reg.addOrder({ order: makeOrder({ subject: 'Wydział B' }), author: 'Jan' });
    if (!r.ok) throw new Error(r.error.message);
    expect((await reg.listOrders())[0]!.status).toBe('draft');
    expect((await reg.listVersions(r.id)).map((v) => v.author)).toEqual(['Jan']);
  });

  it('refuses an invalid model with a Polish message and reports (does not throw) a stored model that fails validation', async () => {
    const bad = await reg.addOrder({ order: { ...makeOrder(), units: 'nie' } as unknown as Order });
    expect(!bad.ok && bad.error.code).toBe('invalidModel');
    const ok = await reg.addOrder({ order: dept('2/2024', '2024-01-02', 'Wydział A', ['x']) });
    if (!ok.ok) throw new Error(ok.error.message);
    const broken = { ...(JSON.parse(JSON.stringify(dept('2/2024', '2024-01-02', 'Wydział A', ['x']))) as object), units: 'zepsute' };
    await sqlOf(reg).run('UPDATE registry_order SET model = ? WHERE id = ?', [JSON.stringify(broken), ok.id]);
    const got = await reg.getOrder(ok.id);
    expect(got.ok).toBe(false);
    if (!got.ok) {
      expect(got.error.code).toBe('invalidModel');
      expect(got.error.message).toMatch(/niezgodny z modelem/);
    }
    expect(await reg.listOrders()).toHaveLength(1);
    expect(await reg.checkModels()).toEqual([expect.objectContaining({ where: 'order', id: ok.id, number: '2/2024' })]);
  });

  it('imports files with the importer and recognises a file imported twice', async () => {
    const file = join(sampleDir, 'krakow-2006-2020-kancelaria-prezydenta.txt');
    const first = await importFileIntoRegistry(reg, file);
    expect(first.ok && first.outcome).toBe('added');
    const second = await importFileIntoRegistry(reg, file);
    expect(second.ok && second.outcome).toBe('sameFile');
    const missing = await importFileIntoRegistry(reg, join(sampleDir, 'brak.txt'));
    expect(!missing.ok && missing.error.message).toMatch(/Nie ma pliku/);
    const empty = join(mkdtempSync(join(tmpdir(), 'registry-empty-')), 'pusty.txt');
    writeFileSync(empty, '');
    const failed = await importFileIntoRegistry(reg, empty);
    expect(!failed.ok && failed.error.code).toBe('importFailed');
    expect((await reg.findOrderByNumber('2006/2020'))?.status).toBe('inForce');
  });
});

describe('drafts and versions', () => {
  it('saves versions with time and author, opens and restores any of them without losing one', async () => {
    const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział A', title: 'w sprawie pierwszej' }), author: 'Anna' });
    if (!d.ok) throw new Error(d.error.message);
    const second = makeOrder({ subject: 'Wydział A', title: 'w sprawie drugiej' });
    const s2 = await reg.saveDraftVersion(d.draftId, second, 'Piotr');
    if (!s2.ok) throw new Error(s2.error.message);
    const same = await reg.saveDraftVersion(d.draftId, second, 'Piotr');
    expect(same.ok && same.unchanged && same.versionId).toBe(s2.versionId);
    const versions = await reg.listVersions(d.draftId);
    expect(versions.map((v) => [v.n, v.author])).toEqual([[1, 'Anna'], [2, 'Piotr']]);
    expect(versions.every((v) => !Number.isNaN(Date.parse(v.savedAt)) && v.size > 0)).toBe(true);

    const v1 = await reg.getVersion(versions[0]!.id);
    expect(v1.ok && v1.order.meta.title).toBe('w sprawie pierwszej');
    const pair = await reg.versionAndCurrent(versions[0]!.id);
    expect(pair.ok && [pair.versionOrder.meta.title, pair.current.meta.title]).toEqual(['w sprawie pierwszej', 'w sprawie drugiej']);

    const restored = await reg.restoreVersion(versions[0]!.id, 'Ewa');
    if (!restored.ok) throw new Error(restored.error.message);
    const after = await reg.listVersions(d.draftId);
    expect(after).toHaveLength(3);
    expect(after[2]!.note).toMatch(/Przywrócono wersję 1/);
    const cur = await reg.getOrder(d.draftId);
    expect(cur.ok && cur.order.order.meta.title).toBe('w sprawie pierwszej');
    expect((await reg.getVersion(s2.versionId)).ok).toBe(true);
  });

  it('reports unknown drafts and versions', async () => {
    expect(await reg.saveDraftVersion(999, makeOrder(), 'A')).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await reg.getVersion(999)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await reg.createDraft({ order: makeOrder(), author: 'A', replacesId: 42 })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });
});

describe('signing', () => {
  it('checks number and date, then signs; the order it repeals is repealed from the new one’s entry into force', async () => {
    const old = await reg.addOrder({ order: dept('100/2020', '2020-05-05', 'Wydział Stary', ['stare zadanie']) });
    if (!old.ok) throw new Error(old.error.message);
    // The draft is for another department, so only the repeal clause (not supersession) can repeal 100/2020.
    const d = await reg.createDraft({
      order: dept('x', 'x', 'Wydział Nowy', ['nowe zadanie'], { repeals: [{ number: '100/2020' }], entryIntoForce: { kind: 'date', date: '2025-03-01' } }),
      author: 'Anna', replacesId: old.id,
    });
    if (!d.ok) throw new Error(d.error.message);
    const sign = (number: string, date: string) => reg.signDraft(d.draftId, { number, date, author: 'Sekretariat' });
    expect(await sign('12-2025', '2025-02-10')).toMatchObject({ ok: false, error: { code: 'invalidNumber' } });
    expect(await sign('12/2024', '2025-02-10')).toMatchObject({ ok: false, error: { code: 'invalidNumber' } });
    expect(await sign('12/2025', '2025-02-30')).toMatchObject({ ok: false, error: { code: 'invalidDate' } });
    expect(await sign('100/2020', '2020-02-10')).toMatchObject({ ok: false, error: { code: 'numberExists' } });
    const ok = await sign('12/2025', '2025-02-10');
    if (!ok.ok) throw new Error(ok.error.message);
    expect(ok.order).toMatchObject({ number: '12/2025', date: '2025-02-10', entryIntoForce: '2025-03-01', repeals: ['100/2020'], replacesId: old.id });

    const on = async (today: string) => Object.fromEntries((await reg.listOrders({ today })).map((o) => [o.number, o.status]));
    expect(await on('2025-02-28')).toEqual({ '100/2020': 'inForce', '12/2025': 'signed' });
    expect(await on('2025-03-01')).toEqual({ '100/2020': 'repealed', '12/2025': 'inForce' });
    expect((await reg.listOrders({ today: '2025-03-01' }))[0]).toMatchObject({ repealedOn: '2025-03-01', repealedBy: '12/2025' });

    expect(await reg.saveDraftVersion(d.draftId, makeOrder(), 'Anna')).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    expect(await sign('13/2025', '2025-02-10')).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    const versions = await reg.listVersions(d.draftId);
    expect(versions.at(-1)!.note).toMatch(/Podpisano jako zarządzenie nr 12\/2025/);
  });
});

describe('search', () => {
  it('finds tasks of orders in force only, without diacritics, with unit, symbol and citation', async () => {
    const old = dept('1/2019', '2019-01-01', 'Wydział Łączności', ['obsługa łączności telefonicznej urzędu']);
    const cur = makeOrder({
      number: '2/2023', date: '2023-01-01', subject: 'Wydział Łączności',
      units: [
        { symbol: 'WL-01', name: 'Referat Ogólny', tasks: ['sprawy kadrowe'] },
        { symbol: 'WL-02', name: 'Referat Sieci', tasks: [{ text: 'utrzymanie sieci', children: ['obsługa łączności telefonicznej', 'zieleń przy masztach'] }] },
      ],
    });
    for (const o of [old, cur, ...generatedDepartments(3)]) expect((await reg.addOrder({ order: o })).ok).toBe(true);
    const hits = await reg.searchTasks('LACZNOSCI telefoniczne', { today: '2024-01-01' });
    expect(hits).toHaveLength(1);
    const task = cur.units[1]!.scope.kind === 'tasks' ? cur.units[1]!.scope.tasks[0]!.children[0]! : null;
    const where = Citation.format(locateItems(cur).get(task!.id)!.citation);
    expect(hits[0]).toEqual({ number: '2/2023', subject: 'Wydział Łączności', unit: 'Referat Sieci', symbol: 'WL-02', where, text: RichText.plain(task!.text, cur), amendedBy: [] });
    expect(await reg.searchTasks('zielen maszt', { today: '2024-01-01' })).toHaveLength(1);
    expect(await reg.searchTasks('  ', {})).toEqual([]);
    expect(await reg.searchTasks('OR AND "(', {})).toEqual([]);
    expect(await reg.searchTasks("a:* & !b | c' -- ", {})).toEqual([]);
    // Before 2/2023 was signed, 1/2019 was the one in force.
    expect((await reg.searchTasks('łączności telefonicznej', { today: '2020-01-01' })).map((h) => h.number)).toEqual(['1/2019']);
  });
});

describe('failed saves', () => {
  it('rolls back the whole save when a write fails after the version was written', async () => {
    const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział A', title: 'w sprawie pierwszej' }), author: 'Anna' });
    if (!d.ok) throw new Error(d.error.message);
    const undo = await engine.failModelUpdates(reg);
    const r = await reg.saveDraftVersion(d.draftId, makeOrder({ subject: 'Wydział A', title: 'w sprawie drugiej' }), 'Anna');
    expect(r).toMatchObject({ ok: false, error: { code: 'constraint' } });
    if (!r.ok) expect(r.error.message).toMatch(/Nie zapisano wersji projektu.*nienaruszony/);
    expect(await reg.listVersions(d.draftId)).toHaveLength(1);
    const cur = await reg.getOrder(d.draftId);
    expect(cur.ok && cur.order.order.meta.title).toBe('w sprawie pierwszej');
    await undo();
    expect(await reg.saveDraftVersion(d.draftId, makeOrder(), ' ')).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect((await reg.saveDraftVersion(d.draftId, makeOrder({ subject: 'Wydział A', title: 'w sprawie drugiej' }), 'Anna')).ok).toBe(true);
  });
});

describe('audit log', () => {
  it('records who imported, created, saved, restored and signed a draft, and when, oldest first', async () => {
    const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział A', title: 'w sprawie pierwszej' }), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);
    const s2 = await reg.saveDraftVersion(d.draftId, makeOrder({ subject: 'Wydział A', title: 'w sprawie drugiej' }), 'Piotr Wiśniewski');
    if (!s2.ok) throw new Error(s2.error.message);
    expect((await reg.restoreVersion(d.versionId, 'Ewa Zielińska')).ok).toBe(true);
    expect((await reg.signDraft(d.draftId, { number: '5/2025', date: '2025-02-10', author: 'Sekretariat' })).ok).toBe(true);
    const log = await reg.listAudit(d.draftId);
    expect(log.map((e) => [e.action, e.actor])).toEqual([['created', 'Anna Nowak'], ['saved', 'Piotr Wiśniewski'], ['saved', 'Ewa Zielińska'], ['signed', 'Sekretariat']]);
    expect(log[2]!.detail).toMatch(/^wersja 3: Przywrócono wersję 1/);
    expect(log[3]!.detail).toMatch(/^wersja 4: Podpisano jako zarządzenie nr 5\/2025/);
    expect(log.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect([...log.map((e) => e.at)].sort()).toEqual(log.map((e) => e.at));
    // an unchanged save changes nothing and is not logged; a failed save is not logged either
    await reg.saveDraftVersion(d.draftId, makeOrder(), 'Piotr Wiśniewski');
    expect(await reg.listAudit(d.draftId)).toHaveLength(4);
    const imported = await reg.addOrder({ order: dept('9/2024', '2024-01-02', 'Wydział B', ['x']), source: { fileName: 'b.txt', bytes: new Uint8Array([1, 2]) } });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(await reg.listAudit(imported.id)).toEqual([expect.objectContaining({ action: 'imported', actor: 'Import', detail: 'b.txt' })]);
    expect(await reg.listAudit(999)).toEqual([]);
  });
});

describe('shared settings', () => {
  it('stores a JSON value per key for everyone of the registry, and replaces it', async () => {
    expect(await reg.getSetting('journalCitations')).toBeNull();
    const citations = [{ year: 2024, journal: 'Dz. Urz. Woj. Małopolskiego', position: 123 }];
    expect(await reg.setSetting('journalCitations', citations)).toEqual({ ok: true });
    expect(await reg.getSetting('journalCitations')).toEqual(citations);
    expect(await reg.setSetting('journalCitations', [])).toEqual({ ok: true });
    expect(await reg.getSetting('journalCitations')).toEqual([]);
    await reg.close();
    reg = await open();
    expect(await reg.getSetting('journalCitations')).toEqual([]);
  });
});

describe('sample registry', () => {
  it('fills an empty registry once from resources/sample, with 1630/2007 as repealed history', async () => {
    await reg.close();
    target = await engine.target();
    reg = await open(true);
    const list = await reg.listOrders();
    const manifest = JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')) as { orders: { file: string }[] };
    expect(list).toHaveLength(manifest.orders.length);
    const byNumber = Object.fromEntries(list.map((o) => [o.number, o]));
    expect(byNumber['1630/2007']).toMatchObject({ status: 'repealed', repealedBy: '2006/2020' });
    expect(byNumber['2006/2020']!.status).toBe('inForce');
    expect((await reg.ordersInForce()).map((o) => o.number)).toEqual(['2006/2020', '3468/2024', '3842/2023']);
    for (const o of list) {
      const src = (await reg.getSourceFile(o.id))!;
      expect(src.bytes).toEqual(new Uint8Array(readFileSync(join(sampleDir, src.fileName))));
    }
    // Which unit handles „Honoris Gratia”? The order in force answers, not the repealed one.
    const hits = await reg.searchTasks('Honoris Gratia');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.number))).toEqual(new Set(['2006/2020']));
    const stored = await reg.getOrder(byNumber['2006/2020']!.id);
    if (!stored.ok) throw new Error(stored.error.message);
    const wheres = [...locateItems(stored.order.order).values()].filter((l) => /Honoris Gratia/.test(RichText.plain(l.item.text, stored.order.order))).map((l) => Citation.format(l.citation));
    expect(hits.map((h) => h.where).sort()).toEqual(wheres.sort());

    await reg.close();
    reg = await open(true);
    expect(await reg.listOrders()).toHaveLength(list.length);
  });

  it('leaves a registry that already holds orders of its own without the sample', async () => {
    await reg.addOrder({ order: dept('1/2024', '2024-01-02', 'Wydział A', ['x']) });
    await reg.close();
    reg = await open(true);
    expect((await reg.listOrders()).map((o) => o.number)).toEqual(['1/2024']);
  });

  it('retries sample files the importer could not read on the next start', async () => {
    await reg.close();
    target = await engine.target();
    const partial = outlineImporter();
    const failing = (text: string, format: 'txt' | 'md' | 'pdf' | 'docx') =>
      /NR 3842/.test(text) ? { ok: false as const, error: { code: 'x', message: 'nie umiem' } } : partial(text, format);
    const first = await openRegistry(target, { sample: { importText: failing } });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.sample?.problems).toEqual([expect.stringMatching(/3842.*nie umiem/)]);
    await first.registry.close();
    const second = await openRegistry(target, { sample: { importText: partial } });
    if (!second.ok) throw new Error(second.error.message);
    reg = second.registry;
    expect(second.sample?.added).toEqual(['3842/2023']);
    expect(await reg.listOrders()).toHaveLength(4);
  });
});
});

describe('registry on sqlite only', () => {
  const [sqlite] = registryEngines();
  it('reports disk full in Polish and keeps the previous version intact', async () => {
    const reg = await sqlite!.open();
    const db = (reg as SqlRegistry).sqliteDb!;
    const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział A', title: 'w sprawie małej' }), author: 'Anna' });
    if (!d.ok) throw new Error(d.error.message);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = largeDraft();
    const r = await reg.saveDraftVersion(d.draftId, big, 'Anna');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('diskFull');
      expect(r.error.message).toBe(
        `Brak miejsca na dysku, więc nie zapisano wersji projektu (poprzedni zapis pozostał nienaruszony); zmiana została zachowana w pliku odzyskiwania „${join(dirname(reg.info.location), 'odzyskiwanie', `projekt-${d.draftId}.json`)}”, a program zaproponuje jej przywrócenie przy następnym uruchomieniu; zwolnij miejsce i zapisz ponownie.`,
      );
    }
    db.pragma('max_page_count = 1073741823');
    expect(await reg.listVersions(d.draftId)).toHaveLength(1);
    const cur = await reg.getOrder(d.draftId);
    expect(cur.ok && cur.order.order.meta.title).toBe('w sprawie małej');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await reg.saveDraftVersion(d.draftId, big, 'Anna')).ok).toBe(true);
  });

  it('tells a second open of the same file that it is in use', async () => {
    const target = await sqlite!.target();
    await sqlite!.open({ target });
    const second = await openRegistry(target, { busyTimeoutMs: 50 });
    expect(second).toMatchObject({ ok: false, error: { code: 'inUse' } });
  });

  it('ships copies of the real orders of ../shared/fixtures/orders', () => {
    const shared = join(root, '..', 'shared', 'fixtures', 'orders');
    if (!existsSync(shared)) return; // the app does not depend on ../shared; CI has it beside the repo
    const manifest = JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')) as { orders: { file: string }[] };
    for (const { file } of manifest.orders) expect(readFileSync(join(sampleDir, file)).equals(readFileSync(join(shared, file)))).toBe(true);
  });
});
