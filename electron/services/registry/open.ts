/**
 * Opening and closing the registry, the embedded sample registry and backups.
 *
 * The sample registry (`resources/sample/`: copies of real orders and `manifest.json`) is loaded into a registry
 * that has never held it, on its first start: so a new user sees real departments at once. The app ships the
 * folder in its resources and passes its path; the files are read at run time only from there.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../core/import/index.js';
import { backupDatabase, openDatabase, type OpenDbOptions } from '../db/database.js';
import { readFailure } from './faults.js';
import { recoveryDirs } from './recovery.js';
import { addOrder } from './registry.js';
import type { OpenRegistryError, Registry, TextImporter } from './types.js';

/** Options of {@link openRegistry}: the database options plus the sample registry to load on first start. */
export interface OpenRegistryOptions extends OpenDbOptions {
  /** Load the sample registry into a registry that has never held it (omit to start empty). */
  sample?: { /** Default: `resources/sample` of the source tree. */ dir?: string; /** Default: `importText` of `core/import`. */ importText?: TextImporter };
  /** Where refused draft saves are kept; default {@link recoveryDirs} of the registry path. */
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
      /** Backups taken now. */ backups: string[];
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
 * Opens the registry in file `dbPath` (see `openDatabase` for the checks, migrations, backups and the lock;
 * its errors come back as values with Polish messages), then loads the sample registry when asked and not
 * loaded before (never into a read-only registry). Every later write checks the file first (`faults.ts`) and
 * keeps a refused draft save for recovery. Asynchronous only because `db.backup()` is; every other registry
 * function is synchronous.
 */
export async function openRegistry(dbPath: string, options: OpenRegistryOptions = {}): Promise<OpenRegistryResult> {
  const opened = await openDatabase(dbPath, options);
  if (!opened.ok) return opened;
  const registry: Registry = {
    db: opened.db,
    path: dbPath,
    statements: new Map(),
    fileGuard: opened.guard,
    faultLogPath: opened.faultLogPath,
    recoveryDirs: options.recoveryDirs ?? recoveryDirs(dbPath),
  };
  let sample: SampleReport | null = null;
  try {
    if (options.sample && !opened.readOnly) sample = loadSampleRegistry(registry, options.sample.importText ?? importText, options.sample.dir);
  } catch (e) {
    // A page the quick check did not read may be damaged: the sentence names the log, the connection is released.
    const failure = readFailure(registry, e);
    closeRegistry(registry);
    return { ok: false, error: { code: failure.code === 'corrupt' ? 'corrupt' : 'cannotOpen', message: failure.message } };
  }
  opened.guard.settle(registry.db);
  return { ok: true, registry, migrated: opened.migrated, backups: opened.backups, sample, readOnly: opened.readOnly };
}

/** Closes the registry (checkpoints the WAL and releases the file). Safe to call twice. */
export function closeRegistry(reg: Registry): void {
  if (reg.db.open) reg.db.close();
}

interface Manifest {
  orders: { file: string; format: 'txt' | 'md' | 'pdf' | 'docx'; repealedHistory?: boolean }[];
}

/**
 * Loads the sample registry from `dir` (its `manifest.json` lists the files, their format and which are
 * repealed history) into a registry that is empty on its first start (one that already holds orders of its own,
 * or that has loaded the sample before, is left alone). Each file is read with `importText` and added with
 * its bytes (a file already present is skipped). The registry remembers the load only when every file was read,
 * so a sample file the importer could not read is tried again on the next start. Returns null when nothing was
 * to do, else what was added and what failed. Never throws.
 */
export function loadSampleRegistry(reg: Registry, importText: TextImporter, sampleDir?: string): SampleReport | null {
  const has = (key: string) => !!reg.db.prepare('SELECT 1 FROM registry_meta WHERE key = ?').get(key);
  if (has('sampleLoaded')) return null;
  if (!has('sampleStarted')) {
    // Only a registry that is still empty gets the sample; an older registry with orders of its own does not.
    if (reg.db.prepare('SELECT 1 FROM registry_order LIMIT 1').get()) return null;
    reg.db.prepare("INSERT INTO registry_meta (key, value) VALUES ('sampleStarted', ?)").run(new Date().toISOString());
  }
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
  for (const entry of manifest.orders) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, entry.file));
    } catch {
      report.problems.push(`Brak pliku rejestru przykładowego „${entry.file}”.`);
      continue;
    }
    const parsed = importText(bytes.toString('utf8'), entry.format);
    if (!parsed.ok) {
      report.problems.push(`${entry.file}: ${parsed.error.message}`);
      continue;
    }
    const r = addOrder(reg, { order: parsed.order, source: { fileName: entry.file, bytes }, repealedHistory: entry.repealedHistory === true, warnings: parsed.warnings });
    if (!r.ok) report.problems.push(`${entry.file}: ${r.error.message}`);
    else if (r.outcome === 'added' && r.number) report.added.push(r.number);
  }
  if (!report.problems.length) {
    reg.db.prepare("INSERT OR REPLACE INTO registry_meta (key, value) VALUES ('sampleLoaded', ?)").run(new Date().toISOString());
  }
  return report;
}

/**
 * Writes a consistent copy of the registry to `file` (safe while the app writes). Out: `{ ok: true, file }` or
 * `{ ok: false, message }` in Polish.
 */
export function backupRegistry(reg: Registry, file: string): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  return backupDatabase(reg.db, file);
}
