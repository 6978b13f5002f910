/**
 * The numbered migration files of the registry database (`migrations/NNNN_name.sql`). Version N is the number in
 * the file name; versions must run 1, 2, 3 … without gaps. A released file is never edited: a schema change is a
 * new file (the schema snapshot test in `test/unit/registry/schema.test.ts` enforces that migrations only add).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One migration: its version (the file's number), file name and SQL text. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The default folder of migration files: `migrations/` beside this module. A bundled app (where the module
 * has no file of its own) passes the folder it ships the files in to `openDatabase({ migrationsDir })`.
 */
export function defaultMigrationsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/**
 * Reads the migrations of `dir`, sorted by version.
 * @throws Error (Polish message) when the folder cannot be read or the numbering has a gap or a duplicate:
 * that is a defect of the app build, not something a user can cause.
 */
export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  const out = files.map((name) => ({ version: Number(name.slice(0, 4)), name, sql: readFileSync(join(dir, name), 'utf8') }));
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`numeracja migracji jest nieciągła przy pliku ${m.name} (oczekiwano ${i + 1})`);
  });
  return out;
}
