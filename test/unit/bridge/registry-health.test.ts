/**
 * The registry's health through the handler table: read-only state, edits kept from refused saves offered back
 * (restored or discarded by token, never by path), and the full integrity check on demand and in the background.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { keepForRecovery, openRegistry, recoveryDirs, registryPath, type Registry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';

let dir: string;
const toClose: Registry[] = [];
let app: AppHandlers | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-health-'));
});
afterEach(async () => {
  for (const r of toClose.splice(0)) await r.close();
  await app?.close();
  app = null;
  rmSync(dir, { recursive: true, force: true });
});

const dialogs = { chooseOrderFile: async () => null, chooseSavePath: async () => null };
const noImport = async () => ({ ok: false as const, error: { code: 'x', message: 'x' } });

async function tableOver(options: { canWrite?: () => boolean } = {}) {
  const r = await openRegistry(registryPath(dir), { recoveryDirs: [join(dir, 'odzyskiwanie')], ...options });
  if (!r.ok) throw new Error(r.error.message);
  toClose.push(r.registry);
  return { reg: r.registry, table: createHandlers({ importFile: noImport, dialogs, registry: async () => ({ ok: true, registry: r.registry }), author: 'Anna' }) };
}

describe('registry:info and recovery', () => {
  it('reports a read-only registry', async () => {
    const first = await tableOver();
    await first.reg.close();
    const { table } = await tableOver({ canWrite: () => false });
    expect(await table['registry:info']!(undefined)).toEqual({ ok: true, value: { engine: 'sqlite', path: registryPath(dir), connected: true, message: null, readOnly: true, recoveries: [], integrity: null } });
  });

  it('offers a kept edit, restores it as a new version of its draft, and refuses tokens that are not recovery files', async () => {
    const { reg, table } = await tableOver();
    const d = await reg.createDraft({ order: makeOrder({ subject: 'Wydział Kultury', title: 'w sprawie pierwszej' }), author: 'Anna' });
    if (!d.ok) throw new Error(d.error.message);
    const versions = await table['draft:versions']!({ id: d.draftId });
    const base = versions.ok ? versions.value.at(-1)! : null;
    keepForRecovery([join(dir, 'odzyskiwanie')], {
      registryPath: registryPath(dir), draftId: d.draftId, baseVersion: base && { id: base.id, savedAt: base.savedAt }, author: 'Anna',
      savedAt: '2026-01-05T10:00:00.000Z', reason: 'Nie zapisano wersji projektu, bo…', order: makeOrder({ subject: 'Wydział Kultury', title: 'w sprawie odzyskanej' }),
    });
    const info = await table['registry:info']!(undefined);
    expect(info.ok && info.value.recoveries).toEqual([
      { id: `projekt-${d.draftId}.json`, draftId: d.draftId, title: 'w sprawie odzyskanej', subject: 'Wydział Kultury', savedAt: '2026-01-05T10:00:00.000Z', reason: 'Nie zapisano wersji projektu, bo…' },
    ]);
    for (const id of ['../rejestr.sqlite', '/etc/passwd', `projekt-${d.draftId}.json/../../x`]) {
      expect(await table['recovery:restore']!({ id })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await table['recovery:discard']!({ id })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await table['recovery:restore']!({ id: `projekt-${d.draftId}.json` })).toEqual({
      ok: true, value: { draftId: d.draftId, asNew: false, message: 'Przywrócono niezapisaną zmianę jako nową wersję projektu „w sprawie odzyskanej”.' },
    });
    const opened = await table['draft:open']!({ id: d.draftId });
    expect(opened.ok && opened.value.order.meta.title).toBe('w sprawie odzyskanej');
    expect(await table['recovery:discard']!({ id: `projekt-${d.draftId}.json` })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('lists only edits kept for this registry', async () => {
    const { table } = await tableOver();
    keepForRecovery([join(dir, 'odzyskiwanie')], { registryPath: '/inny/rejestr.sqlite', draftId: 3, baseVersion: null, author: 'A', savedAt: '2026-01-05T10:00:00.000Z', reason: 'x', order: makeOrder() });
    writeFileSync(join(dir, 'odzyskiwanie', 'projekt-4.json'), 'to nie jest JSON');
    const info = await table['registry:info']!(undefined);
    expect(info.ok && info.value.recoveries).toEqual([]);
  });
});

describe('registry:checkIntegrity', () => {
  it('runs on demand and, in the app, in the background after the registry opens', async () => {
    const { table } = await tableOver();
    const r = await table['registry:checkIntegrity']!(undefined);
    expect(r.ok && r.value.ok).toBe(true);
    expect(r.ok && r.value.message).toMatch(/^Pełna kontrola spójności rejestru nie wykryła błędów \(\d+,\d s\)\.$/);

    const appDir = join(dir, 'app');
    app = createAppHandlers({ dataDir: appDir, dialogs, author: 'Anna', integrityCheckDelayMs: 0 });
    const first = await app.table['registry:info']!(undefined);
    expect(first.ok && first.value.integrity).toBeNull();
    expect(first.ok && first.value.recoveries).toEqual([]);
    expect(recoveryDirs(registryPath(appDir))[0]).toBe(join(appDir, 'odzyskiwanie'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const later = await app.table['registry:info']!(undefined);
    expect(later.ok && later.value.integrity?.ok).toBe(true);
  });
});
