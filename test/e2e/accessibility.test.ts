/**
 * Accessibility as a test: axe-core on every screen and dialog of the app, in each state that matters — the
 * registry (as it opens, with search results, with an import report), the new-draft and signing dialogs, the
 * editor with each side panel, the print preview, the history (with the author setting, a version opened, a
 * version compared, the restore question), the unit picker, the shortcuts, a read-only order and its preview, the
 * chart enlarged. No serious or critical violation is allowed anywhere; the figures of every state are printed
 * (and written to /tmp/e2e-axe-figures.json) for the report. Landmarks and headings are checked as well: each
 * screen has one main region and a first-level heading, every control a name; the live checks are announced in
 * a polite live region and never take the focus.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrderText } from '../support/generate-order.js';
import { blocking, runAxe, type AxeFigures } from './axe.js';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const figures: AxeFigures[] = [];

/** Runs axe on the state the page is in and keeps the figures. */
async function check(page: Page, screen: string): Promise<void> {
  // let transitions and live computations settle
  await page.waitForTimeout(250);
  figures.push(await runAxe(page, screen));
}

/** The landmarks and the first heading of the page as a screen reader lists them. */
function structure(page: Page) {
  return page.evaluate(() => ({
    main: document.querySelectorAll('main, [role="main"]').length,
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent?.trim() ?? ''),
    banner: document.querySelectorAll('header.topbar').length,
  }));
}

