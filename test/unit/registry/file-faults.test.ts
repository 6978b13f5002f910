/**
 * The registry under faults (issue 14, item 3): its file deleted, replaced or made read-only under a running
 * instance, a 0-byte or foreign file, a damaged page. Each refusal is asserted word for word; a refused draft
 * save is kept in a recovery file that the next start offers to restore.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../electron/services/db/database.js';
import { defaultMigrationsDir } from '../../../electron/services/db/migrations.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import {
  listRecoveries, openRegistry, restoreRecovery, discardRecovery, SqlRegistry, type Registry,
} from '../../../electron/services/registry/index.js';
import { generatedDepartments, makeOrder } from '../../fixtures/registry/orders.js';

const root = join(import.meta.dirname, '..', '..', '..');
let dir: string;
let path: string;
let log: string;
let recovery: string;
const opened: Registry[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-faults-'));
  path = join(dir, 'rejestr.sqlite');
  log = join(dir, 'dziennik-bledow.log');
  recovery = join(dir, 'odzyskiwanie');
});
afterEach(async () => {
  for (const r of opened.splice(0)) await r.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: Parameters<typeof openRegistry>[1] = {}): Promise<Registry> {
  const r = await openRegistry(path, { recoveryDirs: [recovery], ...options });
  if (!r.ok) throw new Error(r.error.message);
  opened.push(r.registry);
  return r.registry;
}

/** A registry with one draft; returns it and the draft id. */
async function withDraft(options: Parameters<typeof openRegistry>[1] = {}): Promise<{ reg: Registry; draftId: number }> {
  const reg = await open(options);
  const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział Kultury', title: 'w sprawie pierwszej' }), author: 'Anna' });
  if (!d.ok) throw new Error(d.error.message);
  return { reg, draftId: d.draftId };
}

