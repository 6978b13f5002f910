/**
 * The registry and draft handlers over a real registry (with the sample registry), the real importer, and scripted
 * dialogs, on both engines: a fresh SQLite file and a fresh database of a private PostgreSQL server.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, HandlerTable } from '../../../electron/contract/api.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import { registryEngines } from '../registry/engines.js';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, '../shared/fixtures/orders');
let dir: string;
let app: AppHandlers;
let openQueue: string[];

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;

describe.each(registryEngines())('on $name', (engine) => {
let target: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zo-reg-'));
  openQueue = [];
  target = await engine.target();
  app = createAppHandlers({
    dataDir: dir,
    author: 'Anna Testowa',
    sampleDir: join(root, 'resources', 'sample'),
    dialogs: { chooseOrderFile: async () => openQueue.shift() ?? null, chooseSavePath: async () => null },
    registry: target,
  });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('registry:info', () => {
  it('says which registry the app is connected to, never with a password', async () => {
    const info = value(await h('registry:info')(undefined));
    expect(info).toMatchObject({ engine: engine.name, connected: true, message: null, readOnly: false, recoveries: [] });
    expect(info.path).toBe(engine.name === 'postgresql' ? target.replace(/:[^@/]*@/, '@') : target);
  });
});

describe('registry handlers', () => {
  it('lists the sample registry on first start, with statuses', async () => {
    const list = value(await h('registry:list')(undefined));
    const byNumber = new Map(list.map((e) => [e.number, e]));
    expect(byNumber.get('3468/2024')?.status).toBe('inForce');
    expect(byNumber.get('1630/2007')?.status).toBe('repealed');
    expect(list.every((e) => typeof e.id === 'number')).toBe(true);
  });

  it('warm() opens the registry and loads the sample before the window asks; the first call then finds it', async () => {
    app.warm();
    // a file registry exists at once (opening is under way), and the list that follows is the sample
    if (!/^postgres(ql)?:/.test(target)) expect(existsSync(target)).toBe(true);
    const list = value(await h('registry:list')(undefined));
    expect(list.map((e) => e.number)).toContain('3468/2024');
  });

  it('gets one order with its model, and reports an unknown id as a value', async () => {
    const list = value(await h('registry:list')(undefined));
    const e = list.find((x) => x.number === '3468/2024')!;
    const got = value(await h('registry:get')({ id: e.id }));
    expect(got.entry).toEqual(e);
    expect(got.order.units.map((u) => u.symbol)).toContain('KS-07');
    const missing = await h('registry:get')({ id: 99999 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/Nie ma w rejestrze/);
    const bad = await h('registry:get')({ id: 'abc' });
    expect(!bad.ok && bad.error.code).toBe('invalid-argument');
  });

  it('searches tasks across the orders in force', async () => {
    const hits = value(await h('registry:search')({ query: 'wydawnictw' }));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((x) => /wydawnic/i.test(x.text))).toBe(true);
    expect(hits[0]!.where).toMatch(/^§ \d+/);
    expect(value(await h('registry:search')({ query: '' }))).toEqual([]);
  });

  it('imports a file chosen by the user, and recognises it the second time', async () => {
    openQueue.push(join(fixtures, 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'));
    const again = value(await h('registry:import')({}));
    expect(again?.outcome).toBe('sameFile');
    expect(value(await h('registry:import')({}))).toBeNull(); // cancelled
    // a path is refused before anything is read: only a token the main process gave names a file
    const broken = await h('registry:import')({ path: join(dir, 'brak.txt') });
    expect(!broken.ok && broken.error.code).toBe('invalid-argument');
  });
});

describe('draft handlers', () => {
  async function draftFor(number: string) {
    const list = value(await h('registry:list')(undefined));
    const old = list.find((x) => x.number === number)!;
    return { old, draft: value(await h('draft:create')({ replacingId: old.id })) };
  }

  it('creates a draft replacing an order in force: no number, repeals the old one, listed as a draft', async () => {
    const { old, draft } = await draftFor('3468/2024');
    expect(draft.order.meta).toMatchObject({ number: null, date: null, status: 'draft' });
    expect(draft.order.repeals).toEqual([{ number: '3468/2024', date: '2024-12-30', title: draft.replacing!.order.meta.title }]);
    // same units and tasks (same ids, so the comparison pairs them)
    expect(draft.order.units.map((u) => u.id)).toEqual(draft.replacing!.order.units.map((u) => u.id));
    expect(draft.replacing?.id).toBe(old.id);
    const list = value(await h('registry:list')(undefined));
    expect(list.find((e) => e.id === draft.id)).toMatchObject({ status: 'draft', replacesId: old.id });
  });

  it('saves versions, skips an unchanged save, restores an old version', async () => {
    const { draft } = await draftFor('3468/2024');
    const renamed = structuredClone(draft.order);
    renamed.units[0]!.name = 'Referat Organizacyjny';
    const s1 = value(await h('draft:save')({ id: draft.id, order: renamed }));
    expect(s1.unchanged).toBe(false);
    expect(value(await h('draft:save')({ id: draft.id, order: renamed })).unchanged).toBe(true);
    const versions = value(await h('draft:versions')({ id: draft.id }));
    expect(versions.map((v) => v.n)).toEqual([1, 2]);
    expect(versions[1]!.author).toBe('Anna Testowa');
    const restored = value(await h('draft:restore')({ versionId: versions[0]!.id }));
    expect(restored.order.units[0]!.name).toBe(draft.order.units[0]!.name);
    expect(value(await h('draft:versions')({ id: draft.id }))).toHaveLength(3);
    expect(value(await h('draft:audit')({ id: draft.id })).map((e) => [e.action, e.actor])).toEqual([['created', 'Anna Testowa'], ['saved', 'Anna Testowa'], ['saved', 'Anna Testowa']]);
    const reopened = value(await h('draft:open')({ id: draft.id }));
    expect(reopened.order.units[0]!.name).toBe(draft.order.units[0]!.name);
  });

  it('refuses an invalid model before it reaches the registry', async () => {
    const { draft } = await draftFor('3468/2024');
    const r = await h('draft:save')({ id: draft.id, order: { ...draft.order, units: 'none' } });
    expect(!r.ok && r.error.code).toBe('invalid-argument');
  });

  it('signs a draft: it gets its number; the replaced order is repealed; a bad number is a Polish error', async () => {
    const { old, draft } = await draftFor('3468/2024');
    const bad = await h('draft:sign')({ id: draft.id, number: '12/2025', date: '2024-01-01' });
    expect(!bad.ok && bad.error.message).toMatch(/Rok w numerze/);
    const signed = value(await h('draft:sign')({ id: draft.id, number: '100/2025', date: '2025-01-10' }));
    expect(signed.number).toBe('100/2025');
    const list = value(await h('registry:list')(undefined));
    expect(list.find((e) => e.id === old.id)?.status).toBe('repealed');
    const reopen = await h('draft:open')({ id: draft.id });
    expect(!reopen.ok && reopen.error.code).toBe('notDraft');
  });

  it('will not start a draft from a draft', async () => {
    const { draft } = await draftFor('3468/2024');
    const r = await h('draft:create')({ replacingId: draft.id });
    expect(!r.ok && r.error.code).toBe('notSigned');
  });
});
});

describe('a registry that cannot be opened', () => {
  it('answers registry:info with where it is and why, and every registry call with the Polish error', async () => {
    const d = mkdtempSync(join(tmpdir(), 'zo-reg-'));
    const down = createAppHandlers({
      dataDir: d,
      author: 'Anna Testowa',
      dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null },
      registry: 'postgresql://won:tajne@127.0.0.1:1/rejestr',
    });
    try {
      const info = value(await down.table['registry:info']!(undefined));
      expect(info).toMatchObject({ engine: 'postgresql', path: 'postgresql://won@127.0.0.1:1/rejestr', connected: false });
      expect(info.message).toMatch(/Nie można połączyć się z serwerem rejestru/);
      const list = await down.table['registry:list']!(undefined);
      expect(!list.ok && list.error.code).toBe('cannotConnect');
    } finally {
      await down.close();
      rmSync(d, { recursive: true, force: true });
    }
  });
});
