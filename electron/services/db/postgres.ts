/**
 * Opening the registry on the office's PostgreSQL server: connects, refuses a database that is not a registry or
 * that a newer app has migrated, and applies the numbered migrations of `migrations/postgresql/` (the same numbers
 * as the SQLite files in `migrations/`): all that the database lacks in ONE transaction, each with its row in
 * `registry_schema` (one commit; all or none). Several apps may start at once: the migrations run under a
 * transaction-level advisory lock, and each app reads the version once it holds it.
 *
 * Unlike the SQLite file, the app takes no copy of the database before migrating: backups of a server are the
 * administrator's (pg_dump, base backups; see README). Errors the user can meet (server unreachable, login
 * refused, no such database, a newer schema, a failed migration) come back as values with Polish messages.
 */
import { join } from 'node:path';
import { defaultMigrationsDir, loadMigrations, type Migration } from './migrations.js';
import { createPool, PgClient, type PgPoolOptions } from './postgres-client.js';
import { displayPgUrl, errorCode, isConnectionError } from './sql.js';
import type { DbError } from './database.js';

/** The folder of the PostgreSQL migrations: `migrations/postgresql` beside the SQLite ones. */
export function defaultPgMigrationsDir(): string {
  return join(defaultMigrationsDir(), 'postgresql');
}

/** Options of {@link openPostgres}. */
export interface OpenPgOptions extends PgPoolOptions {
  /** Folder with the `NNNN_name.sql` files; default {@link defaultPgMigrationsDir}. */
  migrationsDir?: string;
}

/** Result of {@link openPostgres}. */
export type OpenPgResult =
  | { ok: true; client: PgClient; /** Schema version after migrating. */ version: number; /** Migrations applied now. */ migrated: number[] }
  | { ok: false; error: DbError };

/** A lock number of this app's migrations (any constant; other programs on the server do not use it). */
const MIGRATION_LOCK = 72_120_016;

/** Polish message for a failure to reach or log in to the server. */
function connectError(e: unknown, shown: string): DbError {
  const code = errorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (code === '28P01' || code === '28000') return { code: 'cannotConnect', message: `Serwer rejestru ${shown} odrzucił logowanie (${detail}). Sprawdź nazwę użytkownika i hasło.` };
  if (code === '3D000') return { code: 'cannotConnect', message: `Na serwerze nie ma bazy rejestru ${shown}. Administrator tworzy ją według README („Rejestr na serwerze”).` };
  if (isConnectionError(e)) return { code: 'cannotConnect', message: `Nie można połączyć się z serwerem rejestru ${shown} (${detail}). Sprawdź połączenie z siecią urzędu albo poproś administratora o sprawdzenie serwera.` };
  return { code: 'cannotOpen', message: `Nie można otworzyć rejestru ${shown}: ${detail}.` };
}

/**
 * Connects to the registry at `url` and migrates it to the newest schema.
 * Out: `{ ok: true, client, version, migrated }`, or `{ ok: false, error }` with `cannotConnect` (unreachable,
 * login refused, no such database), `foreign` (the database holds tables but is not a registry), `newerVersion`
 * (migrated by a newer app: nothing is changed), `migrationFailed` (rolled back, the schema stays where it was) or
 * `cannotOpen`. The pool is closed on failure. Never throws.
 */
export async function openPostgres(url: string, options: OpenPgOptions = {}): Promise<OpenPgResult> {
  const shown = displayPgUrl(url);
  let migrations: Migration[];
  try {
    migrations = loadMigrations(options.migrationsDir ?? defaultPgMigrationsDir());
  } catch (e) {
    return { ok: false, error: { code: 'cannotOpen', message: `Brak plików migracji bazy rejestru: ${e instanceof Error ? e.message : String(e)}` } };
  }
  const newest = migrations.at(-1)?.version ?? 0;
  const pool = await createPool(url, options);
  const fail = async (error: DbError): Promise<OpenPgResult> => {
    await pool.end().catch(() => undefined);
    return { ok: false, error };
  };
  let conn;
  try {
    conn = await pool.connect();
  } catch (e) {
    return fail(connectError(e, shown));
  }
  let migrated: number[] = [];
  let version = 0;
  try {
    await conn.query('BEGIN');
    await conn.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const known = (await conn.query<{ t: string | null }>("SELECT to_regclass('registry_schema')::text AS t")).rows[0]?.t;
    if (!known) {
      const tables = (await conn.query<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM pg_tables WHERE schemaname = current_schema()')).rows[0]?.n ?? 0;
      if (tables > 0) {
        await conn.query('ROLLBACK');
        conn.release();
        return fail({ code: 'foreign', message: `Baza ${shown} zawiera już tabele innego programu i nie jest rejestrem zarządzeń. Wskaż bazę rejestru albo pustą bazę.` });
      }
      await conn.query('CREATE TABLE registry_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    }
    version = (await conn.query<{ v: number | null }>('SELECT max(version) AS v FROM registry_schema')).rows[0]?.v ?? 0;
    if (version > newest) {
      await conn.query('ROLLBACK');
      conn.release();
      return fail({ code: 'newerVersion', message: `Rejestr ${shown} zaktualizowała nowsza wersja aplikacji (schemat ${version}, ta wersja zna schemat do ${newest}). Zaktualizuj aplikację; baza nie została zmieniona.` });
    }
    // every migration the database lacks, each with its row in registry_schema, in this one transaction (one
    // commit; all or none: a failure rolls every one of them back)
    const pending = migrations.filter((m) => m.version > version);
    let current: Migration | null = null;
    try {
      for (const m of pending) {
        current = m;
        await conn.query(m.sql);
        await conn.query('INSERT INTO registry_schema (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      }
      await conn.query('COMMIT');
    } catch (e) {
      await conn.query('ROLLBACK').catch(() => undefined);
      if (isConnectionError(e)) throw e;
      conn.release();
      return fail({
        code: 'migrationFailed',
        message: `Aktualizacja bazy rejestru (${current?.name ?? ''}) nie powiodła się: ${e instanceof Error ? e.message : String(e)}. Rejestr pozostał w poprzedniej wersji (schemat ${version}).`,
      });
    }
    migrated = pending.map((m) => m.version);
    if (pending.length) version = pending[pending.length - 1]!.version;
    conn.release();
  } catch (e) {
    conn.release(true);
    return fail(connectError(e, shown));
  }
  return { ok: true, client: new PgClient(pool), version, migrated };
}