describe('accessibility (axe-core) on every screen and dialog', () => {
  it('has no serious or critical violation anywhere; landmarks, headings and names are there', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      // ---- the registry
      await page.getByRole('heading', { name: 'Rejestr zarządzeń' }).waitFor();
      await page.getByRole('table', { name: 'Obowiązujące zarządzenia' }).waitFor();
      expect(await structure(page)).toEqual({ main: 1, h1: ['Rejestr zarządzeń'], banner: 1 });
      await check(page, 'Rejestr');

      await page.getByRole('searchbox').fill('media');
      await page.locator('.hits li').first().waitFor();
      await check(page, 'Rejestr: wyniki wyszukiwania');
      await page.getByRole('searchbox').fill('');

      const dir = mkdtempSync(join(tmpdir(), 'zo-e2e-axe-'));
      const file = join(dir, 'wydzial-generowany.txt');
      writeFileSync(file, generateOrderText({ units: 8, points: 40, deputies: 2 }));
      app.dialogs.openQueue.push(file);
      await page.getByRole('button', { name: 'Importuj plik do rejestru…' }).click();
      await page.getByRole('status', { name: 'Raport importu' }).waitFor();
      await check(page, 'Rejestr: raport importu');

      await page.getByRole('button', { name: 'Nowy projekt…' }).click();
      await page.getByRole('dialog', { name: 'Nowy projekt zarządzenia' }).waitFor();
      await check(page, 'Nowy projekt (okno)');
      await page.keyboard.press('Escape');

      await page.keyboard.press('F1');
      await page.getByRole('dialog', { name: 'Skróty klawiszowe' }).waitFor();
      await check(page, 'Skróty klawiszowe (okno)');
      await page.keyboard.press('Escape');

      // ---- a read-only order and its preview
      await page.getByRole('row', { name: /Wydział Komunikacji Społecznej/ }).getByRole('button', { name: 'Podgląd' }).click();
      await page.getByRole('navigation', { name: 'Spis treści zarządzenia' }).waitFor();
      expect((await structure(page)).main).toBe(1);
      await check(page, 'Zarządzenie (tylko do odczytu)');
      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      await page.locator('iframe.preview-frame').waitFor();
      await check(page, 'Zarządzenie: podgląd wydruku');
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();

      // ---- the editor with each side panel
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.locator('article.scope[data-unit="KS-01"]').waitFor();
      const s = await structure(page);
      expect(s.main).toBe(1);
      expect(s.h1).toHaveLength(1);
      expect(s.h1[0]).toMatch(/^Projekt zarządzenia: Wydział Komunikacji Społecznej/);
      await page.locator('.finding, .notice-ok').first().waitFor();
      await check(page, 'Edytor: Kontrola');

      // live checks: a polite region that never takes the focus
      const scope = page.locator('article.scope[data-unit="KS-01"] .block-text').first();
      await scope.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' oraz');
      await page.waitForTimeout(700);
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-slate-editor]'))).toBe(true);
      expect(await page.locator('[data-announcer][aria-live="polite"]').count()).toBe(1);
      expect(await page.locator('.tabpanel [aria-live="assertive"], .tabpanel [role="alert"]').count()).toBe(0);

      await page.getByRole('tab', { name: /Porównanie/ }).click();
      await page.locator('.panel-summary, .panel-body p').first().waitFor();
      await check(page, 'Edytor: Porównanie');
      await page.getByRole('tab', { name: 'Schemat' }).click();
      await page.locator('[data-chart] svg').waitFor();
      await check(page, 'Edytor: Schemat');
      await page.getByRole('button', { name: 'Powiększ schemat' }).click();
      await expect.poll(() => app.chartWindow() !== null).toBe(true);
      const chartWindow = app.chartWindow()!;
      await chartWindow.locator('.chart-canvas svg').waitFor();
      expect(await structure(chartWindow)).toEqual({ main: 1, h1: ['Schemat organizacyjny: Wydział Komunikacji Społecznej'], banner: 0 });
      await check(chartWindow, 'Schemat w osobnym oknie');
      await chartWindow.close();
      await page.getByRole('tab', { name: 'Historia' }).click();
      await page.getByRole('list', { name: 'Wersje projektu' }).waitFor();
      await check(page, 'Edytor: Historia');
      await page.getByRole('button', { name: 'Zmień…' }).click();
      await page.getByRole('form', { name: 'Autor zapisywanych wersji' }).waitFor();
      await check(page, 'Edytor: Historia, ustawienie autora');
      await page.getByRole('button', { name: 'Anuluj' }).click();
      // a second version to compare and restore
      await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      await page.locator('.version').nth(1).waitFor();
      await page.getByRole('button', { name: /^Porównaj wersję 1/ }).click();
      await page.locator('.version-compare').waitFor();
      await check(page, 'Edytor: Historia, porównanie wersji');
      await page.getByRole('button', { name: 'Podgląd wersji 1' }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, 'Edytor: Historia, wersja (okno)');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Przywróć wersję 1' }).click();
      await page.getByRole('alertdialog').waitFor();
      await check(page, 'Edytor: Historia, przywracanie (okno)');
      await page.keyboard.press('Escape');

      await scope.click();
      await page.keyboard.press('Control+Shift+M');
      await page.getByRole('dialog', { name: 'Przenieś zadanie do innej komórki' }).waitFor();
      await check(page, 'Edytor: przenoszenie zadania (okno)');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      await page.locator('iframe.preview-frame').waitFor();
      await check(page, 'Edytor: podgląd wydruku');
      await page.getByRole('button', { name: 'Edycja', exact: true }).click();

      await page.getByRole('button', { name: 'Podpisano…' }).click();
      await page.getByRole('dialog', { name: 'Podpisanie zarządzenia' }).waitFor();
      await check(page, 'Podpisanie (okno)');
      await page.keyboard.press('Escape');

      // every control has a name (axe checks it too; this says which, if any)
      const unnamed = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea, [contenteditable="true"], [role="tab"]'))
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => {
            const label = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title') || el.textContent?.trim();
            const byLabel = (el as HTMLInputElement).labels?.length;
            return !label && !byLabel;
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unnamed).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      writeFileSync('/tmp/e2e-axe-figures.json', JSON.stringify(figures, null, 2));
      const table = figures.map((f) => `${f.screen.padEnd(44)} krytyczne ${f.byImpact.critical} · poważne ${f.byImpact.serious} · umiarkowane ${f.byImpact.moderate} · drobne ${f.byImpact.minor} · reguły spełnione ${f.passes}`);
      console.log(`axe-core, naruszenia (elementy) na ekran:\n${table.join('\n')}`);
      await app.close();
    }
    const bad = figures.flatMap(blocking);
    expect(bad, bad.join('\n')).toEqual([]);
    // one journey through some thirty states, each checked by axe: on a loaded machine it needs more than the default
  }, 180_000);
});
