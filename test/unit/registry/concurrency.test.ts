/**
 * Several people at once and a real server (issue 16, points 2 and 4): a save based on an older version never
 * overwrites someone else's work (both engines; on PostgreSQL two clients, as two apps, at once); the server
 * restarted in the middle of saving (nothing returned as saved is lost, the client reconnects by itself); the
 * server unreachable (the app's handlers say "offline" in Polish and save once it is back).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../../electron/services/handlers/app.js';
import { openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { largeDraft, makeOrder } from '../../fixtures/registry/orders.js';
import { startPostgres, type PgTestServer } from '../../support/postgres-server.js';
import { registryEngines } from './engines.js';

const order = (title: string) => makeOrder({ subject: 'Wydział Kultury', title, units: [{ symbol: 'WK-01', name: 'Referat', tasks: ['zadanie'] }] });

describe.each(registryEngines())('optimistic concurrency on $name', (engine) => {
  it('refuses a save based on an older version, says who changed it and when, and keeps their version', async () => {
    const target = await engine.target();
    const a = await engine.open({ target });
    // on the server the second person is another app (another pool); the SQLite file has one app at a time
    const b = engine.name === 'postgresql' ? await engine.open({ target }) : a;
    const d = await a.createDraft({ order: order('w sprawie pierwszej'), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);
    const base = d.versionId;

    const annas = order('w sprawie Anny');
    const fromA = await a.saveDraftVersion(d.draftId, annas, 'Anna Nowak', null, base);
    if (!fromA.ok) throw new Error(fromA.error.message);
    const fromB = await b.saveDraftVersion(d.draftId, order('w sprawie Bartosza'), 'Bartosz Kowal', null, base);
    expect(fromB).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!fromB.ok) expect(fromB.error.message).toMatch(/^Nie zapisano zmian, bo Anna Nowak zapisał\(a\) ten projekt .*20\d\d.*nie została nadpisana/);
    const cur = await b.getOrder(d.draftId);
    expect(cur.ok && cur.order.order.meta.title).toBe('w sprawie Anny');
    expect((await b.listVersions(d.draftId)).map((v) => v.author)).toEqual(['Anna Nowak', 'Anna Nowak']);

    // the same content as the current one is no conflict; a save on the newest version goes through
    expect(await b.saveDraftVersion(d.draftId, annas, 'Bartosz Kowal', null, base)).toMatchObject({ ok: true, unchanged: true });
    const after = await b.saveDraftVersion(d.draftId, order('w sprawie Bartosza'), 'Bartosz Kowal', null, fromA.versionId);
    expect(after).toMatchObject({ ok: true, unchanged: false });
  });

  it('sees a conflict when the base version was since replaced by another sitting’s autosave (same id, later time)', async () => {
    const target = await engine.target();
    const a = await engine.open({ target });
    const b = engine.name === 'postgresql' ? await engine.open({ target }) : a;
    const d = await a.createDraft({ order: order('w sprawie pierwszej'), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);
    const first = await b.saveDraftVersion(d.draftId, order('w sprawie Bartosza 1'), 'Bartosz Kowal', null, d.versionId, { sitting: 'b-1' });
    if (!first.ok) throw new Error(first.error.message);
    // Anna opens the draft now: her base is Bartosz's sitting version as it is
    const base = { id: first.versionId, savedAt: first.savedAt };
    await new Promise((r) => setTimeout(r, 5));
    const second = await b.saveDraftVersion(d.draftId, order('w sprawie Bartosza 2'), 'Bartosz Kowal', null, first.versionId, { sitting: 'b-1', baseSavedAt: first.savedAt });
    expect(second).toMatchObject({ ok: true, versionId: first.versionId });
    const annas = await a.saveDraftVersion(d.draftId, order('w sprawie Anny'), 'Anna Nowak', null, base.id, { sitting: 'a-1', baseSavedAt: base.savedAt });
    expect(annas).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const cur = await a.getOrder(d.draftId);
    expect(cur.ok && cur.order.order.meta.title).toBe('w sprawie Bartosza 2');
  });

  it('lets exactly one of two saves on the same base through when they come at once', async () => {
    const target = await engine.target();
    const a = await engine.open({ target });
    const b = engine.name === 'postgresql' ? await engine.open({ target }) : a;
    const d = await a.createDraft({ order: largeDraft(10, 10), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);
    const mine = largeDraft(10, 10, 11);
    const theirs = largeDraft(10, 10, 12);
    const results = await Promise.all([a.saveDraftVersion(d.draftId, mine, 'Anna Nowak', null, d.versionId), b.saveDraftVersion(d.draftId, theirs, 'Bartosz Kowal', null, d.versionId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(1);
    expect(await a.listVersions(d.draftId)).toHaveLength(2);
  });
});

describe('a staged edit saved by the main process (the window crashed or did not answer)', () => {
  it('is saved on the version it was based on, never over a newer one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zo-stage-'));
    const app = createAppHandlers({ dataDir, author: 'Anna Nowak', dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
    try {
      const made = await app.table['draft:fromTemplate']!({ template: 'wydzial', subject: 'Wydział Kultury' });
      if (!made.ok) throw new Error(made.error.message);
      const base = { baseVersionId: made.value.versionId, baseSavedAt: made.value.versionSavedAt };
      const newer = structuredClone(made.value.order);
      newer.meta.title = 'w sprawie nowszej';
      expect(await app.table['draft:save']!({ id: made.value.id, order: newer, ...base })).toMatchObject({ ok: true });
      const stale = structuredClone(made.value.order);
      stale.meta.title = 'w sprawie starszej';
      await app.table['draft:stage']!({ id: made.value.id, order: stale, ...base });
      expect(await app.saveStaged()).toBe(false);
      const cur = await app.table['draft:open']!({ id: made.value.id });
      expect(cur.ok && cur.value.order.meta.title).toBe('w sprawie nowszej');
      // staged on the newest version: saved
      const latest = cur.ok ? { baseVersionId: cur.value.versionId, baseSavedAt: cur.value.versionSavedAt } : {};
      await app.table['draft:stage']!({ id: made.value.id, order: stale, ...latest });
      expect(await app.saveStaged()).toBe(true);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a real server', () => {
  let server: PgTestServer;
  const dirs: string[] = [];
  afterAll(() => {
    server?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('loses nothing returned as saved when restarted in the middle of saving, and the client reconnects', { timeout: 120_000 }, async () => {
    server = await startPostgres({ fsync: true });
    const url = await server.createDatabase();
    const opened = await openRegistry(url, { postgres: { connectTimeoutMs: 1500 } });
    if (!opened.ok) throw new Error(opened.error.message);
    const reg: Registry = opened.registry;
    const d = await reg.createDraft({ order: largeDraft(6, 10), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);

    const promised = new Map<number, string>();
    const failures: string[] = [];
    let seq = 0;
    let stop = false;
    const saving = (async () => {
      while (!stop) {
        const o = largeDraft(6, 10);
        o.meta.title = `w sprawie wersji ${++seq}`;
        const r = await reg.saveDraftVersion(d.draftId, o, 'Anna Nowak');
        if (r.ok) promised.set(r.versionId, o.meta.title);
        else failures.push(r.error.code);
      }
    })();
    await new Promise((r) => setTimeout(r, 400));
    const before = promised.size;
    server.halt('immediate'); // as a crash: the server does not finish anything in flight
    await new Promise((r) => setTimeout(r, 800));
    server.resume();
    await new Promise((r) => setTimeout(r, 1500));
    stop = true;
    await saving;

    expect(before).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['offline']));
    // saves went on after the restart, on new connections
    expect(promised.size).toBeGreaterThan(before);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query<{ id: number; title: string }>("SELECT id, model::jsonb #>> '{meta,title}' AS title FROM draft_version WHERE order_id = $1", [d.draftId])).rows;
    await c.end();
    const stored = new Map(rows.map((r) => [r.id, r.title]));
    for (const [id, title] of promised) expect(stored.get(id), `version ${id}`).toBe(title);
    await reg.close();
  });

  it('says in Polish that the server is offline, keeps nothing half-written, and saves once it is back', { timeout: 120_000 }, async () => {
    server ??= await startPostgres();
    const url = await server.createDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'zo-offline-'));
    dirs.push(dataDir);
    const app = createAppHandlers({ dataDir, author: 'Anna Nowak', registry: url, dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
    try {
      const made = await app.table['draft:fromTemplate']!({ template: 'wydzial', subject: 'Wydział Kultury' });
      if (!made.ok) throw new Error(made.error.message);
      const edited = structuredClone(made.value.order);
      edited.meta.title = 'w sprawie zmienionej bez sieci';

      server.halt('fast');
      const offline = await app.table['draft:save']!({ id: made.value.id, order: edited, baseVersionId: made.value.versionId });
      expect(offline).toMatchObject({ ok: false, error: { code: 'offline' } });
      if (!offline.ok) expect(offline.error.message).toMatch(/nie ma połączenia z serwerem rejestru postgresql:\/\/zo@127\.0\.0\.1:\d+\/t\d+.*zostanie zapisana, gdy połączenie wróci/);
      const list = await app.table['registry:list']!(undefined);
      expect(list).toMatchObject({ ok: false, error: { code: 'offline' } });
      // the window's indicator; the edit kept on this computer, offered back at the next start
      expect(await app.table['registry:status']!(undefined)).toMatchObject({ ok: true, value: { engine: 'postgresql', online: false, message: expect.stringMatching(/^Brak połączenia z rejestrem postgresql:.*zachowywane na tym komputerze/) } });
      if (!offline.ok) expect(offline.error.message).toMatch(/Zmiana jest zachowana na tym komputerze \(„.*odzyskiwanie\/projekt-\d+\.json”\)/);
      const kept = await app.table['registry:info']!(undefined);
      expect(kept.ok && kept.value.recoveries.map((r) => [r.draftId, r.title])).toEqual([[made.value.id, 'w sprawie zmienionej bez sieci']]);

      server.resume();
      await expect.poll(async () => {
        const st = await app.table['registry:status']!(undefined);
        return st.ok && st.value.online;
      }, { timeout: 15_000 }).toBe(true);
      const back = await app.table['draft:save']!({ id: made.value.id, order: edited, baseVersionId: made.value.versionId });
      expect(back).toMatchObject({ ok: true, value: { unchanged: false } });
      // saved: the copy kept on this computer is gone
      const after = await app.table['registry:info']!(undefined);
      expect(after.ok && after.value.recoveries).toEqual([]);
      const reopened = await app.table['draft:open']!({ id: made.value.id });
      expect(reopened.ok && reopened.value.order.meta.title).toBe('w sprawie zmienionej bez sieci');
    } finally {
      await app.close();
    }
  });
});
