/**
 * Unit mentions in the editor, end to end on a draft replacing 3468/2024 with the real services: a unit's name typed
 * into a task becomes a mention chip when the user leaves the list, and renaming the unit in § 2 rewrites the chip
 * (in the case the sentence needs) and the printed text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shownText, shownTexts } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('unit mentions in the editor', () => {
  it('a typed name becomes a chip on leaving the list, and a rename in § 2 rewrites it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      const ks01 = page.locator('article.scope[data-unit="KS-01"]');
      const last = ks01.locator('.scope-editor .block-text').last();
      await last.click();
      // the end of the list's last task (End alone stops at the end of a wrapped line)
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' we współpracy z Biurem Prasowym');
      // no chip while typing; leaving the list (Escape) recognises the name
      expect(await ks01.locator('.ref-chip.ref-unit').count()).toBe(0);
      await page.keyboard.press('Escape');
      const chip = ks01.locator('.ref-chip.ref-unit');
      // the chip's words, without the zero-width character Slate keeps in a void element
      const chips = async () => shownTexts(chip);
      await expect.poll(chips).toEqual(['Biurem Prasowym']);
      await expect.poll(async () => shownText(await last.textContent())).toMatch(/we współpracy z Biurem Prasowym$/);

      // rename KS-02 in § 2: the chip follows, in the instrumental the sentence needs
      const name = page.getByLabel('Nazwa: Biuro Prasowe', { exact: true });
      await name.fill('Biuro Komunikacji Medialnej');
      await name.press('Enter');
      await expect.poll(chips).toEqual(['Biurem Komunikacji Medialnej']);
      expect(await chip.getAttribute('title')).toBe('Komórka organizacyjna: Biurem Komunikacji Medialnej (kliknij, aby otworzyć w § 2)');
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
});
