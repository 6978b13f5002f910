/**
 * Real sizes: a department of 60 units with long names and a scope of 500 points, in a window of 1280×720 (a
 * laptop) and 1920×1080. The outline scrolls and keeps readable rows; the register shows whole unit names (wrapped,
 * never cut) with the chart panel open; the chart opens large with zoom and pan; nothing overflows the window
 * sideways. Screenshots of each state go to /tmp/e2e-sizes-*.png, to be looked at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/model/order.js';
import { generateOrderText } from '../support/generate-order.js';
import { launchBrowser, openApp, type AppSession } from './harness.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LONG = [
  'Referat ds. Koordynacji Programów Rewitalizacji Obszarów Zdegradowanych i Współpracy z Organizacjami Pozarządowymi',
  'Zespół Obsługi Prawnej, Organizacyjnej i Kancelaryjnej Komisji Dialogu Obywatelskiego',
  'Oddział Planowania, Monitorowania i Sprawozdawczości Budżetu Obywatelskiego Miasta Krakowa',
];

/** Imports a generated department of 60 units (long names, one scope of 500 points) and opens a draft replacing it. */
async function openSixtyUnits(app: AppSession): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zo-e2e-sizes-'));
  const file = join(dir, 'wydzial-60.txt');
  writeFileSync(file, generateOrderText({ units: 60, points: 240, deputies: 3, subject: 'Wydział Generowany', prefix: 'WG' }));
  app.dialogs.openQueue.push(file);
  const imported = await app.call('registry:import', {});
  const draft = await app.call('draft:create', { replacingId: imported!.id });
  const order: Order = structuredClone(draft.order);
  order.units.forEach((u, i) => {
    if (i % 4 === 1) u.name = LONG[i % LONG.length]!;
  });
  const big = order.units[2]!;
  if (big.scope.kind === 'tasks') big.scope.tasks = Array.from({ length: 500 }, (_, i) => ({ id: `big-${i}`, text: [`zadanie numer ${i + 1} z zakresu spraw Wydziału`], children: [] }));
  await app.call('draft:save', { id: draft.id, order });
  await app.page.reload();
  await app.page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).first().click();
  await app.page.locator('article.scope').nth(59).waitFor();
}

/** Widths that stick out of the window sideways (the page must never scroll horizontally). */
function overflowX(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  describe(`${size.width}×${size.height}`, () => {
    it('60 units, long names, a 500-point scope: outline, register with the chart panel, the chart large', async () => {
      const app = await openApp(browser, size);
      const { page } = app;
      const tag = `${size.width}x${size.height}`;
      try {
        await openSixtyUnits(app);
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await app.screenshot(`sizes-${tag}-editor`);

        // the outline: 60 units, each row at least one line of text high, the list scrolls to the last one
        const outline = page.getByRole('navigation', { name: 'Spis treści projektu' });
        const rows = outline.locator('.outline-unit');
        expect(await rows.count()).toBe(60);
        const heights = await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(20);
        const scrollable = await outline.evaluate((e) => e.scrollHeight > e.clientHeight && getComputedStyle(e).overflowY !== 'visible');
        expect(scrollable).toBe(true);
        await rows.last().scrollIntoViewIfNeeded();
        await app.screenshot(`sizes-${tag}-outline-end`);

        // the chart panel open: every unit name in the register is shown whole (wrapped, not cut)
        await page.getByRole('tab', { name: 'Schemat' }).click();
        await page.locator('[data-chart] svg').waitFor();
        await page.locator('#komorki').scrollIntoViewIfNeeded();
        const names = page.locator('.register-edit .input-name');
        const cut = await names.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => (e as HTMLTextAreaElement).value));
        expect(cut).toEqual([]);
        await app.screenshot(`sizes-${tag}-register-with-chart`);
        const widths = await names.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        // about 25 characters of 14 px text at least, even at 1280 px with the chart open
        expect(Math.min(...widths)).toBeGreaterThanOrEqual(size.width === 1280 ? 190 : 300);
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await app.screenshot(`sizes-${tag}-chart-panel`);

        // the chart large: a window of its own (a second page, as the app's second BrowserWindow), zoom in and out,
        // pan by keyboard; the editor stays as it was
        await page.getByRole('button', { name: 'Powiększ schemat' }).click();
        await expect.poll(() => app.chartWindow() !== null).toBe(true);
        const win = app.chartWindow()!;
        const view = win.getByRole('main', { name: /Schemat organizacyjny/ });
        await view.locator('.chart-canvas svg').waitFor();
        await expect.poll(() => win.evaluate(() => document.activeElement?.classList.contains('chart-viewport'))).toBe(true);
        const zoom = () => view.locator('[data-zoom]').getAttribute('data-zoom').then(Number);
        const z0 = await zoom();
        // zoom in until the chart is larger than the window both ways
        const viewport = view.locator('.chart-viewport');
        const overflows = () => viewport.evaluate((e) => e.scrollWidth > e.clientWidth && e.scrollHeight > e.clientHeight);
        for (let i = 0; i < 6 && !(await overflows()); i++) await win.keyboard.press('+');
        expect(await zoom()).toBeGreaterThan(z0);
        expect(await overflows()).toBe(true);
        const pan0 = await viewport.evaluate((e) => [e.scrollLeft, e.scrollTop]);
        await win.keyboard.press('ArrowRight');
        await win.keyboard.press('ArrowDown');
        const pan1 = await viewport.evaluate((e) => [e.scrollLeft, e.scrollTop]);
        expect(pan1[0]! + pan1[1]!).toBeGreaterThan(pan0[0]! + pan0[1]!);
        await win.screenshot({ path: `/tmp/e2e-sizes-${tag}-chart-large.png` });
        await win.keyboard.press('0');
        await win.screenshot({ path: `/tmp/e2e-sizes-${tag}-chart-fit.png` });
        await win.close();
        expect(await page.getByRole('tab', { name: 'Schemat' }).getAttribute('aria-selected')).toBe('true');

        // the 500-point scope: its last point is reachable, numbered 500)
        const big = page.locator('article.scope').nth(2).locator('.block');
        expect(await big.count()).toBe(500);
        await big.last().scrollIntoViewIfNeeded();
        expect(await big.last().getAttribute('data-label')).toBe('500)');
        await app.screenshot(`sizes-${tag}-scope-500`);

        // the registry with the long names
        await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
        await page.getByRole('heading', { name: 'Rejestr zarządzeń' }).waitFor();
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await app.screenshot(`sizes-${tag}-registry`);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  });
}
