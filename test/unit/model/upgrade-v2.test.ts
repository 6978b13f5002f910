/**
 * Models stored by the release of schema 2 (test/fixtures/v2, made with that release's code: order files, drafts,
 * and a registry with a signed order and a draft of three versions) open through the upgrade chain unchanged in
 * meaning: each renders exactly as that release rendered it, the registry is upgraded once after a backup and
 * searches as before. A model saved before references were recognised gets its mentions and provision references
 * on the way in (v2 → v3), its words unchanged, and they follow the register from then on.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inflect } from '../../../core/language/index.js';
import { renameUnit } from '../../../core/draft/register.js';
import { forEachOrderText, mapOrderTexts } from '../../../core/mentions/texts.js';
import { recognizeStoredReferences } from '../../../core/mentions/stored.js';
import { OrderFile, readStoredOrder, RichText, SCHEMA_VERSION, type Inline, type Order } from '../../../core/model/index.js';
import { renderText } from '../../../core/render/text.js';
import { sqliteParts } from '../../../electron/services/registry/engines.js';
import { openRegistry, SqlRegistry, upgradeStoredModels } from '../../../electron/services/registry/index.js';
import { OWN } from '../fixtures.js';

const V2 = join(OWN, 'v2');
const expectedRender = JSON.parse(readFileSync(join(V2, 'expected-render.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(V2).filter((f) => /\.(order|draft)\.json$/.test(f));
const tmp = mkdtempSync(join(tmpdir(), 'upgrade-v2-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const raw = (name: string) => JSON.parse(readFileSync(join(V2, name), 'utf8')) as { schemaVersion: number; order: Record<string, unknown> };

/** Rendered text with ordinary spaces (render keeps short words with the next by non-breaking spaces). */
const flat = (s: string) => s.replace(/\u00a0/g, ' ');

/** Every reference of the order's texts. */
function refsOf(order: Order): Inline[] {
  const out: Inline[] = [];
  forEachOrderText(order, (t) => out.push(...RichText.refs(t)));
  return out;
}

/** The model as a release before recognition stored it: every text its plain words (references written out). */
function withoutReferences(order: Order): Order {
  const ctx = RichText.context(order);
  return mapOrderTexts(structuredClone(order), (t) => RichText.of(RichText.plain(t, ctx)));
}

describe('order files of schema 2', () => {
  it('the fixtures are really of schema 2, and the current schema is newer', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(raw(f).schemaVersion).toBe(2);
    expect(SCHEMA_VERSION).toBeGreaterThan(2);
  });

  for (const f of files) {
    it(`${f} opens and renders as the schema-2 release rendered it`, () => {
      const r = OrderFile.parse(readFileSync(join(V2, f), 'utf8'));
      if (!r.ok) throw new Error(r.message);
      expect(r.upgradedFrom).toBe(2);
      expect(r.order.schemaVersion).toBe(SCHEMA_VERSION);
      expect(renderText(r.order)).toBe(expectedRender[f]);
      // every reference stored is still there
      const stored = readStoredOrder({ ...raw(f).order, schemaVersion: SCHEMA_VERSION });
      if (!stored.ok) throw new Error(stored.message);
      expect(refsOf(r.order).length).toBeGreaterThanOrEqual(refsOf(stored.order).length);
      const again = OrderFile.parse(OrderFile.serialize(r.order));
      expect(again.ok && again.upgradedFrom).toBe(null);
      expect(again.ok && again.order).toEqual(r.order);
    });
  }
});

