/**
 * Name forms fixed by hand, end to end on a draft replacing 3468/2024: the forms of a unit (§ 2 row), of a deputy
 * (§ 1) and of the department itself (heading) are edited where each name is, and the printed order uses them
 * (§ 3 „Zastępcy … podlegają”, § 1 „Wydziałem …, zwanym dalej Wydziałem, kieruje”). The „Odmiana nazwy” button
 * has a short accessible name, the forms in its description, and a visible label that fits; axe finds no serious or
 * critical violation with the fields open.
 */
import type { Browser, Locator, Page } from 'playwright-core';
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

/** The text of the element(s) `aria-describedby` of `el` points at. */
async function description(page: Page, el: Locator): Promise<string> {
  const ids = ((await el.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Whether the element's own text is shown whole (not cut by its box). */
async function notCut(el: Locator): Promise<boolean> {
  return el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1);
}

/** The printed order's text (print preview). */
async function printed(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
  const preview = page.frameLocator('iframe.preview-frame').locator('body');
  await preview.locator('section.order').waitFor();
  return ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

describe('name forms fixed by hand', () => {
  it('are edited for a unit, a deputy and the department where each name is, and the printed order uses them', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();

      // § 2: a short accessible name, the forms in the description, a label that is not cut
      const unitButton = page.getByRole('button', { name: 'Odmiana nazwy: Biuro Prasowe', exact: true });
      expect(await unitButton.textContent()).toMatch(/^Odmiana nazwy/);
      expect(await description(page, unitButton)).toContain('dopełniacz „Biura Prasowego”, celownik „Biuru Prasowemu”, biernik „Biuro Prasowe”, narzędnik „Biurem Prasowym”, miejscownik „Biurze Prasowym”');
      expect(await notCut(unitButton)).toBe(true);
      const longest = page.getByRole('button', { name: 'Odmiana nazwy: Referat Kampanii Informacyjno-Promocyjnych Miasta', exact: true });
      expect(await notCut(longest)).toBe(true);
      await unitButton.click();
      expect(await unitButton.getAttribute('aria-expanded')).toBe('true');

      // § 1: a deputy's dative, used by § 3
      const deputy = page.getByRole('button', { name: 'Odmiana nazwy: Zastępca Dyrektora ds. Mediów Miejskich', exact: true });
      await deputy.click();
      // the row by its name field: the button's own name changes once a form is fixed
      const deputyForms = page.locator('.deputy-row', { has: page.getByLabel('Zastępca 1', { exact: true }) });
      await deputyForms.getByLabel('celownik', { exact: true }).fill('Zastępcy Dyrektora do spraw Mediów Miejskich');
      await expect.poll(() => deputyForms.locator('.forms-toggle').getAttribute('aria-label')).toBe('Odmiana nazwy (poprawiona): Zastępca Dyrektora ds. Mediów Miejskich');
      expect(await description(page, deputyForms.locator('.forms-toggle'))).toContain('celownik „Zastępcy Dyrektora do spraw Mediów Miejskich” (poprawiony ręcznie)');

      // the heading: the department's instrumental, used by § 1
      const subject = page.getByRole('button', { name: 'Odmiana nazwy: Wydział Komunikacji Społecznej', exact: true });
      await subject.click();
      const subjectForms = page.locator('#metryka .forms-line');
      expect(await subjectForms.getByLabel('narzędnik', { exact: true }).getAttribute('placeholder')).toBe('Wydziałem Komunikacji Społecznej');
      await subjectForms.getByLabel('narzędnik', { exact: true }).fill('Wydziałem Komunikacji Społecznej Urzędu');

      const figures = await runAxe(page, 'name forms open');
      expect(blocking(figures)).toEqual([]);
      await page.locator('#metryka').scrollIntoViewIfNeeded();
      await app.screenshot('name-forms-heading');
      await page.locator('#kierownictwo').scrollIntoViewIfNeeded();
      await app.screenshot('name-forms-deputy');
      await unitButton.scrollIntoViewIfNeeded();
      await app.screenshot('name-forms-unit-row');

      const text = await printed(page);
      expect(text).toContain('Zastępcy Dyrektora do spraw Mediów Miejskich podlegają bezpośrednio');
      expect(text).toContain('Wydziałem Komunikacji Społecznej Urzędu, zwanym dalej Wydziałem, kieruje');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
