/** `registry` CLI command on the same services: output shapes, Polish messages, exit codes. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/commands/registry.js';
import { openRegistry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';
import { registryEngines } from './engines.js';

const [, postgresql] = registryEngines();

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  db = join(dir, 'rejestr.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const sample = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample');

describe('registry CLI', () => {
  it('imports, recognises a second import, lists and searches as JSON', async () => {
    const file = join(sample, 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
    const imp = await cli('import', file, '--db', db, '--empty');
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/Dodano do rejestru zarządzenie nr 3468\/2024/);
    const again = await cli('import', file, '--db', db);
    expect(again.out).toMatch(/już w rejestrze/);
    const list = await cli('list', '--json', '--db', db);
    const rows = JSON.parse(list.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['date', 'id', 'number', 'status', 'subject']);
    expect(rows[0]).toMatchObject({ number: '3468/2024', subject: 'Wydział Komunikacji Społecznej', status: 'inForce' });
    const search = await cli('search', 'komunikacji', '--json', '--db', db);
    const hits = JSON.parse(search.out) as Record<string, unknown>[];
    for (const h of hits) expect(Object.keys(h).sort()).toEqual(['amendedBy', 'number', 'subject', 'symbol', 'text', 'unit', 'where']);
  });

  it('fills a new registry with the sample unless --empty', async () => {
    const list = await cli('list', '--json', '--db', db);
    const rows = JSON.parse(list.out) as { number: string; status: string }[];
    expect(rows.find((r) => r.number === '1630/2007')?.status).toBe('repealed');
    const hits = JSON.parse((await cli('search', 'Honoris', 'Gratia', '--json', '--db', db)).out) as { number: string }[];
    expect(hits.map((h) => h.number)).toContain('2006/2020');
  });

  it('lists versions, signs with checks and backs up; errors are Polish with a non-zero exit', async () => {
    const opened = await openRegistry(db);
    if (!opened.ok) throw new Error(opened.error.message);
    const d = await opened.registry.createDraft({ order: makeOrder({ subject: 'Wydział A' }), author: 'Anna' });
    await opened.registry.close();
    if (!d.ok) throw new Error(d.error.message);
    const versions = await cli('versions', String(d.draftId), '--json', '--db', db);
    expect(JSON.parse(versions.out)).toEqual([expect.objectContaining({ n: 1, author: 'Anna' })]);
    const bad = await cli('sign', String(d.draftId), '--number', '7/2024', '--date', '2025-01-02', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Rok w numerze/);
    const ok = await cli('sign', String(d.draftId), '--number', '7/2025', '--date', '2025-01-02', '--author', 'Ewa', '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Podpisano: zarządzenie nr 7\/2025/);
    const backup = join(dir, 'kopie', 'kopia.sqlite');
    expect((await cli('backup', backup, '--db', db)).code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    expect((await cli('list', '--db', db)).out).toMatch(/7\/2025/);
  });

  it('refuses wrong usage', async () => {
    expect((await cli('list')).code).toBe(2);
    expect((await cli('frob', '--db', db)).code).toBe(2);
    expect((await cli('import', join(dir, 'brak.txt'), '--db', db)).code).toBe(1);
    expect((await cli('draft', '--db', db)).code).toBe(2);
    expect((await cli('draft', '--replacing', '9/1999', '--db', db)).code).toBe(1);
  });

  it('drafts a replacement of an order in the registry', async () => {
    const made = await cli('draft', '--replacing', '2006/2020', '--json', '--db', db);
    expect(made.code).toBe(0);
    const { id } = JSON.parse(made.out) as { id: number };
    const versions = JSON.parse((await cli('versions', String(id), '--json', '--db', db)).out) as unknown[];
    expect(versions).toHaveLength(1);
    const list = JSON.parse((await cli('list', '--json', '--db', db)).out) as { id: number; number: string | null; subject: string; status: string }[];
    expect(list.find((o) => o.id === id)).toMatchObject({ number: null, subject: 'Kancelaria Prezydenta', status: 'draft' });
  });
});

describe('registry CLI on the PostgreSQL server (--db postgresql://…)', () => {
  it('imports, lists, searches, drafts, signs; a backup is the administrator’s', async () => {
    const url = await postgresql!.target();
    const file = join(sample, 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
    expect((await cli('import', file, '--db', url, '--empty')).out).toMatch(/Dodano do rejestru zarządzenie nr 3468\/2024/);
    expect((await cli('import', file, '--db', url)).out).toMatch(/już w rejestrze/);
    const rows = JSON.parse((await cli('list', '--json', '--db', url)).out) as { number: string; status: string }[];
    expect(rows).toEqual([expect.objectContaining({ number: '3468/2024', status: 'inForce' })]);
    const hits = JSON.parse((await cli('search', 'komunikacji', '--json', '--db', url)).out) as { number: string }[];
    expect(hits.length).toBeGreaterThan(0);
    const made = await cli('draft', '--replacing', '3468/2024', '--json', '--db', url);
    const { id } = JSON.parse(made.out) as { id: number };
    expect((await cli('sign', String(id), '--number', '7/2025', '--date', '2025-01-02', '--author', 'Ewa', '--db', url)).out).toMatch(/Podpisano: zarządzenie nr 7\/2025/);
    expect((await cli('list', '--db', url)).out).toMatch(/3468\/2024 .* uchylone/);
    const backup = await cli('backup', join(dir, 'kopia.sqlite'), '--db', url);
    expect(backup.code).toBe(1);
    expect(backup.err).toMatch(/administrator serwera \(pg_dump\)/);
  });

  it('says in Polish when the server cannot be reached', async () => {
    const r = await cli('list', '--db', 'postgresql://won@127.0.0.1:1/rejestr');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Nie można połączyć się z serwerem rejestru postgresql:\/\/won@127\.0\.0\.1:1\/rejestr/);
  });
});