describe('a model saved before references were recognised', () => {
  const name = 'krakow-3468-2024-wydzial-komunikacji-spolecznej.draft.json';
  const current = (() => {
    const r = OrderFile.parse(readFileSync(join(V2, name), 'utf8'));
    if (!r.ok) throw new Error(r.message);
    return r.order;
  })();
  // a task naming another unit, typed as plain words (as a release before recognition stored it)
  const plain = withoutReferences(current);
  const [host, named] = plain.units.filter((u) => u.scope.kind === 'tasks');
  const namedWords = inflect(named!.name, 'instrumental', named!.forms);
  if (host!.scope.kind === 'tasks') host!.scope.tasks.push({ id: 't-typed', text: RichText.of(`współdziałanie z ${namedWords}`), children: [] });
  const oldFile = JSON.stringify({ format: 'zarzadzenie-organizacyjne', schemaVersion: 2, order: { ...plain, schemaVersion: 2 } });

  it('gets its mentions and provision references when opened, its words unchanged', () => {
    expect(refsOf(plain)).toHaveLength(0);
    const r = OrderFile.parse(oldFile);
    if (!r.ok) throw new Error(r.message);
    expect(r.upgradedFrom).toBe(2);
    const refs = refsOf(r.order);
    const kinds = (o: Order) => new Set(refsOf(o).map((x) => typeof x !== 'string' && x.kind));
    expect(kinds(r.order)).toEqual(new Set([...kinds(current), 'unit']));
    expect(refs.length).toBeGreaterThan(refsOf(current).length);
    expect(renderText(r.order)).toBe(renderText(plain));
    expect(flat(renderText(plain))).toContain(`współdziałanie z ${namedWords}`);
  });

  it('its mentions then follow the register: a rename rewrites them, where the stored words would not', () => {
    const r = OrderFile.parse(oldFile);
    if (!r.ok) throw new Error(r.message);
    const renamed = renameUnit(r.order, named!.id, 'Referat Nazwany Na Nowo');
    if (!renamed.ok) throw new Error(renamed.message);
    const stale = renameUnit(plain, named!.id, 'Referat Nazwany Na Nowo');
    if (!stale.ok) throw new Error(stale.message);
    expect(flat(renderText(renamed.order))).toContain(`współdziałanie z ${inflect('Referat Nazwany Na Nowo', 'instrumental')}`);
    expect(flat(renderText(renamed.order))).not.toContain(`współdziałanie z ${namedWords}`);
    expect(flat(renderText(stale.order))).toContain(`współdziałanie z ${namedWords}`);
  });

  it('a text whose words recognition would change is kept as stored', () => {
    const order = structuredClone(plain);
    const unit = order.units.find((u) => u.scope.kind === 'tasks' && u.scope.tasks.length > 1)!;
    if (unit.scope.kind !== 'tasks') throw new Error('tasks expected');
    // a citation spaced otherwise than the register writes it (`§  5` would be written back as `§ 5`)
    unit.scope.tasks[0]!.text = RichText.of('współpraca w zakresie, o którym mowa w §  5 pkt 1');
    const out = recognizeStoredReferences(order);
    expect(renderText(out)).toBe(renderText(order));
    expect(order).toEqual(structuredClone(order));
    const ctx = RichText.context(out);
    const words = (o: Order) => {
      const w: string[] = [];
      forEachOrderText(o, (t) => w.push(RichText.plain(t, o === out ? ctx : RichText.context(o))));
      return w;
    };
    expect(words(out)).toEqual(words(order));
  });
});

describe('a registry of schema 2', () => {
  let reg: SqlRegistry | null = null;
  afterAll(() => reg?.close());

  it('is upgraded once, after a backup; every order and version reads as before; search answers the same', async () => {
    const file = join(tmp, 'rejestr.sqlite');
    copyFileSync(join(V2, 'registry.sqlite'), file);
    const opened = await openRegistry(file);
    if (!opened.ok) throw new Error(opened.error.message);
    if (!(opened.registry instanceof SqlRegistry)) throw new Error('SQLite registry expected');
    reg = opened.registry;
    const backup = opened.backups.find((b) => b.includes('aktualizacja-modeli'));
    expect(backup && existsSync(backup)).toBe(true);
    const db = reg.sqliteDb!;
    const versions = (table: string) => (db.prepare(`SELECT DISTINCT json_extract(model, '$.schemaVersion') AS v FROM ${table}`).all() as { v: number }[]).map((r) => r.v);
    expect(versions('registry_order')).toEqual([SCHEMA_VERSION]);
    expect(versions('draft_version')).toEqual([SCHEMA_VERSION]);
    const orders = db.prepare('SELECT id, state FROM registry_order ORDER BY id').all() as { id: number; state: string }[];
    expect(orders.filter((o) => o.state === 'signed').length).toBeGreaterThanOrEqual(5);
    for (const { id } of orders) {
      const o = await reg.getOrder(id);
      if (!o.ok) throw new Error(o.error.message);
      expect(renderText(o.order.order), `registry_order/${id}`).toBe(expectedRender[`registry_order/${id}`]);
    }
    const draft = orders.find((o) => o.state === 'draft')!;
    const list = await reg.listVersions(draft.id);
    expect(list).toHaveLength(3);
    for (const v of list) {
      const got = await reg.getVersion(v.id);
      if (!got.ok) throw new Error(got.error.message);
      expect(renderText(got.order), `draft_version/${v.id}`).toBe(expectedRender[`draft_version/${v.id}`]);
    }
    // the task typed into the last version names a unit: a mention now
    const last = await reg.getVersion(list.map((v) => v.id).sort((a, b) => b - a)[0]!);
    if (!last.ok) throw new Error(last.error.message);
    const typed = last.order.units.flatMap((u) => (u.scope.kind === 'tasks' ? u.scope.tasks : [])).find((t) => t.id === 't-fixture-typed')!;
    expect(RichText.refs(typed.text).map((r) => r.kind)).toContain('unit');
    const expectedSearch = JSON.parse(readFileSync(join(V2, 'expected-search-wspolpraca.json'), 'utf8')) as unknown[];
    // the same answers in every field the earlier release gave (a later release may add fields, such as amendedBy)
    expect(await reg.searchTasks('współpraca', { today: '2026-11-20' })).toMatchObject(expectedSearch);
    const again = await upgradeStoredModels(reg.sql, { indexTasks: sqliteParts.indexTasks });
    expect(again).toEqual({ ok: true, upgraded: 0, backup: null, problems: [] });
  });
});
