/**
 * The SQLite database service: opens one database file, sets it up the way the house style asks (WAL,
 * `synchronous=FULL`, foreign keys on), refuses a file that is empty, foreign or damaged (a quick check at start,
 * the full integrity check on demand: {@link checkIntegrity}) or written by a newer app, opens a file the user may
 * not write read-only, and applies
 * the numbered migrations of `./migrations/` the file lacks, all in ONE transaction with the `PRAGMA user_version`
 * bump (a new registry and an upgrade alike: one commit, one sync; all or none), an existing file after a
 * `db.backup()` copy. Never imports 'electron': the file path is a parameter (the app passes a path in its user
 * data folder, the CLI and tests their own).
 *
 * Two app instances on one file: the file is opened with `locking_mode=EXCLUSIVE`, so the first instance holds an
 * exclusive lock until it closes (or dies: the operating system drops the lock with the process) and the second is
 * told the file is in use (`{ code: 'inUse' }`). This keeps the rule simple for users (one window edits one
 * registry) and leaves no stale lock file after a crash. Pass `exclusive: false` to share the file (WAL +
 * busy_timeout), e.g. for a read-only tool.
 *
 * Errors the user can meet (file in use, empty, foreign, damaged, from a newer version, a migration that fails, no
 * access) are returned as values with one Polish sentence each, never thrown; SQLite's English detail goes to the
 * fault log (`fault-log.ts`) the sentence names. The file guard (`file-guard.ts`) returned with the connection
 * notices when the file is deleted, replaced or made read-only under the running instance.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { defaultFaultLogPath, logFault, seeLog } from './fault-log.js';
import { canWriteFile, classifyFile, createFileGuard, errorCode, fileIdentity, type FileGuard, type FileKind } from './file-guard.js';
import { loadMigrations, type Migration } from './migrations.js';

/** The better-sqlite3 connection type, for services built on this one. Never sent to the renderer. */
export type Db = Database.Database;

/**
 * Why a database could not be opened: `emptyFile` (0 bytes) and `foreign` (not a registry) are refused and
 * never initialised; `corrupt` comes with backups to restore from. `cannotConnect` comes from the PostgreSQL
 * engine (`postgres.ts`): the server cannot be reached, refused the login, or has no such database.
 */
export type DbErrorCode = 'inUse' | 'corrupt' | 'newerVersion' | 'migrationFailed' | 'cannotOpen' | 'emptyFile' | 'foreign' | 'cannotConnect';

/** A failure to open, with a Polish message for the user and, where it helps, the backups to restore from. */
export interface DbError {
  code: DbErrorCode;
  /** One Polish sentence: what happened and what to do (the technical detail is in the fault log it names). */
  message: string;
  /** Backups (absolute paths, newest first) the user can restore with {@link restoreBackup}. */
  backups?: string[];
}

/** Result of {@link openDatabase}. */
export type OpenDbResult =
  | {
      ok: true;
      db: Db;
      /** Schema version after migrating. */ version: number;
      /** Migrations applied now. */ migrated: number[];
      /** Backups taken now. */ backups: string[];
      /** True when the file could not be written: it was opened read-only and every write is refused. */
      readOnly: boolean;
      /** Watches the file for deletion, replacement and loss of write access (check before each write). */
      guard: FileGuard;
      /** Where SQLite and file errors of this database are logged ({@link logFault}). */
      faultLogPath: string;
    }
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
  /** Whether the file may be written (default `access(W_OK)`); a file that may not is opened read-only. */
  canWrite?: (path: string) => boolean;
  /** The fault log; default `dziennik-bledow.log` beside the database ({@link defaultFaultLogPath}). */
  faultLogPath?: string;
}

/** The folder that holds the backups of `dbPath` unless told otherwise: `<folder of dbPath>/backups`. */
export function defaultBackupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function stamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '') + '-' + String(now.getMilliseconds()).padStart(3, '0');
}

/**
 * The connections this process holds, with the identity of their files. A file this process already holds is not
 * examined again with `fs` (closing any descriptor of a file drops every POSIX lock the process holds on it, the
 * exclusive lock of the open registry included): a second exclusive open is told at once that it is in use.
 */
const heldHere = new Set<{ db: Db; dev: string; ino: string }>();

