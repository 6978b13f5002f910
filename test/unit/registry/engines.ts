/**
 * The two engines of the registry for the shared test suite: `describe.each(registryEngines())` runs the same tests
 * on a fresh SQLite file and on a fresh database of a private PostgreSQL server (started on first use and stopped
 * after the file's tests). Each engine also knows how to make a save fail half-way, for the rollback tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openRegistry, SqlRegistry, type OpenRegistryOptions, type Registry } from '../../../electron/services/registry/index.js';
import { startPostgres, type PgTestServer } from '../../support/postgres-server.js';

/** One engine, as the tests use it. */
export interface EngineFixture {
  name: 'sqlite' | 'postgresql';
  /** A fresh, empty registry address: a new SQLite file, or a new database on the test server. */
  target(): Promise<string>;
  /** Opens a registry at `target` (default a fresh one); throws when it cannot be opened. */
  open(options?: OpenRegistryOptions & { target?: string }): Promise<Registry>;
  /** Makes every later update of a draft's current model fail (after its version was written); returns the undo. */
  failModelUpdates(reg: Registry): Promise<() => Promise<void>>;
  /** The test server (PostgreSQL only), started on first use. */
  server(): Promise<PgTestServer>;
}

/** The SQL client behind a registry opened by the tests. */
export function sqlOf(reg: Registry) {
  if (!(reg instanceof SqlRegistry)) throw new Error('not a SqlRegistry');
  return reg.sql;
}

/**
 * Both engines. Call at the top of a test file: registers the clean-up (temporary folders, the server) in
 * `afterAll`. Registries a test opens are closed there too, unless the test closed them.
 */
export function registryEngines(): EngineFixture[] {
  const dirs: string[] = [];
  const opened: Registry[] = [];
  let server: Promise<PgTestServer> | null = null;
  afterAll(async () => {
    for (const r of opened) await r.close();
    if (server) (await server).stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const open = async (target: string, options: OpenRegistryOptions = {}) => {
    const r = await openRegistry(target, options);
    if (!r.ok) throw new Error(r.error.message);
    opened.push(r.registry);
    return r.registry;
  };
  const getServer = () => (server ??= startPostgres());
  const sqlite: EngineFixture = {
    name: 'sqlite',
    async target() {
      const d = mkdtempSync(join(tmpdir(), 'registry-'));
      dirs.push(d);
      return join(d, 'rejestr.sqlite');
    },
    async open(options = {}) {
      return open(options.target ?? (await this.target()), options);
    },
    async failModelUpdates(reg) {
      const sql = sqlOf(reg);
      await sql.run(`CREATE TEMP TRIGGER fail_update BEFORE UPDATE OF model ON registry_order BEGIN SELECT RAISE(ABORT, 'wymuszony błąd'); END`);
      return async () => void (await sql.run('DROP TRIGGER temp.fail_update'));
    },
    server: () => Promise.reject(new Error('SQLite has no server')),
  };
  const postgresql: EngineFixture = {
    name: 'postgresql',
    async target() {
      return (await getServer()).createDatabase();
    },
    async open(options = {}) {
      return open(options.target ?? (await this.target()), options);
    },
    async failModelUpdates(reg) {
      const sql = sqlOf(reg);
      await sql.run(`CREATE FUNCTION fail_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'wymuszony błąd' USING ERRCODE = 'check_violation'; END $$`);
      await sql.run('CREATE TRIGGER fail_update BEFORE UPDATE OF model ON registry_order FOR EACH ROW EXECUTE FUNCTION fail_update()');
      return async () => {
        await sql.run('DROP TRIGGER fail_update ON registry_order');
        await sql.run('DROP FUNCTION fail_update()');
      };
    },
    server: getServer,
  };
  return [sqlite, postgresql];
}
