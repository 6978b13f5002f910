/**
 * The upgrade chain (core/model/upgrade.ts) on files and a registry written by the schema-1 release
 * (test/fixtures/v1, made with the code before task text became rich text): every one opens, and reads the same
 * (its rendered text equals what that release rendered), the registry is upgraded once, in one transaction after
 * a backup, and its search answers as before. Cross-references of v1 (`refs`) become provision references that
 * follow renumbering.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../../core/draft/ids.js';
import { Inline, OrderFile, readStoredOrder, RichText, SCHEMA_VERSION, upgradeModel, type Order } from '../../../core/model/index.js';
import { renderText } from '../../../core/render/text.js';
import { sqliteParts } from '../../../electron/services/registry/engines.js';
import { openRegistry, SqlRegistry, upgradeStoredModels } from '../../../electron/services/registry/index.js';
import { OWN } from '../fixtures.js';

const V1 = join(OWN, 'v1');
const expectedRender = JSON.parse(readFileSync(join(V1, 'expected-render.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(V1).filter((f) => /\.(order|draft)\.json$/.test(f));
const tmp = mkdtempSync(join(tmpdir(), 'upgrade-v1-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function open(name: string): Order {
  const r = OrderFile.parse(readFileSync(join(V1, name), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  expect(r.upgradedFrom).toBe(1);
  return r.order;
}

describe('order files of schema 1', () => {
  it('the fixtures are really of schema 1', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(JSON.parse(readFileSync(join(V1, f), 'utf8')).schemaVersion).toBe(1);
  });

  for (const f of files) {
    it(`${f} opens and renders as the schema-1 release rendered it`, () => {
      const order = open(f);
      expect(order.schemaVersion).toBe(SCHEMA_VERSION);
      expect(renderText(order)).toBe(expectedRender[f]);
      // saved again it is a current file that reads back the same
      const again = OrderFile.parse(OrderFile.serialize(order));
      expect(again.ok && again.upgradedFrom).toBe(null);
      expect(again.ok && again.order).toEqual(order);
    });
  }

  it('v1 cross-references become provision references that follow renumbering', () => {
    const name = 'krakow-3842-2023-portal-uslug-miejskich.order.json';
    const v1 = JSON.stringify(JSON.parse(readFileSync(join(V1, name), 'utf8')));
    const refCount = (v1.match(/"refs":\[/g) ?? []).length;
    expect(refCount).toBeGreaterThan(0);
    const order = open(name);
    const texts: Inline[][] = [];
    for (const p of order.paragraphs) for (const u of p.content ?? []) {
      texts.push(u.text);
      const walk = (items: Order['commonDuties']): void => items?.forEach((i) => (texts.push(i.text), walk(i.children)));
      walk(u.items);
    }
    // the v1 references (whole citations); the upgrade to v3 may recognise other references besides
    const refs = texts.flatMap((t) => RichText.refs(t)).filter((r) => r.kind === 'provision' && r.form === 'paragraf');
    expect(refs.length).toBeGreaterThanOrEqual(refCount);
    expect(refs.every((r) => !!r.written)).toBe(true);
    expect(JSON.stringify(order)).not.toContain('"refs"');
    // a new paragraf before everything: every reference is written with the number one higher
    const before = renderText(order);
    const shifted: Order = { ...order, paragraphs: [{ id: newId('par'), role: 'general', content: [{ id: newId('s'), text: ['Nowy przepis.'], items: [] }] }, ...order.paragraphs] };
    const ctx = RichText.context(shifted);
    for (const r of refs) {
      if (r.kind !== 'provision') continue;
      const now = RichText.refText(r, ctx);
      const then = RichText.refText(r, RichText.context(order));
      expect(Number(/§ (\d+)/.exec(now)![1])).toBe(Number(/§ (\d+)/.exec(then)![1]) + 1);
      expect(before).toContain(then.replace(/ /g, '\u00a0').slice(0, 3));
    }
  });
});

describe('the upgrade chain', () => {
  it('refuses a model of a newer schema, one without a version and what is not a model', () => {
    const newer = upgradeModel({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.message).toMatch(/nowszej wersji aplikacji/);
    expect(upgradeModel({ meta: {} }).ok).toBe(false);
    expect(upgradeModel([1]).ok).toBe(false);
    expect(upgradeModel(null).ok).toBe(false);
    const file = OrderFile.parse(JSON.stringify({ format: 'zarzadzenie-organizacyjne', schemaVersion: SCHEMA_VERSION + 1, order: {} }));
    expect(!file.ok && file.message).toMatch(/nowszej wersji/);
  });

  it('leaves a current model as it is and is pure (the input is not changed)', () => {
    const raw = JSON.parse(readFileSync(join(V1, 'krakow-3842-2023-portal-uslug-miejskich.order.json'), 'utf8')).order;
    const copy = structuredClone(raw);
    const r = readStoredOrder(raw);
    expect(raw).toEqual(copy);
    if (!r.ok) throw new Error(r.message);
    const again = readStoredOrder(JSON.parse(JSON.stringify(r.order)));
    expect(again.ok && again.upgradedFrom).toBe(null);
    expect(again.ok && again.order).toEqual(r.order);
  });

  it('a v1 model that fails the schema is reported with its path, never thrown', () => {
    const raw = JSON.parse(readFileSync(join(V1, 'krakow-3842-2023-portal-uslug-miejskich.order.json'), 'utf8')).order;
    raw.units = 'zepsute';
    const r = readStoredOrder(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('invalid');
    expect(!r.ok && r.message).toMatch(/units/);
  });
});

describe('a registry of schema 1', () => {
  let reg: SqlRegistry | null = null;
  afterAll(() => reg?.close());

  it('is upgraded once, after a backup, and every order and version reads as before', async () => {
    const file = join(tmp, 'rejestr.sqlite');
    copyFileSync(join(V1, 'registry.sqlite'), file);
    const opened = await openRegistry(file);
    if (!opened.ok) throw new Error(opened.error.message);
    if (!(opened.registry instanceof SqlRegistry)) throw new Error('SQLite registry expected');
    reg = opened.registry;
    const db = reg.sqliteDb!;
    const backup = opened.backups.find((b) => b.includes('aktualizacja-modeli'));
    expect(backup && existsSync(backup)).toBe(true);
    // the backup is the registry as it was (schema 1), the registry holds only current models now
    const old = new Database(backup!, { readonly: true });
    expect((old.prepare("SELECT count(*) AS n FROM registry_order WHERE json_extract(model, '$.schemaVersion') = 1").get() as { n: number }).n).toBe(6);
    old.close();
    const versions = (table: string) => (db.prepare(`SELECT DISTINCT json_extract(model, '$.schemaVersion') AS v FROM ${table}`).all() as { v: number }[]).map((r) => r.v);
    expect(versions('registry_order')).toEqual([SCHEMA_VERSION]);
    expect(versions('draft_version')).toEqual([SCHEMA_VERSION]);
    for (const id of [1, 2, 3, 4, 5, 6]) {
      const o = await reg.getOrder(id);
      if (!o.ok) throw new Error(o.error.message);
      expect(renderText(o.order.order), `registry_order/${id}`).toBe(expectedRender[`registry_order/${id}`]);
    }
    for (const draftId of [5, 6]) {
      expect(await reg.listVersions(draftId)).toHaveLength(1);
    }
    const rows = db.prepare('SELECT id, model FROM draft_version ORDER BY id').all() as { id: number; model: string }[];
    for (const r of rows) {
      const p = readStoredOrder(JSON.parse(r.model));
      if (!p.ok) throw new Error(p.message);
      expect(renderText(p.order), `draft_version/${r.id}`).toBe(expectedRender[`draft_version/${r.id}`]);
    }
    const expectedSearch = JSON.parse(readFileSync(join(V1, 'expected-search-wspolpraca.json'), 'utf8')) as unknown[];
    // the same answers in every field the earlier release gave (a later release may add fields, such as amendedBy)
    expect(await reg.searchTasks('współpraca', {})).toMatchObject(expectedSearch);
    // a second start finds nothing to upgrade and takes no backup
    const again = await upgradeStoredModels(reg.sql, { indexTasks: sqliteParts.indexTasks });
    expect(again).toEqual({ ok: true, upgraded: 0, backup: null, problems: [] });
  });

  it('a stored model that cannot be upgraded is left as it was and reported; the others are upgraded', async () => {
    const db = join(tmp, 'rejestr-zly.sqlite');
    copyFileSync(join(V1, 'registry.sqlite'), db);
    const raw = new Database(db);
    raw.prepare("UPDATE registry_order SET model = json_set(model, '$.units', 'zepsute') WHERE id = 3").run();
    raw.close();
    const opened = await openRegistry(db);
    if (!opened.ok) throw new Error(opened.error.message);
    const r = opened.registry as SqlRegistry;
    const v = (id: number) => (r.sqliteDb!.prepare("SELECT json_extract(model, '$.schemaVersion') AS v FROM registry_order WHERE id = ?").get(id) as { v: number }).v;
    expect(v(3)).toBe(1);
    expect(v(2)).toBe(SCHEMA_VERSION);
    const o = await r.getOrder(3);
    expect(o.ok).toBe(false);
    expect(!o.ok && o.error.code).toBe('invalidModel');
    await r.close();
  });
});
