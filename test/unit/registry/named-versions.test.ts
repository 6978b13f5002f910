/**
 * Versions people can name (issue 13, item 5), on both engines: the autosaves of one editing sitting coalesce into
 * one version; a named version is a version of its own that later autosaves never change; saving a name when
 * nothing changed names the newest version; names are checked; a registry of an older release (schema 1, before
 * migration 0004) opens and its versions read as unnamed.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../core/model/index.js';
import { openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';
import { registryEngines, sqlOf } from './engines.js';

const engines = registryEngines();

/** The order with its first unit's first task reworded to `text`. */
function withTask(order: Order, text: string): Order {
  const o = structuredClone(order);
  const u = o.units[0]!;
  if (u.scope.kind !== 'tasks') throw new Error('tasks expected');
  u.scope.tasks[0]!.text = [text];
  return o;
}

async function newDraft(reg: Registry) {
  const order = makeOrder({ subject: 'Wydział Wersji', units: [{ symbol: 'WV-01', name: 'Referat Pierwszy', tasks: ['prowadzenie spraw', 'obsługa rady'] }] });
  const created = await reg.createDraft({ order, author: 'Anna Nowak' });
  if (!created.ok) throw new Error(created.error.message);
  return { draftId: created.draftId, order, first: created.versionId };
}

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}

describe.each(engines)('named versions and coalesced autosaves ($name)', (engine) => {
  it('coalesces the autosaves of one sitting into one version holding the newest state', async () => {
    const reg = await engine.open();
    const { draftId, order, first } = await newDraft(reg);
    const ids = new Set<number>();
    let savedAt = '';
    for (let i = 1; i <= 40; i++) {
      const r = ok(await reg.saveDraftVersion(draftId, withTask(order, `prowadzenie spraw, wersja robocza ${i}`), 'Anna Nowak', null, null, { sitting: 'sitting-a' }));
      expect(r.unchanged).toBe(false);
      expect(r.savedAt >= savedAt).toBe(true);
      savedAt = r.savedAt;
      ids.add(r.versionId);
    }
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBe(first);
    const versions = await reg.listVersions(draftId);
    expect(versions.map((v) => v.n)).toEqual([1, 2]);
    expect(versions[1]!.savedAt).toBe(savedAt);
    const v2 = ok(await reg.getVersion(versions[1]!.id));
    expect(v2.order.units[0]!.scope.kind === 'tasks' && v2.order.units[0]!.scope.tasks[0]!.text).toEqual(['prowadzenie spraw, wersja robocza 40']);
    // the current state is the newest autosave too
    const cur = ok(await reg.getOrder(draftId));
    expect(JSON.stringify(cur.order.order.units)).toBe(JSON.stringify(v2.order.units));
    // one audit line for the sitting's version, not forty
    expect((await reg.listAudit(draftId)).map((a) => a.detail)).toEqual(['wersja 1', 'wersja 2']);

    // another sitting, or another author, starts a version of its own
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'następna sesja'), 'Anna Nowak', null, null, { sitting: 'sitting-b' }));
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'ktoś inny'), 'Piotr Wiśniewski', null, null, { sitting: 'sitting-b' }));
    // a save without a sitting (the main process after a crash, a restore) is always its own version
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'zapis po awarii'), 'Anna Nowak'));
    expect((await reg.listVersions(draftId)).map((v) => v.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('names the sitting’s version with the named content; later autosaves of the sitting never change it', async () => {
    const reg = await engine.open();
    const { draftId, order } = await newDraft(reg);
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'przed nazwaniem'), 'Anna Nowak', null, null, { sitting: 's' }));
    const named = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dla Dyrektora'), 'Anna Nowak', null, null, { name: '  dla   Dyrektora ', sitting: 's' }));
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'po nazwaniu 1'), 'Anna Nowak', null, null, { sitting: 's' }));
    const after = ok(await reg.saveDraftVersion(draftId, withTask(order, 'po nazwaniu 2'), 'Anna Nowak', null, null, { sitting: 's' }));
    const versions = await reg.listVersions(draftId);
    // the sitting's autosaved version became the named one, with the content named; the next autosave is a new version
    expect(versions.map((v) => [v.n, v.name])).toEqual([[1, null], [2, 'dla Dyrektora'], [3, null]]);
    expect(named.versionId).toBe(versions[1]!.id);
    expect(after.versionId).toBe(versions[2]!.id);
    const kept = ok(await reg.getVersion(named.versionId));
    expect(kept.version.name).toBe('dla Dyrektora');
    expect(kept.order.units[0]!.scope.kind === 'tasks' && kept.order.units[0]!.scope.tasks[0]!.text).toEqual(['dla Dyrektora']);
    expect((await reg.listAudit(draftId)).map((a) => a.detail)).toContain('wersja 2 nazwana „dla Dyrektora”');
    // without a sitting (or another sitting's), a named save is a version of its own
    const own = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dla Skarbnika'), 'Anna Nowak', null, null, { name: 'dla Skarbnika', sitting: 'inna' }));
    expect((await reg.listVersions(draftId)).map((v) => [v.id === own.versionId, v.name])).toEqual([[false, null], [false, 'dla Dyrektora'], [false, null], [true, 'dla Skarbnika']]);
  });

  it('names the newest version when nothing changed since; a second name is a version of its own; the same name writes nothing', async () => {
    const reg = await engine.open();
    const { draftId, order } = await newDraft(reg);
    const auto = ok(await reg.saveDraftVersion(draftId, withTask(order, 'gotowe'), 'Anna Nowak', null, null, { sitting: 's' }));
    const named = ok(await reg.saveDraftVersion(draftId, withTask(order, 'gotowe'), 'Anna Nowak', null, null, { name: 'dla Dyrektora' }));
    expect(named.versionId).toBe(auto.versionId);
    expect(named.unchanged).toBe(false);
    // the sitting's version is named now: the next autosave of the sitting starts a new version
    const next = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dalej'), 'Anna Nowak', null, null, { sitting: 's' }));
    expect(next.versionId).not.toBe(auto.versionId);
    const again = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dalej'), 'Anna Nowak', null, null, { name: 'po uwagach WON' }));
    expect(again.versionId).toBe(next.versionId);
    const second = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dalej'), 'Anna Nowak', null, null, { name: 'dla Skarbnika' }));
    expect(second.versionId).not.toBe(next.versionId);
    const same = ok(await reg.saveDraftVersion(draftId, withTask(order, 'dalej'), 'Anna Nowak', null, null, { name: 'dla Skarbnika' }));
    expect(same).toMatchObject({ unchanged: true, versionId: second.versionId });
    expect((await reg.listVersions(draftId)).map((v) => v.name)).toEqual([null, 'dla Dyrektora', 'po uwagach WON', 'dla Skarbnika']);
  });

  it('refuses an empty, too long or control-character name and writes nothing', async () => {
    const reg = await engine.open();
    const { draftId, order } = await newDraft(reg);
    for (const name of ['   ', 'x'.repeat(81), 'dla\u0007Dyrektora']) {
      const r = await reg.saveDraftVersion(draftId, withTask(order, 'zmiana'), 'Anna Nowak', null, null, { name });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('invalidName');
      expect(!r.ok && r.error.message).toMatch(/^Nie zapisano wersji: /);
    }
    expect(await reg.listVersions(draftId)).toHaveLength(1);
  });

  it('a sitting never swallows someone else’s save: a base older than the newest version is a conflict', async () => {
    const reg = await engine.open();
    const { draftId, order } = await newDraft(reg);
    const mine = ok(await reg.saveDraftVersion(draftId, withTask(order, 'moje'), 'Anna Nowak', null, null, { sitting: 'a' }));
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'cudze'), 'Piotr Wiśniewski', null, mine.versionId, { sitting: 'b' }));
    const r = await reg.saveDraftVersion(draftId, withTask(order, 'moje dalej'), 'Anna Nowak', null, mine.versionId, { sitting: 'a' });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect((await reg.listVersions(draftId)).map((v) => v.author)).toEqual(['Anna Nowak', 'Anna Nowak', 'Piotr Wiśniewski']);
  });

  it('stores names in the column of migration 0004', async () => {
    const reg = await engine.open();
    const { draftId, order } = await newDraft(reg);
    ok(await reg.saveDraftVersion(draftId, withTask(order, 'x'), 'Anna Nowak', null, null, { name: 'dla Dyrektora' }));
    const rows = await sqlOf(reg).all<{ name: string | null; sitting: string | null }>('SELECT name, sitting FROM draft_version WHERE order_id = ? ORDER BY id', [draftId]);
    expect(rows).toEqual([{ name: null, sitting: null }, { name: 'dla Dyrektora', sitting: null }]);
  });
});

