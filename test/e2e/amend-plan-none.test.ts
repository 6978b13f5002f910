/**
 * „Zarządzenie zmieniające…” on a draft that does not change the text in force yet (issue 17): the dialog says there
 * is nothing to amend (not that the changes are few), and the focus is on its enabled button, so Enter closes it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amendFromDraft } from './amend-steps.js';
import { launchBrowser, openApp, shownText } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the amending plan of an unchanged draft', () => {
  it('says there is nothing to amend and keeps the focus in the dialog', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      const dialog = await amendFromDraft(page, false);
      expect(await dialog.getByRole('button', { name: 'Utwórz zarządzenie zmieniające' }).isDisabled()).toBe(true);
      expect(shownText(await dialog.locator('[data-proposal]').textContent())).toMatch(/^Projekt nie zmienia tekstu obowiązującego/);
      expect(await dialog.locator('[data-proposal="amend"], [data-proposal="replace"]').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Pozostań przy nowym zarządzeniu');
      await app.screenshot('amend-plan-none');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
