/**
 * The SQLite database service: opens one database file, sets it up the way the house style asks (WAL,
 * `synchronous=FULL`, foreign keys on), checks its integrity, refuses a file written by a newer app and applies
 * the numbered migrations of `./migrations/`, each in one transaction with its `PRAGMA user_version` bump and after
 * a `db.backup()` copy. Never imports 'electron': the file path is a parameter (the app passes a path in its user
 * data folder, the CLI and tests their own).
 *
 * Two app instances on one file: the file is opened with `locking_mode=EXCLUSIVE`, so the first instance holds an
 * exclusive lock until it closes (or dies: the operating system drops the lock with the process) and the second is
 * told the file is in use (`{ code: 'inUse' }`). This keeps the rule simple for users (one window edits one
 * registry) and leaves no stale lock file after a crash. Pass `exclusive: false` to share the file (WAL +
 * busy_timeout), e.g. for a read-only tool.
 *
 * Errors the user can meet (file in use, damaged, from a newer version, a migration that fails, no access) are
 * returned as values with Polish messages, never thrown.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { loadMigrations, type Migration } from './migrations.js';

/** The better-sqlite3 connection type, for services built on this one. Never sent to the renderer. */
export type Db = Database.Database;

/** Why a database could not be opened. */
export type DbErrorCode = 'inUse' | 'corrupt' | 'newerVersion' | 'migrationFailed' | 'cannotOpen';

/** A failure to open, with a Polish message for the user and, where it helps, the backups to restore from. */
export interface DbError {
  code: DbErrorCode;
  /** One or two Polish sentences: what happened and what to do. */
  message: string;
  /** Backups (absolute paths, newest first) the user can restore with {@link restoreBackup}. */
  backups?: string[];
}

/** Result of {@link openDatabase}. */
export type OpenDbResult =
  | { ok: true; db: Db; /** Schema version after migrating. */ version: number; /** Migrations applied now. */ migrated: number[]; /** Backups taken now. */ backups: string[] }
  | { ok: false; error: DbError };

export interface OpenDbOptions {
  /** Folder with the `NNNN_name.sql` files; default `electron/services/db/migrations` next to this file. */
  migrationsDir?: string;
  /** Folder for backups; default `backups/` next to the database file. */
  backupsDir?: string;
  /** Hold the file exclusively (default true; see the module comment). */
  exclusive?: boolean;
  /** How long to wait for a lock before giving up, ms (default 2000). */
  busyTimeoutMs?: number;
}

/** The folder that holds the backups of `dbPath` unless told otherwise: `<folder of dbPath>/backups`. */
export function defaultBackupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function stamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '') + '-' + String(now.getMilliseconds()).padStart(3, '0');
}

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Maps a SQLite error met while opening to a user-facing error. */
function openError(e: unknown, dbPath: string, backupsDir: string): DbError {
  const code = sqliteCode(e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'inUse', message: `Rejestr „${dbPath}” jest otwarty w innym oknie aplikacji lub w innym programie. Zamknij go tam i spróbuj ponownie.` };
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return corruptError(dbPath, backupsDir, 'Plik nie jest poprawną bazą danych rejestru lub jest uszkodzony.');
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'cannotOpen', message: `Nie można otworzyć rejestru „${dbPath}”: ${detail}. Sprawdź, czy folder istnieje i czy masz do niego prawo zapisu.` };
}

function corruptError(dbPath: string, backupsDir: string, what: string): DbError {
  const backups = listBackups(dbPath, backupsDir);
  const way = backups.length
    ? `Można przywrócić ostatnią kopię zapasową (${basename(backups[0]!)}); uszkodzony plik zostanie zachowany obok.`
    : 'Brak kopii zapasowych: skontaktuj się z administratorem, nie usuwaj pliku.';
  return { code: 'corrupt', message: `Rejestr „${dbPath}” jest uszkodzony. ${what} ${way}`, backups };
}

/**
 * Opens (creating if absent) the database at `dbPath`, checks it and migrates it to the newest schema.
 *
 * In: the file path (its folder is created if missing) and options. Out (a promise, because `db.backup()` is
 * asynchronous): `{ ok: true, db, version, migrated, backups }`, or `{ ok: false, error }` when the file is in use
 * (`inUse`), fails `PRAGMA integrity_check` or is not a database (`corrupt`, with `backups` to restore from),
 * has a `user_version` above the newest migration (`newerVersion`), a migration fails (`migrationFailed`: the
 * migration is rolled back, the backup taken before it is named) or the file cannot be opened (`cannotOpen`).
 * A backup is taken before each migration of a database that already holds a schema (a brand-new file has
 * nothing to save). Never throws for these cases; the connection is closed on failure.
 */