const edited = (title: string) => makeOrder({ subject: 'Wydział Kultury', title });
const kept = (draftId: number) => join(recovery, `projekt-${draftId}.json`);
/** Waits until the registry has settled its file after the last write (the journal moved in, see file-guard.ts). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 350));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const keptClause = (draftId: number) => `zmiana została zachowana w pliku odzyskiwania „${kept(draftId)}”, a program zaproponuje jej przywrócenie przy następnym uruchomieniu`;

describe('the file deleted under a running instance', () => {
  it('refuses the save, keeps the edit, and the next start offers it back as a new draft', async () => {
    const { reg, draftId } = await withDraft();
    rmSync(path);
    const r = await reg.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna');
    expect(r).toEqual({
      ok: false,
      error: { code: 'fileDeleted', message: `Nie zapisano wersji projektu, bo plik rejestru „${path}” został usunięty lub przeniesiony podczas pracy programu; ${keptClause(draftId)}.` },
    });
    // Every other write is refused too, before SQLite is reached.
    expect(await reg.createDraft({ order: edited('w sprawie trzeciej'), author: 'Anna' })).toMatchObject({ ok: false, error: { code: 'fileDeleted' } });
    await reg.close();
    expect(existsSync(path)).toBe(false);

    const next = await open();
    const waiting = listRecoveries([recovery], path);
    expect(waiting).toMatchObject([{ id: `projekt-${draftId}.json`, draftId, title: 'w sprawie drugiej', subject: 'Wydział Kultury' }]);
    expect(waiting[0]!.reason).toBe(`Nie zapisano wersji projektu, bo plik rejestru „${path}” został usunięty lub przeniesiony podczas pracy programu.`);
    const restored = await restoreRecovery(next, waiting[0]!.id, 'Anna');
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.asNew).toBe(true);
    const got = await next.getOrder(restored.draftId);
    expect(got.ok && got.order.order.meta.title).toBe('w sprawie drugiej');
    expect(listRecoveries([recovery], path)).toEqual([]);
    expect(await restoreRecovery(next, waiting[0]!.id, 'Anna')).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('keeps the edit even when the whole data folder is gone', async () => {
    const { reg, draftId } = await withDraft();
    rmSync(dir, { recursive: true });
    const r = await reg.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(keptClause(draftId));
    expect(JSON.parse(readFileSync(kept(draftId), 'utf8')).order.meta.title).toBe('w sprawie drugiej');
  });
});

describe('the file replaced under a running instance', () => {
  it('refuses the save and leaves the new file as it is', async () => {
    const { reg, draftId } = await withDraft();
    // Another registry (as if restored from elsewhere) is moved over the path.
    const other = join(dir, 'inny', 'rejestr.sqlite');
    mkdirSync(join(dir, 'inny'));
    const o = await openRegistry(other, {});
    if (!o.ok) throw new Error(o.error.message);
    await o.registry.addOrder({ order: makeOrder({ number: '5/2024', date: '2024-02-01', subject: 'Wydział Inny' }) });
    await o.registry.close();
    await settled();
    renameSync(other, path);
    // Another instance opening the new file while the old one still runs sees the new file, not the old journal.
    const meanwhile = await openRegistry(path, {});
    if (!meanwhile.ok) throw new Error(meanwhile.error.message);
    expect((await meanwhile.registry.listOrders()).map((x) => x.number)).toEqual(['5/2024']);
    await meanwhile.registry.close();
    const before = sha(path);

    const r = await reg.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna');
    expect(r).toEqual({
      ok: false,
      error: { code: 'fileReplaced', message: `Nie zapisano wersji projektu, bo plik rejestru „${path}” został podmieniony lub zmieniony przez inny program podczas pracy programu; ${keptClause(draftId)}.` },
    });
    await reg.close();
    expect(sha(path)).toBe(before);
    const next = await open();
    expect((await next.listOrders()).map((x) => x.number)).toEqual(['5/2024']);
    // The kept edit's draft id names a draft this registry does not have: it comes back as a new draft, never into another one.
    const restored = await restoreRecovery(next, `projekt-${draftId}.json`, 'Anna');
    expect(restored).toMatchObject({ ok: true, asNew: true });
  });

  it('notices a file overwritten in place (same inode, other content)', async () => {
    const { reg, draftId } = await withDraft();
    const copy = join(dir, 'kopia.sqlite');
    const o = await openRegistry(copy, {});
    if (!o.ok) throw new Error(o.error.message);
    await o.registry.close();
    const ino = statSync(path).ino;
    copyFileSync(copy, path);
    expect(statSync(path).ino).toBe(ino);
    expect(await reg.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna')).toMatchObject({ ok: false, error: { code: 'fileReplaced' } });
  });

  it('does not take its own writes for a change by another program', async () => {
    const { reg, draftId } = await withDraft();
    for (let i = 0; i < 30; i++) {
      const r = await reg.saveDraftVersion(draftId, edited(`w sprawie ${i}`), 'Anna');
      expect(r.ok ? null : r.error).toBeNull();
    }
    expect(await reg.listVersions(draftId)).toHaveLength(31);
  });

  it('offers the kept edit back as a new version of its draft when the draft is still the same one', async () => {
    const { reg, draftId } = await withDraft();
    let writable = true;
    await reg.close();
    const again = await open({ canWrite: () => writable });
    writable = false;
    const r = await again.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna');
    expect(r).toEqual({
      ok: false,
      error: { code: 'fileUnwritable', message: `Nie zapisano wersji projektu, bo plik rejestru „${path}” przestał być dostępny do zapisu podczas pracy programu; ${keptClause(draftId)}.` },
    });
    writable = true;
    const restored = await restoreRecovery(again, `projekt-${draftId}.json`, 'Anna');
    expect(restored).toEqual({ ok: true, draftId, asNew: false, message: 'Przywrócono niezapisaną zmianę jako nową wersję projektu „w sprawie drugiej”.' });
    expect((await again.listVersions(draftId)).at(-1)!.note).toMatch(/^Odzyskano zmianę niezapisaną /);
    // Discarding: a token that is not a recovery file name is never a path.
    expect(discardRecovery([recovery], '../rejestr.sqlite')).toBe(false);
    expect(existsSync(path)).toBe(true);
  });
});

describe('a read-only registry', () => {
  it('opens read-only when the file may not be written, shows its orders and refuses every write in one sentence', async () => {
    const { reg, draftId } = await withDraft();
    await reg.close();
    const before = sha(path);
    const r = await openRegistry(path, { recoveryDirs: [recovery], canWrite: () => false, sample: {} });
    if (!r.ok) throw new Error(r.error.message);
    opened.push(r.registry);
    expect(r.readOnly).toBe(true);
    expect(r.sample).toBeNull();
    expect(await r.registry.listOrders()).toHaveLength(1);
    const save = await r.registry.saveDraftVersion(draftId, edited('w sprawie drugiej'), 'Anna');
    expect(save).toEqual({ ok: false, error: { code: 'readOnly', message: `Nie zapisano wersji projektu, bo rejestr „${path}” jest otwarty tylko do odczytu; ${keptClause(draftId)}.` } });
    expect(await r.registry.createDraft({ order: edited('x'), author: 'Anna' })).toEqual({
      ok: false,
      error: { code: 'readOnly', message: `Nie zapisano projektu, bo rejestr „${path}” jest otwarty tylko do odczytu; aby wprowadzać zmiany, poproś administratora o prawo zapisu do pliku rejestru.` },
    });
    await r.registry.close();
    expect(sha(path)).toBe(before);
  });

  // Tests run as root, for whom chmod does not stop writes: the real permissions are tried as user `nobody`.
  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(!asNobody)('opens a chmod 444 registry in a folder it may not write, as an unprivileged user (setpriv)', async () => {
    const { reg, draftId } = await withDraft();
    await reg.close();
    const out = join(root, 'node_modules', '.cache', 'registry-read-only-test');
    mkdirSync(out, { recursive: true });
    const child = join(out, 'read-only-child.mjs');
    buildSync({ entryPoints: [join(root, 'test', 'fixtures', 'registry', 'read-only-child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: child, packages: 'external', logLevel: 'error' });
    const nobodyRecovery = join(tmpdir(), `registry-faults-nobody-${process.pid}`);
    mkdirSync(nobodyRecovery, { recursive: true });
    chmodSync(nobodyRecovery, 0o777);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const before = sha(path);
    try {
      const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, child, path, defaultMigrationsDir(), String(draftId), nobodyRecovery], { encoding: 'utf8', timeout: 30_000 });
      expect(run.stderr).toBe('');
      const res = JSON.parse(run.stdout.trim()) as { ok: boolean; readOnly: boolean; orders: number; save: { ok: boolean; error: { code: string; message: string } } };
      expect(res).toMatchObject({ ok: true, readOnly: true, orders: 1 });
      expect(res.save).toEqual({
        ok: false,
        error: {
          code: 'readOnly',
          message: `Nie zapisano wersji projektu, bo rejestr „${path}” jest otwarty tylko do odczytu; zmiana została zachowana w pliku odzyskiwania „${join(nobodyRecovery, `projekt-${draftId}.json`)}”, a program zaproponuje jej przywrócenie przy następnym uruchomieniu.`,
        },
      });
    } finally {
      chmodSync(dir, 0o700);
      rmSync(nobodyRecovery, { recursive: true, force: true });
    }
    expect(sha(path)).toBe(before);
  });
});

describe('files that are not a registry', () => {
  it('refuses a 0-byte file and never initialises it (no sample is loaded into it)', async () => {
    writeFileSync(path, '');
    const r = await openRegistry(path, { sample: {} });
    expect(r).toEqual({
      ok: false,
      error: { code: 'emptyFile', message: `Plik rejestru „${path}” jest pusty (0 bajtów), więc program go nie otworzył i niczego w nim nie zapisał; przenieś ten plik w inne miejsce, a program utworzy nowy rejestr.`, backups: [] },
    });
    expect(statSync(path).size).toBe(0);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a foreign file and another program\'s database, leaving both unchanged', async () => {
    writeFileSync(path, 'To jest notatka, nie rejestr.\n'.repeat(50));
    const before = sha(path);
    const message = `Plik „${path}” nie jest rejestrem zarządzeń, więc program go nie otworzył i niczego w nim nie zmienił; przenieś ten plik w inne miejsce, a program utworzy nowy rejestr.`;
    expect(await openRegistry(path, { sample: {} })).toEqual({ ok: false, error: { code: 'foreign', message, backups: [] } });
    expect(sha(path)).toBe(before);

    rmSync(path);
    const db = new Database(path);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jan')");
    db.close();
    const beforeDb = sha(path);
    expect(await openRegistry(path, { sample: {} })).toEqual({ ok: false, error: { code: 'foreign', message, backups: [] } });
    expect(sha(path)).toBe(beforeDb);
  });

  it('creates a new registry only where there is no file, and never leaves a half-built one', async () => {
    const reg = await open();
    expect(await reg.listOrders()).toEqual([]);
    expect(existsSync(`${path}.tworzenie-${process.pid}`)).toBe(false);
  });
});

describe('a damaged page', () => {
  /** A registry of many orders with one leaf page of `registry_order` overwritten (header and schema intact). */
  async function damaged(): Promise<void> {
    const reg = await open();
    for (const o of generatedDepartments(40, 4, 10)) await reg.addOrder({ order: o });
    await reg.close();
    opened.length = 0;
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    // A page of registry_order that is not its root: the quick check at start does not read it, reading every order does.
    const pages = (raw.prepare("SELECT pageno FROM dbstat WHERE name = 'registry_order' AND pagetype = 'leaf' ORDER BY pageno").all() as { pageno: number }[]).map((p) => p.pageno);
    raw.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(path, 'r+');
    const page = pages[Math.floor(pages.length / 2)]!;
    writeSync(fd, Buffer.alloc(pageSize - 16, 0x5a), 0, pageSize - 16, (page - 1) * pageSize + 8);
    closeSync(fd);
  }

  it('opens quickly, then the full check and every read say so in one Polish sentence naming the log', async () => {
    await damaged();
    const reg = await open();
    const check = await checkIntegrity((reg as SqlRegistry).sqliteDb!, path, log);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toBe(`Pełna kontrola spójności wykryła uszkodzenie rejestru „${path}” (szczegóły w pliku „${log}”); nie wprowadzaj w nim dalszych zmian i poproś administratora o przywrócenie ostatniej kopii zapasowej.`);
    }
    const table = createHandlers({
      importFile: async () => ({ ok: false, error: { code: 'x', message: 'x' } }),
      dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null },
      registry: async () => ({ ok: true, registry: reg }),
      author: 'Anna',
    });
    const listed = await table['registry:list']!(undefined);
    expect(listed).toEqual({
      ok: false,
      error: { code: 'corrupt', message: `Nie udało się odczytać rejestru „${path}”, bo jego plik jest uszkodzony (szczegóły w pliku „${log}”); nie wprowadzaj w nim dalszych zmian i poproś administratora o przywrócenie ostatniej kopii zapasowej.` },
    });
    const logText = readFileSync(log, 'utf8');
    expect(logText).toMatch(/SQLITE_CORRUPT/);
    expect(logText.trim().split('\n')).toHaveLength(2);
  });
});
