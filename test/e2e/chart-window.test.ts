/**
 * The chart in a window of its own (issue 13, item 3), in Chromium with the real handlers at 1280×720: „Powiększ
 * schemat” opens a second page of the app (`#schemat`, as Electron opens a second BrowserWindow on the same page,
 * electron/main/chart-window.ts) that shows the chart alone, with zoom (+ − 0) and pan (arrow keys) from the keyboard;
 * an edit in the editor reaches the open window without losing its zoom; opening it again brings the same window
 * forward; Zamknij closes it. axe-core finds nothing serious there.
 */
import type { Browser } from 'playwright-core';
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

describe('the chart in a window of its own', () => {
  it('opens beside the editor, zooms and pans by keyboard, follows edits, closes', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await page.getByRole('tab', { name: 'Schemat' }).click();
      await page.locator('[data-chart] svg').waitFor();
      await page.getByRole('button', { name: 'Powiększ schemat' }).click();
      await expect.poll(() => app.chartWindow() !== null).toBe(true);
      const win = app.chartWindow()!;
      const main = win.getByRole('main', { name: 'Schemat organizacyjny: Wydział Komunikacji Społecznej' });
      await main.locator('.chart-canvas svg').waitFor();
      // the chart alone: no registry, no editor; the title is the page's heading and the window's title
      expect(await win.locator('.app, .editor').count()).toBe(0);
      expect(await win.getByRole('heading', { level: 1 }).textContent()).toBe('Schemat organizacyjny: Wydział Komunikacji Społecznej');
      await expect.poll(() => win.title()).toMatch(/^Schemat organizacyjny: Wydział Komunikacji Społecznej/);
      // the editor's window stays as it was, not covered
      expect(await page.locator('.chart-view-overlay').count()).toBe(0);

      // keyboard: the view has the focus; + zooms in, arrows pan, 0 fits again
      await expect.poll(() => win.evaluate(() => document.activeElement?.classList.contains('chart-viewport'))).toBe(true);
      const zoom = () => main.locator('[data-zoom]').getAttribute('data-zoom').then(Number);
      const fitted = await zoom();
      for (let i = 0; i < 3; i++) await win.keyboard.press('+');
      const zoomed = await zoom();
      expect(zoomed).toBeGreaterThan(fitted);
      const viewport = main.locator('.chart-viewport');
      const pan0 = await viewport.evaluate((e) => e.scrollLeft + e.scrollTop);
      await win.keyboard.press('ArrowRight');
      await win.keyboard.press('ArrowDown');
      expect(await viewport.evaluate((e) => e.scrollLeft + e.scrollTop)).toBeGreaterThan(pan0);
      const f = await runAxe(win, 'Schemat w osobnym oknie');
      console.log(`axe Schemat w osobnym oknie: ${f.violations.length} violations (${JSON.stringify(f.byImpact)})`);
      expect(blocking(f)).toEqual([]);
      await win.screenshot({ path: '/tmp/e2e-chart-window.png' });

      // an edit in the editor reaches the open window, which keeps its zoom
      await page.getByLabel('Nazwa: Biuro Prasowe').fill('Biuro Prasowe i Komunikacji Miejskiej');
      await page.getByLabel('Nazwa: Biuro Prasowe i Komunikacji Miejskiej').press('Enter');
      await expect.poll(() => main.locator('.chart-canvas svg').textContent(), { timeout: 10_000 }).toMatch(/Komunikacji/);
      expect(await zoom()).toBe(zoomed);

      // opening it again brings the same window forward (one chart window per editor)
      await page.getByRole('button', { name: 'Powiększ schemat' }).click();
      await page.waitForTimeout(300);
      expect(app.chartWindow()).toBe(win);
      expect(app.page.context().pages()).toHaveLength(2);

      // Zamknij closes the window (the click ends with the page it was made in)
      const closed = win.waitForEvent('close');
      await main.getByRole('button', { name: 'Zamknij' }).click().catch((e: Error) => expect(e.message).toMatch(/closed/));
      await closed;
      expect(win.isClosed()).toBe(true);
      expect(app.chartWindow()).toBeNull();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