export async function openDatabase(dbPath: string, options: OpenDbOptions = {}): Promise<OpenDbResult> {
  const backupsDir = options.backupsDir ?? defaultBackupsDir(dbPath);
  let migrations: Migration[];
  try {
    migrations = loadMigrations(options.migrationsDir);
  } catch (e) {
    return { ok: false, error: { code: 'cannotOpen', message: `Brak plików migracji bazy rejestru: ${e instanceof Error ? e.message : String(e)}` } };
  }
  let db: Db;
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
    db = new Database(dbPath, { timeout: options.busyTimeoutMs ?? 2000 });
  } catch (e) {
    return { ok: false, error: openError(e, dbPath, backupsDir) };
  }
  const fail = (error: DbError): OpenDbResult => {
    try {
      db.close();
    } catch {
      /* already closed or never usable: nothing more to release */
    }
    return { ok: false, error };
  };
  try {
    if (options.exclusive !== false) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Take the lock now (in exclusive mode it is held until close) so that a second instance is told at once.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    const check = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = check.map((r) => r.integrity_check).filter((s) => s !== 'ok');
    if (problems.length) return fail(corruptError(dbPath, backupsDir, `Kontrola spójności: ${problems.slice(0, 3).join('; ')}.`));
  } catch (e) {
    return fail(openError(e, dbPath, backupsDir));
  }

  const newest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  let version = db.pragma('user_version', { simple: true }) as number;
  if (version > newest) {
    return fail({
      code: 'newerVersion',
      message: `Rejestr „${dbPath}” zapisała nowsza wersja aplikacji (schemat ${version}, ta wersja zna schemat do ${newest}). Zaktualizuj aplikację; plik nie został zmieniony.`,
    });
  }
  const migrated: number[] = [];
  const backups: string[] = [];
  for (const m of migrations) {
    if (m.version <= version) continue;
    const hasSchema = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n > 0;
    let backup: string | null = null;
    if (hasSchema) {
      try {
        mkdirSync(backupsDir, { recursive: true });
        backup = join(backupsDir, `${basename(dbPath, extname(dbPath))}-${stamp()}-przed-migracja-${String(m.version).padStart(4, '0')}.sqlite`);
        await db.backup(backup);
        backups.push(backup);
      } catch (e) {
        return fail({ code: 'migrationFailed', message: `Nie udało się wykonać kopii zapasowej rejestru przed aktualizacją (${e instanceof Error ? e.message : String(e)}); rejestr nie został zmieniony.` });
      }
    }
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (e) {
      return fail({
        code: 'migrationFailed',
        message: `Aktualizacja bazy rejestru (${m.name}) nie powiodła się: ${e instanceof Error ? e.message : String(e)}. Rejestr pozostał w poprzedniej wersji${backup ? `; kopia zapasowa: ${backup}` : ''}.`,
        ...(backup ? { backups: [backup] } : {}),
      });
    }
    version = m.version;
    migrated.push(m.version);
  }
  return { ok: true, db, version, migrated, backups };
}

/**
 * Backups of `dbPath` in `backupsDir` (default {@link defaultBackupsDir}): absolute paths, newest first.
 * Empty when there are none. Never throws.
 */
export function listBackups(dbPath: string, backupsDir = defaultBackupsDir(dbPath)): string[] {
  const prefix = basename(dbPath, extname(dbPath)) + '-';
  try {
    return readdirSync(backupsDir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
      .map((f) => join(backupsDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || (a < b ? 1 : -1));
  } catch {
    return [];
  }
}

/** Result of {@link restoreBackup}. */
export type RestoreResult = { ok: true; /** Where the replaced (damaged) file was moved. */ keptAs: string | null } | { ok: false; message: string };

/**
 * The way out of a damaged registry: replaces `dbPath` with a copy of `backupPath`. The replaced file (and its
 * `-wal`/`-shm` companions) is renamed to `<dbPath>.uszkodzony-<time>`, never deleted. The database must be
 * closed. Out: `{ ok: true, keptAs }` or `{ ok: false, message }` (Polish) when the backup is missing or a file
 * cannot be moved.
 */
export function restoreBackup(dbPath: string, backupPath: string): RestoreResult {
  if (!existsSync(backupPath)) return { ok: false, message: `Nie ma kopii zapasowej „${backupPath}”.` };
  try {
    let keptAs: string | null = null;
    if (existsSync(dbPath)) {
      keptAs = `${dbPath}.uszkodzony-${stamp()}`;
      renameSync(dbPath, keptAs);
      for (const ext of ['-wal', '-shm']) if (existsSync(dbPath + ext)) renameSync(dbPath + ext, keptAs + ext);
    }
    for (const ext of ['-wal', '-shm']) if (existsSync(dbPath + ext)) unlinkSync(dbPath + ext);
    copyFileSync(backupPath, dbPath);
    return { ok: true, keptAs };
  } catch (e) {
    return { ok: false, message: `Nie udało się przywrócić kopii zapasowej: ${e instanceof Error ? e.message : String(e)}.` };
  }
}

/**
 * Writes a consistent copy of an open database to `file` with `db.backup()` (safe while the app writes).
 * Out: `{ ok: true, file }` or `{ ok: false, message }` in Polish (e.g. the folder does not exist).
 */
export async function backupDatabase(db: Db, file: string): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  try {
    mkdirSync(dirname(file), { recursive: true });
    await db.backup(file);
    return { ok: true, file };
  } catch (e) {
    return { ok: false, message: `Nie udało się zapisać kopii rejestru do „${file}”: ${e instanceof Error ? e.message : String(e)}.` };
  }
}
