/**
 * Unit mentions in the editor, end to end on a draft replacing 3468/2024 with the real services: a unit's name typed
 * into a task becomes a mention chip when the user leaves the list, and renaming the unit in § 2 rewrites the chip
 * (in the case the sentence needs) and the printed text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shownText, shownTexts, type AppSession } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a new draft replacing 3468/2024 and types `words` at the end of KS-01's last task (no chip while typing).
 * Out: KS-01's scope and its last task block.
 */
async function typeAtEndOfKs01(app: AppSession, words: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
  await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
  const ks01 = page.locator('article.scope[data-unit="KS-01"]');
  const last = ks01.locator('.scope-editor .block-text').last();
  await last.click();
  // the end of the list's last task (End alone stops at the end of a wrapped line)
  await page.keyboard.press('Control+End');
  await page.keyboard.type(words);
  return { ks01, last };
}

describe('unit mentions in the editor', () => {
  it('a typed name becomes a chip on leaving the list, and a rename in § 2 rewrites it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      const { ks01, last } = await typeAtEndOfKs01(app, ' we współpracy z Biurem Prasowym');
      // no chip while typing; leaving the list (Escape) recognises the name
      expect(await ks01.locator('.ref-chip.ref-unit').count()).toBe(0);
      await page.keyboard.press('Escape');
      const chip = ks01.locator('.ref-chip.ref-unit');
      // the chip's words, without the zero-width character Slate keeps in a void element
      const chips = async () => shownTexts(chip);
      // recognised when the typing's render catches up (after the pause in the keys; slower on a loaded machine)
      await expect.poll(chips, { timeout: 10_000 }).toEqual(['Biurem Prasowym']);
      await expect.poll(async () => shownText(await last.textContent()), { timeout: 10_000 }).toMatch(/we współpracy z Biurem Prasowym$/);

      // rename KS-02 in § 2: the chip follows, in the instrumental the sentence needs
      const name = page.getByLabel('Nazwa: Biuro Prasowe', { exact: true });
      await name.fill('Biuro Komunikacji Medialnej');
      await name.press('Enter');
      await expect.poll(chips).toEqual(['Biurem Komunikacji Medialnej']);
      expect(await chip.getAttribute('title')).toBe('Komórka organizacyjna: Biurem Komunikacji Medialnej (kliknij, aby otworzyć w § 2; Alt+Enter otwiera)');
      await chip.scrollIntoViewIfNeeded();
      await app.screenshot('unit-mention-chip');

      // the chip opens the unit in § 2
      await chip.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nazwa: Biuro Komunikacji Medialnej');

      // the printed text says the same
      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      const preview = page.frameLocator('iframe.preview-frame').locator('body');
      await preview.locator('section.order').waitFor();
      const printed = ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(printed).toMatch(/we współpracy z Biurem Komunikacji Medialnej/);
      expect(printed).not.toMatch(/Biurem Prasowym/);
    } finally {
      await app.close();
    }
  });

  it('a name in the locative becomes a chip of that case; a rename and a locative fixed by hand rewrite it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      const { ks01 } = await typeAtEndOfKs01(app, ' oraz udział w naradach w Biurze Prasowym');
      await page.keyboard.press('Escape');
      const chips = async () => shownTexts(ks01.locator('.ref-chip.ref-unit'));
      await expect.poll(chips).toEqual(['Biurze Prasowym']);

      // a feminine name: the locative the preposition `w` needs, not the dative or the nominative
      const name = page.getByLabel('Nazwa: Biuro Prasowe', { exact: true });
      await name.fill('Kancelaria Prasowa');
      await name.press('Enter');
      await expect.poll(chips).toEqual(['Kancelarii Prasowej']);

      // the locative fixed by hand in the unit's forms wins
      const row = page.locator('tr', { has: page.getByLabel('Nazwa: Kancelaria Prasowa', { exact: true }) });
      await row.locator('.forms-line .forms-toggle').click();
      const locative = row.getByLabel('miejscownik', { exact: true });
      expect(await locative.getAttribute('placeholder')).toBe('Kancelarii Prasowej');
      await locative.fill('Kancelarii Prasowej Wydziału');
      await expect.poll(chips).toEqual(['Kancelarii Prasowej Wydziału']);
      await row.scrollIntoViewIfNeeded();
      await app.screenshot('unit-forms-six-cases');
    } finally {
      await app.close();
    }
  });
});
