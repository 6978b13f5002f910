/**
 * The PostgreSQL engine's own duties, on a private server: the same numbered migrations as SQLite, each applied in
 * one transaction with its row in registry_schema; the refusal of a newer schema and of a database that is not a
 * registry; a failed migration rolled back; a server that cannot be reached; the office's setup from the README
 * (a login role owning its database, no superuser); several apps starting at once on an empty database; the schema
 * guard (migrations only add).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../electron/services/db/migrations.js';
import { defaultPgMigrationsDir, openPostgres } from '../../../electron/services/db/postgres.js';
import { displayPgUrl } from '../../../electron/services/db/sql.js';
import { openRegistry } from '../../../electron/services/registry/index.js';
import { queryRows, startPostgres, type PgTestServer } from '../../support/postgres-server.js';
import { makeOrder } from '../../fixtures/registry/orders.js';

const SNAPSHOT = join(import.meta.dirname, '..', '..', 'fixtures', 'registry', 'schema.postgresql.snapshot.json');

let server: PgTestServer;
let dir: string;
beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'registry-pg-'));
});
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows of a query on database `url`, as the superuser. */
const rows = queryRows;

const newest = () => loadMigrations(defaultPgMigrationsDir()).at(-1)!.version;

/** A migrations folder with the real PostgreSQL migrations plus `extra` files. */
function migrationsWith(extra: Record<string, string>): string {
  const m = mkdtempSync(join(dir, 'migrations-'));
  for (const f of readdirSync(defaultPgMigrationsDir())) copyFileSync(join(defaultPgMigrationsDir(), f), join(m, f));
  for (const [f, sql] of Object.entries(extra)) writeFileSync(join(m, f), sql);
  return m;
}

describe('PostgreSQL migrations', () => {
  it('has the same numbered migrations as SQLite', () => {
    expect(loadMigrations(defaultPgMigrationsDir()).map((m) => m.name)).toEqual(loadMigrations().map((m) => m.name));
  });

  it('migrates an empty database to the newest schema, one row per migration, and does nothing the second time', async () => {
    const url = await server.createDatabase();
    const first = await openPostgres(url);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.migrated).toEqual(loadMigrations(defaultPgMigrationsDir()).map((m) => m.version));
    expect(first.version).toBe(newest());
    await first.client.close();
    const applied = await rows<{ version: number; name: string }>(url, 'SELECT version, name FROM registry_schema ORDER BY version');
    expect(applied.map((r) => r.name)).toEqual(loadMigrations(defaultPgMigrationsDir()).map((m) => m.name));
    const again = await openPostgres(url);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.migrated).toEqual([]);
    await again.client.close();
  });

  it('rolls a failing migration back and keeps the schema where it was', async () => {
    const url = await server.createDatabase();
    const current = await openPostgres(url);
    if (!current.ok) throw new Error(current.error.message);
    await current.client.close();
    const next = String(newest() + 1).padStart(4, '0');
    const r = await openPostgres(url, { migrationsDir: migrationsWith({ [`${next}_broken.sql`]: 'CREATE TABLE half (x integer);\nINSERT INTO no_such_table VALUES (1);' }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'migrationFailed' } });
    if (!r.ok) expect(r.error.message).toMatch(new RegExp(`${next}_broken.*nie powiodła się.*schemat ${newest()}`));
    expect((await rows<{ v: number }>(url, 'SELECT max(version) AS v FROM registry_schema'))[0]!.v).toBe(newest());
    expect((await rows<{ t: string | null }>(url, "SELECT to_regclass('half')::text AS t"))[0]!.t).toBeNull();
  });

  it('applies the migrations of a new database in one transaction: a failing one leaves no table at all', async () => {
    const url = await server.createDatabase();
    const next = String(newest() + 1).padStart(4, '0');
    const r = await openPostgres(url, { migrationsDir: migrationsWith({ [`${next}_broken.sql`]: 'INSERT INTO no_such_table VALUES (1);' }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'migrationFailed' } });
    if (!r.ok) expect(r.error.message).toMatch(new RegExp(`${next}_broken.*nie powiodła się.*schemat 0`));
    expect(await rows<{ n: number }>(url, 'SELECT CAST(count(*) AS INTEGER) AS n FROM pg_tables WHERE schemaname = current_schema()')).toEqual([{ n: 0 }]);
    // the next start (without the broken file) builds the registry whole
    const again = await openPostgres(url);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.migrated).toEqual(loadMigrations(defaultPgMigrationsDir()).map((m) => m.version));
    await again.client.close();
  });

  it('refuses a database migrated by a newer app and leaves it unchanged', async () => {
    const url = await server.createDatabase();
    const first = await openPostgres(url);
    if (!first.ok) throw new Error(first.error.message);
    await first.client.close();
    await rows(url, "INSERT INTO registry_schema (version, name, applied_at) VALUES ($1, '9999_future.sql', 'x')", [newest() + 5]);
    const r = await openRegistry(url);
    expect(r).toMatchObject({ ok: false, error: { code: 'newerVersion' } });
    if (!r.ok) expect(r.error.message).toMatch(/nowsza wersja aplikacji.*nie została zmieniona/);
    expect((await rows<{ n: number }>(url, 'SELECT CAST(count(*) AS INTEGER) AS n FROM registry_schema'))[0]!.n).toBe(newest() + 1);
  });

  it('refuses a database of another program', async () => {
    const url = await server.createDatabase();
    await rows(url, 'CREATE TABLE invoices (id integer)');
    const r = await openRegistry(url);
    expect(r).toMatchObject({ ok: false, error: { code: 'foreign' } });
    expect((await rows<{ t: string | null }>(url, "SELECT to_regclass('registry_order')::text AS t"))[0]!.t).toBeNull();
  });

  it('says in Polish that a server cannot be reached, a database is missing or a login is refused', async () => {
    const down = await openRegistry(`postgresql://zo@127.0.0.1:${server.port + 1}/rejestr`, { postgres: { connectTimeoutMs: 2000 } });
    expect(down).toMatchObject({ ok: false, error: { code: 'cannotConnect' } });
    if (!down.ok) expect(down.error.message).toMatch(/Nie można połączyć się z serwerem rejestru postgresql:\/\/zo@127\.0\.0\.1:\d+\/rejestr/);
    const missing = await openRegistry(server.url('nie_ma_takiej'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'cannotConnect' } });
    if (!missing.ok) expect(missing.error.message).toMatch(/nie ma bazy rejestru/);
    // the test server trusts every login; a role that may not log in is refused all the same
    await server.query('CREATE ROLE bez_logowania NOLOGIN');
    const refused = await openRegistry(server.url('postgres', 'bez_logowania'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'cannotConnect' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/odrzucił logowanie/);
  });

  it('never shows a password', () => {
    expect(displayPgUrl('postgresql://won:tajne%21@db.um.krakow.pl:5433/rejestr?sslmode=require')).toBe('postgresql://won@db.um.krakow.pl:5433/rejestr');
  });
});

