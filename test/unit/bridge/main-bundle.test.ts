/**
 * Builds the real Electron bundles with `scripts/build-electron.ts` and runs the main bundle in plain Node
 * with a fake 'electron' module (no Electron binary can run here): the bundle must start, register every
 * channel, open a secure window and answer `import:file` with the real importer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, CHART_CONTENT_CHANNEL, CHART_WINDOW_CHANNEL, DROP_CHANNEL } from '../../../electron/contract/api.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.js';
import { ensureRendererBuilt } from '../../e2e/harness.js';
import { buildElectron, requiredModules } from '../../../scripts/build-electron.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const fixture = resolve(root, '../shared/fixtures/orders/krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
// inside the project so that the external packages resolve from node_modules
const outDir = join(root, 'dist', `test-electron-${process.pid}`);
let userData: string;
let bundles: { main: string; preload: string };

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'zo-userdata-'));
  bundles = await buildElectron(outDir);
  // the bundle serves dist/renderer (beside its own folder) through the app's scheme
  ensureRendererBuilt();
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});

describe('electron bundles', () => {
  it('the preload requires nothing but electron (it runs in a sandbox)', () => {
    expect(requiredModules(readFileSync(bundles.preload, 'utf8'))).toEqual(['electron']);
  });

  it('the main bundle starts with Electron faked, registers every channel and answers import:file', () => {
    const stdout = execFileSync(process.execPath, ['-r', join(here, 'fake-electron.cjs'), bundles.main], {
      env: { ...process.env, FAKE_USER_DATA: userData, FAKE_IMPORT_PATH: fixture, FAKE_APP_PATH: root },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out.errorBox).toBeNull();
    expect([...out.handled].sort()).toEqual([...CHANNELS, DROP_CHANNEL, CHART_WINDOW_CHANNEL, CHART_CONTENT_CHANNEL].sort());
    expect(out.menu).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    expect(out.spell).toEqual(['pl']);
    expect(out.csp).toContain("default-src 'self'");
    expect(out.loaded).toEqual(['index.html']);
    // served from the app's own scheme, registered as privileged before ready, with the CSP as a response header
    expect(out.rendererUrl).toBe('app://zarzadzenia/index.html');
    expect(out.schemesBeforeReady).toBe(true);
    expect(out.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(out.served.scheme).toBe('app');
    expect(out.served.page).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, type: 'text/html; charset=utf-8', start: '<!doctype html>' });
    expect(out.served.refused).toEqual([404, 404, 404, 404, 404]);
    expect(out.served.post).toBe(405);
    expect(out.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: 'preload.cjs' });
    expect(out.contentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(out.openHandler).toEqual({ action: 'deny' });
    expect(out.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'window-all-closed', 'second-instance']));
    expect(out.imported).toEqual({ ok: true, units: ['KS-01', 'KS-02', 'KS-03', 'KS-04', 'KS-05', 'KS-06', 'KS-07'], fileName: 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt' });
    expect(out.forbidden.error.code).toBe('forbidden');
    // the renderer naming the path itself is refused: only the token of a dropped (or chosen) file opens it
    expect(out.forgedPath.error.code).toBe('forbidden-file');
    // every channel has its real handler now: export:pdf validates its argument (no 'unavailable')
    expect(out.exportPdf).toBe('invalid-argument');
    // the registry (better-sqlite3, loaded from node_modules) opens in userData with the sample registry
    expect(out.registry).toEqual(expect.arrayContaining(['3468/2024:inForce']));
    expect(existsSync(join(userData, 'rejestr.sqlite'))).toBe(true);
    expect(out.appEvents).toContain('will-quit');
  });
});
