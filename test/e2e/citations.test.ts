/**
 * The settings page of the journal citations (Metryczki ustaw), end to end at 1280×720 with the real services: a
 * draft replacing 3468/2024 cites the newest known citation (no warning); the user adds a newer citation of the
 * ustawa o samorządzie gminnym on the page (axe on the page), goes back to the draft, and its check warns with the
 * new citation and its source; the fix clears the warning; an entry the user removes is gone from the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe.js';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const journalFindings = (page: Page) => page.locator('.finding[data-code="final.journal-citation"]');

/** The checks panel has answered for the order as it stands (not „Sprawdzanie…”). */
async function checked(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Kontrola/ }).click();
  await page.locator('.tabpanel .panel-body:not([aria-busy="true"])').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.tabpanel').textContent(), { timeout: 20_000 }).not.toMatch(/Sprawdzanie…/);
}

describe('journal citations page', () => {
  it('a newer citation added on the page makes the draft warn; the fix clears it; entries can be removed', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await checked(page);
      expect(await journalFindings(page).count()).toBe(0);

      // the page: each act with its citations and sources
      await page.getByRole('button', { name: 'Metryczki ustaw' }).click();
      await page.getByRole('heading', { name: 'Metryczki ustaw', level: 1 }).waitFor();
      const gmina = page.locator('section[data-act="ustawa-o-samorzadzie-gminnym"]');
      await gmina.getByRole('table').waitFor();
      expect(await gmina.locator('tbody tr').count()).toBeGreaterThan(1);
      await expect.poll(() => gmina.locator('tbody tr').first().textContent()).toMatch(/najnowsza/);
      expect(await page.locator('section[data-act="ustawa-o-ochronie-informacji-niejawnych"]').textContent()).toMatch(/Brak potwierdzonej metryczki/);
      await app.screenshot('citations-page');
      await page.waitForTimeout(250);
      expect(blocking(await runAxe(page, 'citations page'))).toEqual([]);

      // a wrong citation is refused in Polish, in place
      await gmina.getByLabel('Nowa metryczka').fill('poz. sto');
      await gmina.getByLabel(/Aktualna od/).first().fill('01.01.2025');
      await gmina.getByRole('button', { name: 'Dodaj' }).click();
      await expect.poll(() => gmina.getByRole('alert').textContent()).toMatch(/nie jest metryczką/);
      expect(blocking(await runAxe(page, 'citations page with an error'))).toEqual([]);

      await gmina.getByLabel('Nowa metryczka').fill('Dz. U. z 2025 r. poz. 1153');
      await gmina.getByRole('button', { name: 'Dodaj' }).click();
      await expect.poll(() => gmina.locator('tbody tr').first().textContent()).toMatch(/Dz\. U\. z 2025 r\. poz\. 1153.*najnowsza.*1 stycznia 2025 r\..*wpis użytkownika/);
      await app.screenshot('citations-added');

      // back to the draft: its legal basis cites an older one now
      await page.getByRole('button', { name: 'Wróć do projektu' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await checked(page);
      await expect.poll(() => journalFindings(page).count(), { timeout: 20_000 }).toBe(1);
      expect(await journalFindings(page).textContent()).toMatch(/starsza niż najnowsza znana.*Dz\. U\. z 2025 r\. poz\. 1153.*wpis użytkownika Test E2E/);
      await app.screenshot('citations-draft-warning');
      await journalFindings(page).getByRole('button', { name: 'Wstaw najnowszą metryczkę' }).click();
      await expect.poll(() => journalFindings(page).count(), { timeout: 20_000 }).toBe(0);

      // the entry removed on the page is gone from it
      await page.getByRole('button', { name: 'Metryczki ustaw' }).click();
      await gmina.getByRole('button', { name: 'Usuń metryczkę Dz. U. z 2025 r. poz. 1153' }).click();
      await expect.poll(() => gmina.locator('tbody tr[data-origin="user"]').count()).toBe(0);
      await expect.poll(() => page.getByRole('status', { name: 'Zmiana metryczek' }).textContent()).toMatch(/Usunięto metryczkę/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
