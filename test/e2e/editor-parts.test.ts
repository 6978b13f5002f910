/**
 * Parts of the draft editor beyond the register and the task lists: the common duties against the template
 * (items on and off, edited, added), positions inside a unit and scopes of other kinds (a separate order,
 * one sentence). Each change is checked in the print preview (the text core/render produces) and after
 * reopening the draft (autosaved).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
}
/** The preview's text with non-breaking spaces as spaces; back to editing afterwards. */
async function previewText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
  const preview = page.getByLabel('Podgląd wydruku');
  await preview.locator('.pv-signature').waitFor();
  const text = ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ');
  await page.getByRole('button', { name: 'Edycja', exact: true }).click();
  return text;
}

describe('draft editor parts', () => {
  it('common duties: the template list with items on and off, edited, and one added', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const duties = page.getByRole('list', { name: 'Wspólne obowiązki' });
      await duties.waitFor();
      // the imported § 11 is matched to the template: every item on
      const items = duties.locator(':scope > li');
      const total = await items.count();
      expect(total).toBe(24);
      await expect(duties.locator(':scope > li.duty-on').count()).resolves.toBe(total);

      const bhp = duties.locator('li[data-template-id="cd-bhp-ppoz"]');
      await bhp.getByRole('checkbox').uncheck();
      await expect(bhp.getAttribute('class')).resolves.toContain('duty-off');
      const first = duties.locator(':scope > li').first().locator('.duty-text').first();
      await first.fill('terminowe wykonywanie zarządzeń i poleceń dotyczących Wydziału');
      await page.getByRole('button', { name: '+ Dodaj obowiązek' }).click();
      const own = duties.locator(':scope > li').last();
      await expect(own.locator('.duty-own').count()).resolves.toBe(1);
      await expect(own.locator('.duty-text').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type('prowadzenie rejestru skarg w sprawach komórki');
      await waitSaved(page);
      await page.locator('#obowiazki').scrollIntoViewIfNeeded();
      await app.screenshot('editor-common-duties');

      const text = await previewText(page);
      expect(text).not.toContain('przestrzeganie obowiązujących przepisów BHP i ppoż');
      expect(text).toMatch(/1\)\s*terminowe wykonywanie zarządzeń i poleceń dotyczących Wydziału;/);
      expect(text).toMatch(/24\)\s*prowadzenie rejestru skarg w sprawach komórki\./);

      // reopened: the same list, the template item still off and restorable
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).click();
      await duties.waitFor();
      await expect(bhp.getAttribute('class')).resolves.toContain('duty-off');
      await bhp.getByRole('checkbox').check();
      await expect(duties.locator(':scope > li.duty-on').count()).resolves.toBe(25);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
