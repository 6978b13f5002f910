/**
 * The registry's health on the start screen, end to end: an edit kept from a refused save is offered at the next
 * start and restored into its draft with one click; the integrity check's result reaches the screen.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepForRecovery, registryPath } from '../../electron/services/registry/index.js';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('start screen: the registry that noticed', () => {
  it('offers an edit kept from a refused save and restores it as a new version of its draft', async () => {
    const app = await openApp(browser);
    try {
      const list = await app.call('registry:list');
      const old = list.find((e) => e.number === '3468/2024')!;
      const draft = await app.call('draft:create', { replacingId: old.id });
      const versions = await app.call('draft:versions', { id: draft.id });
      const last = versions.at(-1)!;
      const order = structuredClone(draft.order);
      order.units[0]!.name = 'Referat Odzyskany';
      const reason = `Nie zapisano wersji projektu, bo plik rejestru „${registryPath(app.dataDir)}” został usunięty lub przeniesiony podczas pracy programu.`;
      keepForRecovery([join(app.dataDir, 'odzyskiwanie')], { registryPath: registryPath(app.dataDir), draftId: draft.id, baseVersion: { id: last.id, savedAt: last.savedAt }, author: 'Test E2E', savedAt: new Date().toISOString(), reason, order });
      await app.page.reload();
      const offer = app.page.locator(`[data-recovery="projekt-${draft.id}.json"]`);
      await offer.waitFor();
      expect(await offer.textContent()).toContain(reason);
      await app.screenshot('registry-recovery');
      await offer.getByRole('button', { name: 'Przywróć zmianę' }).click();
      await app.page.getByRole('status', { name: 'Odzyskiwanie' }).waitFor();
      expect(await app.page.getByRole('status', { name: 'Odzyskiwanie' }).textContent()).toContain('Przywrócono niezapisaną zmianę jako nową wersję projektu');
      expect(await offer.count()).toBe(0);
      const reopened = await app.call('draft:open', { id: draft.id });
      expect(reopened.order.units[0]!.name).toBe('Referat Odzyskany');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