function isHeldHere(dbPath: string): boolean {
  const id = fileIdentity(dbPath);
  for (const h of heldHere) {
    if (!h.db.open) heldHere.delete(h);
    else if (id && h.dev === id.dev && h.ino === id.ino) return true;
  }
  return false;
}

function holdHere(db: Db, dbPath: string): void {
  const id = fileIdentity(dbPath);
  if (id) heldHere.add({ db, dev: id.dev, ino: id.ino });
}

/** What the opening code needs to word its refusals. */
interface Where {
  dbPath: string;
  backupsDir: string;
  faultLogPath: string;
}

/** Maps a SQLite error met while opening to a user-facing error (one sentence; the detail goes to the log). */
function openError(e: unknown, at: Where): DbError {
  const code = errorCode(e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return inUseError(at);
  const logged = seeLog(logFault(at.faultLogPath, `open ${at.dbPath}`, e));
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return corruptError(at, logged);
  return { code: 'cannotOpen', message: `Nie można otworzyć rejestru „${at.dbPath}” ${logged}; sprawdź, czy folder istnieje i czy masz do niego dostęp.` };
}

function inUseError(at: Where): DbError {
  return { code: 'inUse', message: `Rejestr „${at.dbPath}” jest otwarty w innym oknie aplikacji lub w innym programie; zamknij go tam i spróbuj ponownie.` };
}

/** The refusal of a damaged file, naming the log and the newest backup. */
function corruptError(at: Where, logged: string): DbError {
  const backups = listBackups(at.dbPath, at.backupsDir);
  const way = backups.length
    ? `można przywrócić ostatnią kopię zapasową (${basename(backups[0]!)}), a uszkodzony plik zostanie zachowany obok`
    : 'brak kopii zapasowych, więc nie usuwaj pliku i skontaktuj się z administratorem';
  return { code: 'corrupt', message: `Rejestr „${at.dbPath}” jest uszkodzony ${logged}; ${way}.`, backups };
}

/** What to do with a file that is refused as it stands (0 bytes, foreign), naming the newest backup if any. */
function refusedWay(at: Where): string {
  const backups = listBackups(at.dbPath, at.backupsDir);
  return backups.length
    ? `przywróć ostatnią kopię zapasową (${basename(backups[0]!)}) albo przenieś ten plik w inne miejsce, a program utworzy nowy rejestr`
    : 'przenieś ten plik w inne miejsce, a program utworzy nowy rejestr';
}

function emptyError(at: Where): DbError {
  return { code: 'emptyFile', message: `Plik rejestru „${at.dbPath}” jest pusty (0 bajtów), więc program go nie otworzył i niczego w nim nie zapisał; ${refusedWay(at)}.`, backups: listBackups(at.dbPath, at.backupsDir) };
}

function foreignError(at: Where): DbError {
  return { code: 'foreign', message: `Plik „${at.dbPath}” nie jest rejestrem zarządzeń, więc program go nie otworzył i niczego w nim nie zmienił; ${refusedWay(at)}.`, backups: listBackups(at.dbPath, at.backupsDir) };
}

function newerError(at: Where, version: number, newest: number): DbError {
  return {
    code: 'newerVersion',
    message: `Rejestr „${at.dbPath}” zapisała nowsza wersja aplikacji (schemat ${version}, ta wersja zna schemat do ${newest}), więc plik nie został zmieniony; zaktualizuj aplikację.`,
  };
}

/** A migration that failed, with SQLite's error: {@link applyMigrations} rolled every one of its batch back. */
class MigrationFailed extends Error {
  constructor(readonly migration: Migration, override readonly cause: unknown) {
    super(`migration ${migration.name}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Applies `migrations` (in order) in ONE transaction with the `user_version` bump to the last: one commit, so one
 * sync of the file for all of them (a new registry applies every migration; each separate commit cost a sync).
 * All or none: when one fails, every one of them is rolled back and the file keeps its version.
 * @throws MigrationFailed naming the migration that failed, with SQLite's error as `cause`.
 */
function applyMigrations(db: Db, migrations: readonly Migration[]): void {
  if (!migrations.length) return;
  db.transaction(() => {
    for (const m of migrations) {
      try {
        db.exec(m.sql);
      } catch (e) {
        throw new MigrationFailed(m, e);
      }
    }
    db.pragma(`user_version = ${migrations[migrations.length - 1]!.version}`);
  })();
}

/**
 * The connection's settings. `synchronous=FULL` in WAL mode (decided for issue 15, after measuring): SQLite syncs
 * the journal at every commit, so a save the app reported as done survives a power cut or a crash of the system.
 * `NORMAL` would keep the file consistent just as well (a save that fails or is cut short leaves the previous
 * version; SQLite docs, "WAL mode … is always consistent with synchronous=NORMAL") but may lose the last commits
 * on a power cut, which a lawyer told "zapisano" must not meet. FULL costs one sync of the journal per commit
 * (0.05–2 ms on the development machine; more on a laptop's encrypted disk), so the start commits as rarely as it
 * can instead: all migrations in one transaction, the sample registry in one, a new file built without syncs
 * and synced once before it is put in place ({@link createDatabaseFile}).
 */
function setUp(db: Db, exclusive: boolean): void {
  if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Writes a file's data to the disk (`fsync`) before it is put in place. Throws the system's error. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates a new registry file at `dbPath` with every migration, built under a temporary name and linked into
 * place only when complete: a crash while creating leaves no 0-byte or half-built registry (which would then be
 * refused), only a temporary file removed on the next try. When another instance created the file meanwhile,
 * its file wins. Out: the migrations applied, or an error.
 */
function createDatabaseFile(at: Where, migrations: Migration[]): { ok: true; migrated: number[] } | { ok: false; error: DbError } {
  const tmp = `${at.dbPath}.tworzenie-${process.pid}`;
  let db: Db | null = null;
  try {
    mkdirSync(dirname(at.dbPath), { recursive: true });
    rmSync(tmp, { force: true });
    for (const ext of ['-wal', '-shm', '-journal']) rmSync(tmp + ext, { force: true });
    db = new Database(tmp);
    setUp(db, true);
    // a file nobody sees until it is linked into place needs no sync per step: one at the end (below) is enough
    db.pragma('synchronous = OFF');
    applyMigrations(db, migrations);
    db.close();
    db = null;
    syncFile(tmp);
    // A journal left beside a file that is gone belongs to no file any more: it must not be replayed into the new one.
    for (const ext of ['-wal', '-shm', '-journal']) rmSync(at.dbPath + ext, { force: true });
    try {
      linkSync(tmp, at.dbPath);
    } catch (e) {
      // EEXIST: another instance created it first (its file is opened below); else a file system without links.
      if (errorCode(e) !== 'EEXIST') renameSync(tmp, at.dbPath);
    }
    rmSync(tmp, { force: true });
    return { ok: true, migrated: migrations.map((m) => m.version) };
  } catch (e) {
    try {
      db?.close();
      rmSync(tmp, { force: true });
    } catch {
      /* the temporary file stays; it is removed on the next try */
    }
    return { ok: false, error: openError(e, at) };
  }
}

/**
 * The quick check at start, in place of a full integrity check (which reads every page: seconds on a large
 * registry; see {@link checkIntegrity}): the schema is readable and the root page and first leaf of every table
 * can be read. Throws SQLite's error (SQLITE_CORRUPT …) when not.
 */
function quickCheck(db: Db): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[];
  for (const t of tables) db.prepare(`SELECT * FROM "${t.name.replace(/"/g, '""')}" LIMIT 1`).get();
}

/** True when the open database holds the registry's schema (not another program's database, not a blank one). */
function isRegistrySchema(db: Db, version: number): boolean {
  return version > 0 && !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'registry_meta'").get();
}

/**
 * Opens a file the user may not write, read-only: with SQLite's read-only mode, or, when that is impossible (a
 * WAL file in a folder where SQLite cannot create its companions), from a private copy in memory. A registry that
 * would need migrating cannot be opened read-only and is refused.
 */
function openReadOnly(at: Where, newest: number, busyTimeoutMs: number): OpenDbResult {
  let db: Db | null = null;
  try {
    db = new Database(at.dbPath, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    try {
      db?.close();
    } catch {
      /* nothing to release */
    }
    try {
      const bytes = readFileSync(at.dbPath);
      // Bytes 18 and 19 say "WAL"; a copy in memory has no WAL, so it is read in the rollback-journal format.
      if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
      db = new Database(bytes, { readonly: true });
    } catch (e) {
      return { ok: false, error: openError(e, at) };
    }
  }
  const opened = db;
  const fail = (error: DbError): OpenDbResult => {
    opened.close();
    return { ok: false, error };
  };
  try {
    quickCheck(opened);
    const version = opened.pragma('user_version', { simple: true }) as number;
    if (version > newest) return fail(newerError(at, version, newest));
    if (!isRegistrySchema(opened, version)) return fail(foreignError(at));
    if (version < newest) {
      return fail({ code: 'cannotOpen', message: `Rejestr „${at.dbPath}” jest tylko do odczytu, a wymaga aktualizacji do tej wersji aplikacji, więc nie można go otworzyć; poproś administratora o prawo zapisu do pliku.` });
    }
    if (opened.name === at.dbPath) holdHere(opened, at.dbPath);
    return { ok: true, db: opened, version, migrated: [], backups: [], readOnly: true, guard: createFileGuard(at.dbPath, { mode: 'readOnly' }), faultLogPath: at.faultLogPath };
  } catch (e) {
    return fail(openError(e, at));
  }
}

/**
 * Opens (creating if absent) the database at `dbPath`, checks it and migrates it to the newest schema.
 *
 * In: the file path (its folder is created if missing) and options. Out (a promise, because `db.backup()` is
 * asynchronous): `{ ok: true, db, version, migrated, backups, readOnly, guard, faultLogPath }`, or
 * `{ ok: false, error }` (one Polish sentence each) when the file is in use (`inUse`), is 0 bytes (`emptyFile`)
 * or not a registry (`foreign`: another program's file or database; both refused and never initialised), fails
 * the quick check (`corrupt`, with `backups` to restore from), has a `user_version` above the newest migration
 * (`newerVersion`), a migration fails (`migrationFailed`: every migration of the start is rolled back, the file
 * keeps its version, the backup taken before them is named) or the file cannot be opened (`cannotOpen`). A file
 * the user may not write is opened read-only (`readOnly: true`). A new file is built under a temporary name and
 * linked into place when complete. One backup is taken before the migrations of an existing registry. The start-up check is quick ({@link quickCheck}); the
 * full `integrity_check` is {@link checkIntegrity}, run in the background or on demand. SQLite's own messages go
 * to the fault log (`faultLogPath`). Never throws for these cases; the connection is closed on failure.
 */
export async function openDatabase(dbPath: string, options: OpenDbOptions = {}): Promise<OpenDbResult> {
  const at: Where = { dbPath, backupsDir: options.backupsDir ?? defaultBackupsDir(dbPath), faultLogPath: options.faultLogPath ?? defaultFaultLogPath(dbPath) };
  let migrations: Migration[];
  try {
    migrations = loadMigrations(options.migrationsDir);
  } catch (e) {
    return { ok: false, error: { code: 'cannotOpen', message: `Brak plików migracji bazy rejestru (${e instanceof Error ? e.message : String(e)}), więc instalację aplikacji trzeba naprawić.` } };
  }
  const newest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const exclusive = options.exclusive !== false;
  const canWrite = options.canWrite ?? canWriteFile;

  const held = isHeldHere(dbPath);
  if (held && exclusive) return { ok: false, error: inUseError(at) };
  const kind: FileKind = held ? { kind: 'sqlite' } : classifyFile(dbPath);
  let created: number[] = [];
  if (kind.kind === 'empty') return { ok: false, error: emptyError(at) };
  if (kind.kind === 'foreign') return { ok: false, error: foreignError(at) };
  if (kind.kind === 'unreadable') return { ok: false, error: openError(Object.assign(new Error(`cannot read ${dbPath}`), { code: kind.detail }), at) };
  if (kind.kind === 'absent') {
    const made = createDatabaseFile(at, migrations);
    if (!made.ok) return made;
    created = made.migrated;
  }
  if (!canWrite(dbPath)) return openReadOnly(at, newest, options.busyTimeoutMs ?? 2000);

  let db: Db;
  try {
    db = new Database(dbPath, { timeout: options.busyTimeoutMs ?? 2000, fileMustExist: true });
  } catch (e) {
    return { ok: false, error: openError(e, at) };
  }
  const fail = (error: DbError): OpenDbResult => {
    try {
      db.close();
    } catch {
      /* already closed or never usable: nothing more to release */
    }
    return { ok: false, error };
  };
  let version: number;
  try {
    // Only reads until the file is known to be a registry of this or an older version: a foreign or newer
    // database is refused byte for byte unchanged (journal_mode=WAL would rewrite its header).
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    quickCheck(db);
    version = db.pragma('user_version', { simple: true }) as number;
    if (version > newest) return fail(newerError(at, version, newest));
    if (!isRegistrySchema(db, version)) return fail(foreignError(at));
    setUp(db, exclusive);
    // Take the lock now (in exclusive mode it is held until close) so that a second instance is told at once.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (e) {
    return fail(openError(e, at));
  }

  // the migrations this file lacks: one backup of the file before them, then all of them in one transaction
  const pending = migrations.filter((m) => m.version > version);
  const backups: string[] = [];
  if (pending.length) {
    const first = pending[0]!;
    let backup: string;
    try {
      mkdirSync(at.backupsDir, { recursive: true });
      backup = join(at.backupsDir, `${basename(dbPath, extname(dbPath))}-${stamp()}-przed-migracja-${String(first.version).padStart(4, '0')}.sqlite`);
      await db.backup(backup);
      backups.push(backup);
    } catch (e) {
      const logged = seeLog(logFault(at.faultLogPath, `backup before migration ${first.name}`, e));
      return fail({ code: 'migrationFailed', message: `Nie udało się wykonać kopii zapasowej rejestru przed aktualizacją ${logged}, więc rejestr nie został zmieniony.` });
    }
    try {
      applyMigrations(db, pending);
    } catch (e) {
      const failed = e instanceof MigrationFailed ? e : null;
      const logged = seeLog(logFault(at.faultLogPath, `migration ${failed?.migration.name ?? pending.map((m) => m.name).join(', ')}`, failed?.cause ?? e));
      return fail({
        code: 'migrationFailed',
        message: `Aktualizacja bazy rejestru (${failed?.migration.name ?? pending.map((m) => m.name).join(', ')}) nie powiodła się ${logged}, więc rejestr pozostał w poprzedniej wersji (kopia zapasowa: ${backup}).`,
        backups: [backup],
      });
    }
    version = pending[pending.length - 1]!.version;
  }
  const migrated = pending.map((m) => m.version);
  const guard = createFileGuard(dbPath, { canWrite });
  guard.settle(db);
  holdHere(db, dbPath);
  return { ok: true, db, version, migrated: [...created, ...migrated], backups, readOnly: false, guard, faultLogPath: at.faultLogPath };
}

/** Result of {@link checkIntegrity}: `ok`, or one Polish sentence naming the log with the problems found. */
export type IntegrityResult = { ok: true; checkedAt: string; ms: number } | { ok: false; checkedAt: string; ms: number; message: string };

/**
 * The full integrity check (`PRAGMA integrity_check`), table by table, yielding to the event loop between tables
 * so that the window stays responsive while it runs in the background (or when the user asks for it). Problems
 * go to the fault log; the result is one Polish sentence. In: the connection, the registry path and its fault
 * log. Never throws.
 */
export async function checkIntegrity(db: Db, dbPath: string, faultLogPath: string): Promise<IntegrityResult> {
  const started = Date.now();
  const done = (message?: string): IntegrityResult => {
    const r = { checkedAt: new Date().toISOString(), ms: Date.now() - started };
    return message ? { ok: false, ...r, message } : { ok: true, ...r };
  };
  const problems: string[] = [];
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[];
    for (const t of tables) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!db.open) return done();
      const rows = db.prepare(`PRAGMA integrity_check("${t.name.replace(/"/g, '""')}")`).all() as { integrity_check: string }[];
      problems.push(...rows.map((r) => r.integrity_check).filter((s) => s !== 'ok'));
    }
  } catch (e) {
    problems.push(`${errorCode(e)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!problems.length) return done();
  const logged = seeLog(logFault(faultLogPath, `integrity_check ${dbPath}`, new Error(problems.slice(0, 50).join('; '))));
  return done(`Pełna kontrola spójności wykryła uszkodzenie rejestru „${dbPath}” ${logged}; nie wprowadzaj w nim dalszych zmian i poproś administratora o przywrócenie ostatniej kopii zapasowej.`);
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
    return { ok: false, message: `Nie udało się przywrócić kopii zapasowej ${seeLog(logFault(defaultFaultLogPath(dbPath), `restore ${backupPath}`, e))}, a rejestr pozostał bez zmian.` };
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
    return { ok: false, message: `Nie udało się zapisać kopii rejestru do „${file}” ${seeLog(logFault(defaultFaultLogPath(db.name), `backup to ${file}`, e))}.` };
  }
}
