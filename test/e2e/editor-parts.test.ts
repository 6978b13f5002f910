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

  it('positions inside a unit, a scope set by a separate order and a scope in one sentence', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const ks03 = page.locator('article.scope[data-unit="KS-03"]');
      await ks03.waitFor();

      // a position inside KS-03 with its own list
      await ks03.getByRole('button', { name: '+ Stanowisko w komórce' }).click();
      const position = ks03.locator('.position-edit').first();
      const name = position.locator('.input-position');
      await expect(name.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
      await name.fill('Stanowisko ds. Mediów Społecznościowych');
      await position.locator('.scope-editor .block').first().click();
      await page.keyboard.type('prowadzenie profili Wydziału w mediach społecznościowych');
      await page.keyboard.press('Enter');
      await page.keyboard.type('moderowanie komentarzy');

      // KS-04: scope set by a separate order, its lead completed
      const ks04 = page.locator('article.scope[data-unit="KS-04"]');
      await ks04.getByRole('combobox', { name: /Rodzaj zakresu/ }).selectOption({ label: 'odrębne zarządzenie' });
      await expect(ks04.getAttribute('data-scope-kind')).resolves.toBe('separateOrder');
      const lead = ks04.getByRole('textbox', { name: /Wprowadzenie zakresu/ });
      await lead.fill('należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa');

      // KS-05: one sentence, started from its tasks
      const ks05 = page.locator('article.scope[data-unit="KS-05"]');
      await ks05.getByRole('combobox', { name: /Rodzaj zakresu/ }).selectOption({ label: 'jedno zdanie' });
      const prose = ks05.getByRole('textbox', { name: /Zakres w jednym zdaniu/ });
      await expect(prose.inputValue()).resolves.toMatch(/\S+; \S+/);
      await prose.fill('obsługa sekretariatu Wydziału');
      await waitSaved(page);
      await ks03.locator('.position-edit').scrollIntoViewIfNeeded();
      await app.screenshot('editor-positions');

      const text = await previewText(page);
      expect(text).toMatch(/W strukturze Referatu [^,]+ funkcjonuje Stanowisko ds\. Mediów Społecznościowych, do zakresu działania którego należy w szczególności:\s*1\)\s*prowadzenie profili Wydziału w mediach społecznościowych;\s*2\)\s*moderowanie komentarzy\./);
      expect(text).toMatch(/Do zakresu działania Referatu [^(]+\(KS-04\) należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa\./);
      expect(text).toMatch(/Do zakresu działania Referatu [^(]+\(KS-05\) należy obsługa sekretariatu Wydziału\./);

      // reopened: kinds, position and its tasks kept
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).click();
      await ks03.waitFor();
      await expect(ks03.locator('.position-edit .input-position').inputValue()).resolves.toBe('Stanowisko ds. Mediów Społecznościowych');
      await expect(ks03.locator('.position-edit .block-text').allTextContents()).resolves.toEqual(['prowadzenie profili Wydziału w mediach społecznościowych', 'moderowanie komentarzy']);
      await expect(ks04.getAttribute('data-scope-kind')).resolves.toBe('separateOrder');
      await expect(ks05.getByRole('textbox', { name: /Zakres w jednym zdaniu/ }).inputValue()).resolves.toBe('obsługa sekretariatu Wydziału');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