describe('the office setup of the README', () => {
  it('works for a login role that owns its database (no superuser): unaccent is a trusted extension', async () => {
    await server.query('CREATE ROLE won LOGIN');
    const url = (await server.createDatabase('won')).replace('zo@', 'won@');
    const r = await openRegistry(url);
    if (!r.ok) throw new Error(r.error.message);
    const added = await r.registry.addOrder({ order: makeOrder({ number: '1/2024', date: '2024-01-02', subject: 'Wydział Ś', units: [{ symbol: 'A-01', name: 'Referat', tasks: ['obsługa źródeł łączności'] }] }) });
    expect(added.ok).toBe(true);
    expect((await r.registry.searchTasks('ZRODEL lacznosc', { today: '2025-01-01' })).map((h) => h.text)).toEqual(['obsługa źródeł łączności']);
    expect(r.registry.info).toEqual({ engine: 'postgresql', location: url });
    await r.registry.close();
  });

  it('lets several apps start at once on an empty database: one migrates, all open', async () => {
    const url = await server.createDatabase();
    const all = await Promise.all(Array.from({ length: 4 }, () => openRegistry(url)));
    for (const r of all) expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    const migrated = all.map((r) => (r.ok ? r.migrated.length : -1));
    expect(migrated.filter((n) => n > 0).reduce((a, b) => a + b, 0)).toBe(newest());
    for (const r of all) if (r.ok) await r.registry.close();
  });
});

interface PgSchema {
  migrations: Record<string, string>;
  columns: { table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; generation_expression: string | null }[];
  constraints: { table_name: string; constraint_name: string; definition: string }[];
  indexes: { indexname: string; indexdef: string }[];
  triggers: { trigger_name: string; event_object_table: string; action_timing: string; event_manipulation: string }[];
}

describe('PostgreSQL schema', () => {
  it('matches the snapshot; migrations only add', async () => {
    const url = await server.createDatabase();
    const r = await openPostgres(url);
    if (!r.ok) throw new Error(r.error.message);
    await r.client.close();
    const now: PgSchema = {
      migrations: Object.fromEntries(loadMigrations(defaultPgMigrationsDir()).map((m) => [m.name, createHash('sha256').update(m.sql).digest('hex')])),
      columns: await rows(url, `SELECT table_name, column_name, data_type, is_nullable, column_default, generation_expression FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY table_name, column_name`),
      constraints: await rows(url, `SELECT c.conrelid::regclass::text AS table_name, c.conname AS constraint_name, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1, 2`),
      indexes: await rows(url, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"),
      triggers: await rows(url, `SELECT trigger_name, event_object_table, action_timing, event_manipulation FROM information_schema.triggers
        WHERE trigger_schema = 'public' ORDER BY 1, 2, 4`),
    };
    if (process.env.ZO_UPDATE_SCHEMA_SNAPSHOT === '1') {
      mkdirSync(join(SNAPSHOT, '..'), { recursive: true });
      writeFileSync(SNAPSHOT, JSON.stringify(now, null, 2) + '\n');
    }
    expect(existsSync(SNAPSHOT), 'no schema snapshot: create it with ZO_UPDATE_SCHEMA_SNAPSHOT=1').toBe(true);
    const snap = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as PgSchema;
    for (const [name, hash] of Object.entries(snap.migrations)) expect(now.migrations[name], `released migration ${name} was edited or removed`).toBe(hash);
    for (const c of snap.columns) expect(now.columns, `column ${c.table_name}.${c.column_name} removed or changed`).toContainEqual(c);
    for (const c of snap.constraints) expect(now.constraints, `constraint ${c.constraint_name} removed or changed`).toContainEqual(c);
    for (const i of snap.indexes) expect(now.indexes, `index ${i.indexname} removed or changed`).toContainEqual(i);
    for (const t of snap.triggers) expect(now.triggers, `trigger ${t.trigger_name} removed or changed`).toContainEqual(t);
    expect(now, 'schema differs from the snapshot: update it with ZO_UPDATE_SCHEMA_SNAPSHOT=1').toEqual(snap);
  });
});