describe('a registry of an older release', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-v1-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens (migrated to 0004): its versions read as unnamed, and a version can be named and coalesced there', async () => {
    const file = join(dir, 'rejestr.sqlite');
    copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'v1', 'registry.sqlite'), file);
    const opened = await openRegistry(file);
    if (!opened.ok) throw new Error(opened.error.message);
    const reg = opened.registry;
    try {
      const drafts = (await reg.listOrders()).filter((o) => o.status === 'draft');
      expect(drafts.length).toBe(2);
      for (const d of drafts) {
        const versions = await reg.listVersions(d.id);
        expect(versions.map((v) => v.name)).toEqual([null]);
        expect(ok(await reg.getVersion(versions[0]!.id)).version.n).toBe(1);
      }
      const d = drafts[0]!;
      const cur = ok(await reg.getOrder(d.id)).order.order;
      const edited = structuredClone(cur);
      edited.meta.title = `${cur.meta.title} (zmienione)`;
      ok(await reg.saveDraftVersion(d.id, edited, 'Anna Nowak', null, null, { sitting: 's' }));
      edited.meta.title = `${cur.meta.title} (zmienione dwa razy)`;
      ok(await reg.saveDraftVersion(d.id, edited, 'Anna Nowak', null, null, { sitting: 's' }));
      ok(await reg.saveDraftVersion(d.id, edited, 'Anna Nowak', null, null, { name: 'dla Dyrektora' }));
      expect((await reg.listVersions(d.id)).map((v) => [v.n, v.name])).toEqual([[1, null], [2, 'dla Dyrektora']]);
    } finally {
      await reg.close();
    }
  });
});
