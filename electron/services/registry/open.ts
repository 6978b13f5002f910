/**
 * Opening and closing the registry on either engine, the embedded sample registry and backups.
 *
 * The registry is named by one string: a file path (the embedded SQLite file, the default for one person) or a
 * `postgresql://user@host:port/database` address (the office's server). The same numbered migrations exist for
 * both (`db/migrations/` and `db/migrations/postgresql/`), all that a registry lacks applied in one transaction, with the same refusal of a
 * newer schema.
 *
 * The sample registry (`resources/sample/`: copies of real orders and `manifest.json`) is loaded into a registry
 * that has never held it, on its first start: so a new user sees real departments at once. The app ships the
 * folder in its resources and passes its path; the files are read at run time only from there.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../core/import/index.js';
import { backupDatabase, defaultBackupsDir, openDatabase, type OpenDbOptions } from '../db/database.js';
import { userTempDir } from '../db/fault-log.js';
import type { OpenPgOptions } from '../db/postgres.js';
import { displayPgUrl, isPostgresUrl } from '../db/sql.js';
import { SqliteClient } from '../db/sqlite-client.js';
import { postgresParts, sqliteParts } from './engines.js';
import { readFailure } from './faults.js';
import { recoveryDirs } from './recovery.js';
import { SqlRegistry } from './registry.js';
import type { AddOrderInput, Registry } from './repository.js';
import type { OpenRegistryError, TextImporter } from './types.js';
import { upgradeStoredModels } from './upgrade-models.js';
import { recountEntryIntoForce } from './recount-entry.js';
import { readPreimported } from './sample-preimport.js';

/** Options of {@link openRegistry}: the options of either engine plus the sample registry to load on first start. */
export interface OpenRegistryOptions extends OpenDbOptions {
  /** Load the sample registry into a registry that has never held it (omit to start empty). */
  sample?: {
    /** Default: `resources/sample` of the source tree. */ dir?: string;
    /** Default: `importText` of `core/import`. */ importText?: TextImporter;
    /** The sample read at build time (`sample-preimport.ts`); absent or stale: the files are imported. */ preimported?: string;
  };
  /** PostgreSQL only: the pool's timeouts and size, and its migrations folder. */
  postgres?: OpenPgOptions;
  /**
   * Where refused draft saves are kept; default {@link recoveryDirs} of the registry file (SQLite), or the
   * system's temporary folder (PostgreSQL: the app passes its data folder's).
   */
  recoveryDirs?: string[];
}

/** What the sample load did: numbers added, files that could not be read (Polish messages). */
export interface SampleReport {
  added: string[];
  problems: string[];
}

/** Result of {@link openRegistry}. */
export type OpenRegistryResult =
  | {
      ok: true;
      registry: Registry;
      /** Migrations applied now. */ migrated: number[];
      /** Backups taken now (SQLite). */ backups: string[];
      /** Null when no sample was loaded now. */ sample: SampleReport | null;
      /** True when the file could not be written: the registry is open read-only (the app shows a banner). */
      readOnly: boolean;
    }
  | { ok: false; error: OpenRegistryError };

/** The registry file in a data folder: `<dataDir>/rejestr.sqlite`. */
export function registryPath(dataDir: string): string {
  return join(dataDir, 'rejestr.sqlite');
}

/** The sample registry folder of the source tree (`resources/sample`). A packaged app passes its own. */
export function defaultSampleDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources', 'sample');
}

/**
 * Lets the events waiting in this process run between the steps of opening (a macrotask turn): the app's main
 * process also serves the window's page (`app://`), which loads while the registry opens on a first start, and
 * each step here is synchronous work of several milliseconds that would otherwise hold the page's files back.
 */
const letEventsRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A file-name time stamp: `20260315-142501`. */
function stampNow(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

/** How a registry address is shown (a path as it is, a server address without its password). */
export function displayRegistryTarget(target: string): string {
  return isPostgresUrl(target) ? displayPgUrl(target) : target;
}

/**
 * Opens the registry named by `target`: a SQLite file path (see `openDatabase` for the checks, migrations, backups
 * and the lock; every later write checks the file first, `faults.ts`, and keeps a refused draft save for
 * recovery) or a `postgresql://` address (see `openPostgres`). Errors come back as values with Polish messages.
 * Then loads the sample registry when asked and not loaded before (never into a read-only registry).
 */
export async function openRegistry(target: string, options: OpenRegistryOptions = {}): Promise<OpenRegistryResult> {
  if (isPostgresUrl(target)) {
    // `pg` is loaded only now: the app and the CLI on the SQLite file never load it
    const { openPostgres } = await import('../db/postgres.js');
    const opened = await openPostgres(target, options.postgres ?? {});
    if (!opened.ok) return opened;
    const location = displayPgUrl(target);
    const registry = new SqlRegistry(opened.client, postgresParts, { info: { engine: 'postgresql', location }, recoveryDirs: options.recoveryDirs ?? [join(userTempDir(), 'odzyskiwanie')] });
    try {
      // stored models of an older schema version are upgraded in one transaction (the server's own backups apply)
      const upgraded = await upgradeStoredModels(opened.client, { indexTasks: postgresParts.indexTasks });
      if (!upgraded.ok) {
        await registry.close();
        return { ok: false, error: { code: 'migrationFailed', message: upgraded.message } };
      }
      await recountEntryIntoForce(opened.client);
      const sample = options.sample ? await loadSampleRegistry(registry, options.sample.importText ?? importText, options.sample.dir, options.sample.preimported) : null;
      return { ok: true, registry, migrated: opened.migrated, backups: [], sample, readOnly: false };
    } catch (e) {
      await registry.close();
      const failure = registry.readFailure(e);
      if (!failure) throw e;
      return { ok: false, error: { code: 'cannotConnect', message: failure.message } };
    }
  }
  const opened = await openDatabase(target, options);
  if (!opened.ok) return opened;
  await letEventsRun();
  const client = new SqliteClient(opened.db);
  client.afterTransaction = () => opened.guard.afterWrite(opened.db);
  const faults = { db: opened.db, path: target, fileGuard: opened.guard, faultLogPath: opened.faultLogPath, recoveryDirs: options.recoveryDirs ?? recoveryDirs(target) };
  const registry = new SqlRegistry(client, sqliteParts, { info: { engine: 'sqlite', location: target }, recoveryDirs: faults.recoveryDirs, readOnly: opened.readOnly, faults });
  let sample: SampleReport | null = null;
  let backups = opened.backups;
  try {
    // stored models of an older schema version are upgraded in one transaction after a backup of the file (a
    // read-only registry is read through the upgrade chain instead)
    if (!opened.readOnly) {
      const file = join(options.backupsDir ?? defaultBackupsDir(target), `${basename(target, extname(target))}-${stampNow()}-przed-aktualizacja-modeli.sqlite`);
      const upgraded = await upgradeStoredModels(client, { indexTasks: sqliteParts.indexTasks, backup: () => backupDatabase(opened.db, file) });
      if (!upgraded.ok) {
        await registry.close();
        return { ok: false, error: { code: 'migrationFailed', message: upgraded.message } };
      }
      if (upgraded.backup) backups = [...backups, upgraded.backup];
      await recountEntryIntoForce(client);
    }
    await letEventsRun();
    if (options.sample && !opened.readOnly) sample = await loadSampleRegistry(registry, options.sample.importText ?? importText, options.sample.dir, options.sample.preimported);
  } catch (e) {
    // A page the quick check did not read may be damaged: the sentence names the log, the connection is released.
    const failure = readFailure(faults, e);
    await registry.close();
    return { ok: false, error: { code: failure.code === 'corrupt' ? 'corrupt' : 'cannotOpen', message: failure.message } };
  }
  opened.guard.settle(opened.db);
  return { ok: true, registry, migrated: opened.migrated, backups, sample, readOnly: opened.readOnly };
}

/** Closes the registry (checkpoints the SQLite journal and releases the file, or ends the server connections). Safe to call twice. */
export function closeRegistry(reg: Registry): Promise<void> {
  return reg.close();
}

interface Manifest {
  orders: { file: string; format: 'txt' | 'md' | 'pdf' | 'docx'; repealedHistory?: boolean }[];
}

/**
 * Loads the sample registry from `dir` (its `manifest.json` lists the files, their format and which are
 * repealed history) into a registry that is empty on its first start (one that already holds orders of its own,
 * or that has loaded the sample before, is left alone). Each file is read with `importText` and added with
 * its bytes (a file already present is skipped); a file whose pre-import (`preimported`, see `sample-preimport.ts`)
 * still matches its bytes is not imported again but taken from there. Every order of the sample and the registry's
 * notes of the load are written in ONE transaction (`SqlRegistry.addOrders`: one commit instead of one per order; a
 * failed write leaves the registry as it was). The registry remembers the load only when every file was read,
 * so a sample file the importer could not read is tried again on the next start. Returns null when nothing was
 * to do, else what was added and what failed. Never throws for the files; a server that cannot be reached throws.
 */
export async function loadSampleRegistry(reg: SqlRegistry, importText: TextImporter, sampleDir?: string, preimported?: string): Promise<SampleReport | null> {
  const has = async (key: string) => !!(await reg.sql.get('SELECT 1 AS one FROM registry_meta WHERE key = ?', [key]));
  if (await has('sampleLoaded')) return null;
  // Only a registry that is still empty gets the sample; an older registry with orders of its own does not (one
  // whose earlier load was cut short, `sampleStarted`, gets the rest).
  const started = await has('sampleStarted');
  if (!started && (await reg.sql.get('SELECT 1 AS one FROM registry_order LIMIT 1'))) return null;
  const report: SampleReport = { added: [], problems: [] };
  let manifest: Manifest;
  let dir = sampleDir ?? '';
  try {
    dir = sampleDir ?? defaultSampleDir();
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (e) {
    report.problems.push(`Nie można odczytać rejestru przykładowego (${dir}): ${e instanceof Error ? e.message : String(e)}.`);
    return report;
  }
  const ahead = readPreimported(preimported);
  const inputs: { file: string; input: AddOrderInput }[] = [];
  for (const entry of manifest.orders) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, entry.file));
    } catch {
      report.problems.push(`Brak pliku rejestru przykładowego „${entry.file}”.`);
      continue;
    }
    const read = ahead(entry.file, bytes);
    const parsed = read ? { ok: true as const, ...read } : importText(bytes.toString('utf8'), entry.format);
    if (!parsed.ok) {
      report.problems.push(`${entry.file}: ${parsed.error.message}`);
      continue;
    }
    inputs.push({ file: entry.file, input: { order: parsed.order, source: { fileName: entry.file, bytes }, repealedHistory: entry.repealedHistory === true, warnings: parsed.warnings } });
  }
  await letEventsRun();
  // every order and the registry's notes in one transaction: one commit (and one sync of the file) for the whole
  // sample; a failed write leaves the registry as it was, and the next start tries again
  const now = new Date().toISOString();
  const written = await reg.addOrders(inputs.map((i) => i.input), async (tx, results) => {
    results.forEach((r, i) => {
      if (!r.ok) report.problems.push(`${inputs[i]!.file}: ${r.error.message}`);
      else if (r.outcome === 'added' && r.number) report.added.push(r.number);
    });
    await tx.run("INSERT INTO registry_meta (key, value) VALUES ('sampleStarted', ?) ON CONFLICT DO NOTHING", [now]);
    if (!report.problems.length) await tx.run("INSERT INTO registry_meta (key, value) VALUES ('sampleLoaded', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [now]);
  });
  if (!written.ok) return { added: [], problems: [...report.problems, written.error.message] };
  return report;
}

/**
 * Writes a consistent copy of the registry to `file` (SQLite; safe while the app writes). Out: `{ ok: true, file }`
 * or `{ ok: false, message }` in Polish (also for a server registry, which its administrator backs up).
 */
export function backupRegistry(reg: Registry, file: string): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  return reg.backup(file);
}
