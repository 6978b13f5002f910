/**
 * The amending draft's quoted wordings are read whole (issue 17): a long new wording (a task of three lines) shows
 * every line in its field, without a scrollbar hiding the rest, at 1280×720.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amendFromDraft, renamedDraft } from './amend-steps.js';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('new wordings in the amending draft', () => {
  it('shows a long new wording whole in its field', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await renamedDraft(page);
      // KS-01's last task made long: its new wording takes several lines
      const last = page.locator('article.scope[data-unit="KS-01"] .scope-editor .block-text').last();
      await last.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' oraz prowadzenie spraw związanych z przygotowaniem i obsługą posiedzeń zespołów zadaniowych powołanych przez Prezydenta Miasta Krakowa');
      await page.waitForTimeout(400);
      await page.keyboard.press('Escape');
      await page.locator('.save[data-state="saved"]').waitFor();
      await amendFromDraft(page);
      const body = page.getByRole('region', { name: '§ 1 Zmiany' });
      const field = body.locator('textarea.amend-text').filter({ hasText: 'zespołów zadaniowych' });
      await field.waitFor();
      const size = await field.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      // three lines and more at this width, all of them shown
      expect(size.client).toBeGreaterThan(60);
      expect(size.scroll).toBeLessThanOrEqual(size.client + 1);
      await field.scrollIntoViewIfNeeded();
      await app.screenshot('amend-long-wording');
    } finally {
      await app.close();
    }
  }, 120_000);
});
