/**
 * Paths belong to the main process (issue 14, item 4): a renderer that forges a path (or a token) is refused
 * before any file is touched, with the same words whether the file exists or not; a file chosen in the dialog,
 * dropped on the window or picked from the recent-files list is named by a token the main process issued.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileAccess, FORBIDDEN_FILE_MESSAGE, RECENT_FILE } from '../../../electron/services/file-tokens.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import { dropHandler } from '../../../electron/services/handlers/import.js';
import { ScriptedDialogs } from '../../e2e/harness.js';

const fixture = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'orders', 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
let dir: string;
let app: AppHandlers;
let dialogs: ScriptedDialogs;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-tokens-'));
  dialogs = new ScriptedDialogs();
  app = createAppHandlers({ dataDir: join(dir, 'dane'), dialogs, author: 'Anna', sampleDir: join(dir, 'brak-przykladow') });
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const forbidden = { ok: false, error: { code: 'forbidden-file', message: FORBIDDEN_FILE_MESSAGE } };

describe('a forged path', () => {
  it('is refused by import:file and registry:import, the same way for a file that exists and one that does not', async () => {
    const secret = join(dir, 'tajne.txt');
    writeFileSync(secret, 'ZARZĄDZENIE NR 1/2024 …');
    const table = app.table;
    for (const path of [secret, join(dir, 'nie-ma.txt'), '/etc/passwd']) {
      expect(await table['import:file']!({ path })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await table['import:file']!({ token: path })).toEqual(forbidden);
      expect(await table['registry:import']!({ path })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await table['registry:import']!({ token: path })).toEqual(forbidden);
    }
    // a guessed token of the right shape is as unknown as a path
    expect(await table['import:file']!({ token: '0123456789abcdef0123456789abcdef' })).toEqual(forbidden);
    const list = await table['registry:list']!(undefined);
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('never reaches the importer', async () => {
    const importFile = vi.fn();
    const files = createFileAccess(null);
    const { createHandlers } = await import('../../../electron/services/handlers/index.js');
    const table = createHandlers({ importFile, files, dialogs, registry: async () => ({ ok: false, error: { code: 'x', message: 'x' } }), author: 'Anna' });
    await table['import:file']!({ token: fixture });
    await table['import:file']!({ path: fixture });
    expect(importFile).not.toHaveBeenCalled();
  });
});

describe('files the user named', () => {
  it('a file dropped on the window gets a token that opens it; a folder, a relative path or another kind of file does not', async () => {
    const drop = dropHandler(app.files);
    const ref = await drop({ path: fixture });
    if (!ref.ok) throw new Error(ref.error.message);
    expect(ref.value.name).toBe('krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
    expect(ref.value.token).toMatch(/^[0-9a-f]{32}$/);
    const opened = await app.table['import:file']!({ token: ref.value.token });
    expect(opened.ok && opened.value.order.units.map((u) => u.symbol)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-04', 'KS-05', 'KS-06', 'KS-07']);
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'program.exe'), 'MZ');
    for (const path of [join(dir, 'folder.txt'), 'wzgledna/sciezka.txt', join(dir, 'program.exe'), '', join(dir, 'nie-ma.txt')]) {
      expect(await drop({ path })).toMatchObject({ ok: false, error: { code: 'not-readable' } });
    }
    expect(await drop({ path: fixture, token: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('a page saved from the bulletin (.html, .htm) dropped on the window opens like any order file', async () => {
    const drop = dropHandler(app.files);
    for (const name of ['strona-bip.html', 'STRONA-BIP.HTM']) {
      const page = join(dir, name);
      writeFileSync(page, `<html><body><p>${readFileSync(fixture, 'utf8').split(/\n\s*\n/).join('</p><p>')}</p></body></html>`);
      const ref = await drop({ path: page });
      if (!ref.ok) throw new Error(ref.error.message);
      const opened = await app.table['import:file']!({ token: ref.value.token });
      expect(opened.ok && opened.value.order.units.map((u) => u.symbol)).toContain('KS-07');
    }
  });

  it('a file chosen in the dialog joins the recent-files list, kept in the data folder, and opens from it by token', async () => {
    dialogs.openQueue.push(fixture);
    const chosen = await app.table['import:choose']!(undefined);
    expect(chosen.ok && chosen.value?.fileName).toBe('krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
    app.close();
    // the next run: the list is read from the data folder, with new tokens
    app = createAppHandlers({ dataDir: join(dir, 'dane'), dialogs, author: 'Anna', sampleDir: join(dir, 'brak-przykladow') });
    const recent = await app.table['files:recent']!(undefined);
    if (!recent.ok) throw new Error(recent.error.message);
    expect(recent.value.map((f) => f.name)).toEqual(['krakow-3468-2024-wydzial-komunikacji-spolecznej.txt']);
    expect(JSON.parse(readFileSync(join(dir, 'dane', RECENT_FILE), 'utf8'))[0].path).toBe(fixture);
    const again = await app.table['import:file']!({ token: recent.value[0]!.token });
    expect(again.ok).toBe(true);
    const imported = await app.table['registry:import']!({ token: recent.value[0]!.token });
    expect(imported.ok && imported.value?.outcome).toBe('added');
  });
});
