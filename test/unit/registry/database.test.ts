/** The database service: pragmas, migrations with backups, refusals and the way out of a damaged file, the lock. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, listBackups, openDatabase, restoreBackup } from '../../../electron/services/db/database.js';
import { defaultMigrationsDir, loadMigrations } from '../../../electron/services/db/migrations.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const newest = () => loadMigrations().at(-1)!.version;

/** A migrations folder with the real migrations plus `extra` files. */
function migrationsWith(extra: Record<string, string>): string {
  const m = join(dir, 'migrations');
  mkdirSync(m, { recursive: true });
  for (const f of readdirSync(defaultMigrationsDir()).filter((f) => f.endsWith('.sql'))) copyFileSync(join(defaultMigrationsDir(), f), join(m, f));
  for (const [f, sql] of Object.entries(extra)) writeFileSync(join(m, f), sql);
  return m;
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and migrates a new file to the newest version without a backup', async () => {
    const r = await openDatabase(join(dir, 'sub', 'r.sqlite'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(r.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(r.db.pragma('user_version', { simple: true })).toBe(newest());
    expect(r.migrated).toEqual(loadMigrations().map((m) => m.version));
    expect(r.backups).toEqual([]);
    r.db.close();
    const again = await openDatabase(join(dir, 'sub', 'r.sqlite'));
    if (!again.ok) throw new Error(again.error.message);
    expect(again.migrated).toEqual([]);
    again.db.close();
  });

  it('backs up before a migration and applies it with its user_version in one transaction', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    first.db.prepare("INSERT INTO registry_meta (key, value) VALUES ('marker', 'przed')").run();
    first.db.close();
    const next = String(newest() + 1).padStart(4, '0');
    const r = await openDatabase(path, { migrationsDir: migrationsWith({ [`${next}_extra.sql`]: 'CREATE TABLE extra (x INTEGER);' }) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.migrated).toEqual([newest() + 1]);
    expect(r.backups).toHaveLength(1);
    expect(r.db.pragma('user_version', { simple: true })).toBe(newest() + 1);
    r.db.close();
    const backup = new Database(r.backups[0]!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(newest());
    expect(backup.prepare("SELECT value FROM registry_meta WHERE key = 'marker'").get()).toEqual({ value: 'przed' });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    backup.close();
  });

  it('rolls a failing migration back, keeps the old version and names the backup', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    first.db.close();
    const next = String(newest() + 1).padStart(4, '0');
    const r = await openDatabase(path, { migrationsDir: migrationsWith({ [`${next}_broken.sql`]: 'CREATE TABLE half (x INTEGER);\nINSERT INTO no_such_table VALUES (1);' }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('migrationFailed');
    expect(r.error.message).toMatch(/nie powiodła się/);
    expect(r.error.backups).toHaveLength(1);
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(newest());
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('applies every missing migration in one transaction after one backup: all of them, or none when one fails', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    first.db.close();
    const a = String(newest() + 1).padStart(4, '0');
    const b = String(newest() + 2).padStart(4, '0');
    const failing = await openDatabase(path, { migrationsDir: migrationsWith({ [`${a}_first.sql`]: 'CREATE TABLE first_one (x INTEGER);', [`${b}_second.sql`]: 'INSERT INTO no_such_table VALUES (1);' }) });
    expect(failing.ok).toBe(false);
    if (failing.ok) return;
    expect(failing.error.code).toBe('migrationFailed');
    expect(failing.error.message).toContain(`${b}_second.sql`);
    expect(failing.error.backups).toHaveLength(1);
    const kept = new Database(path);
    expect(kept.pragma('user_version', { simple: true })).toBe(newest());
    // the first migration, which succeeded, was rolled back with the second
    expect(kept.prepare("SELECT name FROM sqlite_master WHERE name = 'first_one'").get()).toBeUndefined();
    kept.close();
    rmSync(join(dir, 'migrations'), { recursive: true, force: true });
    const fine = await openDatabase(path, { migrationsDir: migrationsWith({ [`${a}_first.sql`]: 'CREATE TABLE first_one (x INTEGER);', [`${b}_second.sql`]: 'INSERT INTO first_one VALUES (7);' }) });
    if (!fine.ok) throw new Error(fine.error.message);
    expect(fine.migrated).toEqual([newest() + 1, newest() + 2]);
    expect(fine.backups).toHaveLength(1);
    expect(fine.db.prepare('SELECT x FROM first_one').get()).toEqual({ x: 7 });
    expect(fine.db.pragma('user_version', { simple: true })).toBe(newest() + 2);
    fine.db.close();
  });

  it('refuses a database written by a newer version and leaves it unchanged', async () => {
    const path = join(dir, 'r.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${newest() + 5}`);
    db.exec('CREATE TABLE future (x)');
    db.close();
    const r = await openDatabase(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('newerVersion');
    expect(r.error.message).toMatch(/nowsza wersja aplikacji/);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(newest() + 5);
    after.close();
  });

  it('reports a damaged file with the backups to restore, and restoring the last one gives a working registry', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    first.db.prepare("INSERT INTO registry_meta (key, value) VALUES ('marker', 'kopia')").run();
    expect((await backupDatabase(first.db, join(dir, 'backups', 'r-20250101-000000-000-reczna.sqlite'))).ok).toBe(true);
    first.db.close();
    // Everything after the 100-byte header overwritten: still says "SQLite", no longer a database.
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(8192, 7), 0, 8192, 100);
    closeSync(fd);
    const r = await openDatabase(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('corrupt');
    expect(r.error.message).toMatch(/uszkodzony.*przywrócić ostatnią kopię/s);
    expect(r.error.backups).toEqual(listBackups(path));
    const restored = restoreBackup(path, r.error.backups![0]!);
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(existsSync(restored.keptAs!)).toBe(true);
    const again = await openDatabase(path);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.db.prepare("SELECT value FROM registry_meta WHERE key = 'marker'").get()).toEqual({ value: 'kopia' });
    again.db.close();
  });

  it('reports a file that fails integrity_check as damaged instead of throwing', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    const db = first.db;
    for (let i = 0; i < 300; i++) db.prepare('INSERT INTO registry_meta (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(200));
    db.close();
    // Overwrite most of the root page of registry_meta: the header stays valid, the b-tree does not.
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    const page = (raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'registry_meta'").get() as { rootpage: number }).rootpage;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize - 200, 0xff), 0, pageSize - 200, (page - 1) * pageSize + 100);
    closeSync(fd);
    const r = await openDatabase(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('corrupt');
  });

  it('tells a second instance that the file is in use, in this process and in another', async () => {
    const path = join(dir, 'r.sqlite');
    const first = await openDatabase(path);
    if (!first.ok) throw new Error(first.error.message);
    const second = await openDatabase(path, { busyTimeoutMs: 100 });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error.code).toBe('inUse');
      expect(second.error.message).toMatch(/otwarty w innym oknie/);
    }
    const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(path)},{timeout:100});try{d.prepare('SELECT count(*) FROM registry_meta').get();console.log('read')}catch(e){console.log(e.code)}`;
    expect(execFileSync(process.execPath, ['-e', script], { cwd: join(import.meta.dirname, '..', '..', '..') }).toString().trim()).toBe('SQLITE_BUSY');
    first.db.close();
    const third = await openDatabase(path);
    expect(third.ok).toBe(true);
    if (third.ok) third.db.close();
  });
});
