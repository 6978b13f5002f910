/**
 * The import report end to end (issue 10), at 1280×720: a file imported into the registry and a file opened show the
 * unplaced text first, with its count; a fragment is placed as a point of a chosen unit's scope and another
 * discarded after the confirmation, and the registry (or the order saved into it) holds the result; a draft made
 * from an order with unplaced text shows it until it is resolved, and the checks warn meanwhile; a pasted order is
 * saved into the registry. axe-core runs on each report and on the paste dialog (no serious or critical
 * violation); screenshots go to /tmp/e2e-import-report-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RichText, type Order } from '../../core/model/index.js';
import { UNPLACED_ORDER_LINES, UNPLACED_PASSAGE } from '../support/unplaced-order.js';
import { blocking, runAxe } from './axe.js';
import { launchBrowser, openApp, type AppSession } from './harness.js';

const VIEWPORT = { width: 1280, height: 720 };
let browser: Browser;
let scratch: string;
let file: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'zo-e2e-report-'));
  file = join(scratch, 'biuro-promocji-214-2025.txt');
  writeFileSync(file, UNPLACED_ORDER_LINES.join('\n'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** axe on the page as it stands: no serious or critical violation. */
async function axeClean(page: Page, screen: string): Promise<void> {
  await page.waitForTimeout(200);
  expect(blocking(await runAxe(page, screen))).toEqual([]);
}

/** The unplaced part of a report (its heading gives the count). */
const unplacedIn = (scope: Page | Locator) => scope.getByRole('region', { name: /^Tekst nieprzypisany: \d+ fragment/ });

/** The number in the heading `Tekst nieprzypisany: N fragment…`. */
async function countOf(report: Locator): Promise<number> {
  const h = (await report.locator('h3').textContent()) ?? '';
  return Number(/(\d+)/.exec(h)?.[1] ?? NaN);
}

/** Places the fragment holding the passage in unit `label`'s scope. */
async function place(report: Locator, label: string): Promise<void> {
  const n = await countOf(report);
  const item = report.locator('li').filter({ hasText: UNPLACED_PASSAGE });
  await item.getByRole('combobox').selectOption({ label });
  await item.getByRole('button', { name: 'Umieść jako punkt zakresu' }).click();
  await expect.poll(() => countOf(report).catch(() => 0)).toBe(n - 1);
}

/** Discards the first fragment, after the confirmation. */
async function discardFirst(report: Locator): Promise<void> {
  const n = await countOf(report);
  await report.getByRole('button', { name: 'Odrzuć…' }).first().click();
  await report.getByText('Odrzucić ten fragment? Nie trafi do zarządzenia.').waitFor();
  await report.getByRole('button', { name: 'Tak, odrzuć' }).click();
  await expect.poll(() => countOf(report).catch(() => 0)).toBe(n - 1);
}

/** Places the fragment holding the passage in unit `label`'s scope, then discards the first other one (confirmed). */
async function placeAndDiscard(report: Locator, label: string): Promise<void> {
  await place(report, label);
  await discardFirst(report);
}

/** The order of the registry numbered `number`, as stored. */
async function stored(app: AppSession, number: string): Promise<{ id: number; order: Order }> {
  const e = (await app.call('registry:list')).find((x) => x.number === number)!;
  return { id: e.id, order: (await app.call('registry:get', { id: e.id })).order };
}

/** The plain text of the last point of unit `symbol`'s scope. */
function lastPoint(order: Order, symbol: string): string {
  const s = order.units.find((u) => u.symbol === symbol)!.scope;
  return s.kind === 'tasks' ? RichText.plain(s.tasks.at(-1)!.text, order) : '';
}

describe('import report', () => {
  it('a file imported into the registry: unplaced text first, placed and discarded in the registry; the draft made from it warns until resolved', async () => {
    const app = await openApp(browser, VIEWPORT);
    const { page } = app;
    try {
      app.dialogs.openQueue.push(file);
      await page.getByRole('button', { name: 'Importuj plik do rejestru…' }).click();
      await page.getByRole('status', { name: 'Raport importu' }).waitFor();
      const report = unplacedIn(page);
      await report.waitFor();
      const n = await countOf(report);
      expect(n).toBeGreaterThanOrEqual(2);
      // the registry's sentence, then the unplaced text, then (if any) the other notes
      const parts = await page.locator('.registry-import .import-report > *').evaluateAll((els) => els.map((e) => e.className));
      expect(parts[0]).toMatch(/unplaced-report/);
      await app.screenshot('import-report-registry');
      await axeClean(page, 'Rejestr: raport importu z tekstem nieprzypisanym');

      await place(report, 'BP-01 Referat Wydawnictw');
      const after = await stored(app, '214/2025');
      expect(after.order.unplaced).toHaveLength(n - 1);
      expect(lastPoint(after.order, 'BP-01')).toContain(UNPLACED_PASSAGE);
      await app.screenshot('import-report-registry-placed');

      // the registry's search finds the placed point
      await page.getByRole('searchbox').fill(UNPLACED_PASSAGE);
      await page.locator('.hits li').filter({ hasText: '214/2025' }).first().waitFor();
      await page.getByRole('searchbox').fill('');

      // a draft replacing it takes the fragments left: shown at its head, a warning in the checks until resolved
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 214/2025' }).click();
      const draftReport = unplacedIn(page.locator('main.editor-doc'));
      await draftReport.waitFor();
      expect(await countOf(draftReport)).toBe(n - 1);
      const checks = page.locator('.tabpanel');
      await expect.poll(() => checks.textContent()).toMatch(/nie ma miejsca w zarządzeniu/);
      // the warning leads to the fragments: a click on its place marks the report
      await checks.locator('li[data-code="import.unplaced"]').first().getByRole('button', { name: 'tekst nieprzypisany' }).click();
      await expect.poll(() => draftReport.getAttribute('class')).toMatch(/flash/);
      await app.screenshot('import-report-draft');
      await axeClean(page, 'Projekt: tekst nieprzypisany');
      for (let left = n - 1; left > 0; left--) await discardFirst(draftReport);
      await draftReport.waitFor({ state: 'detached' });
      await expect.poll(() => checks.textContent()).not.toMatch(/nie ma miejsca w zarządzeniu/);

      // the order of the registry keeps its own fragments: opened from the registry, they are discarded there
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      await page.locator('tr[data-number="214/2025"]').getByRole('button', { name: 'Podgląd' }).click();
      const left = unplacedIn(page.locator('main.document'));
      await left.waitFor();
      expect(await countOf(left)).toBe(n - 1);
      await axeClean(page, 'Zarządzenie z rejestru: tekst nieprzypisany');
      for (let k = n - 1; k > 0; k--) await discardFirst(left);
      await left.waitFor({ state: 'detached' });
      const done = await stored(app, '214/2025');
      expect(done.order.unplaced).toEqual([]);
      const log = await app.call('draft:audit', { id: done.id });
      expect(log.map((e) => e.action)).toEqual(['imported', ...Array<string>(n).fill('saved')]);
      expect(log[1]!.actor).toBe('Test E2E');
      expect(log[1]!.detail).toMatch(/^Umieszczono tekst nieprzypisany/);
      expect(log.at(-1)!.detail).toMatch(/^Odrzucono tekst nieprzypisany/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('a file opened: the report opens the document; a fragment placed, one discarded, then saved into the registry', async () => {
    const app = await openApp(browser, VIEWPORT);
    const { page } = app;
    try {
      app.dialogs.openQueue.push(file);
      await page.getByRole('button', { name: 'Otwórz zarządzenie…' }).click();
      const doc = page.locator('main.document');
      const report = unplacedIn(doc);
      await report.waitFor();
      const n = await countOf(report);
      // the report is the first thing in the document, before the order's metadata
      const first = await doc.evaluate((el) => el.firstElementChild?.className ?? '');
      expect(first).toMatch(/import-report/);
      expect(await doc.locator('.import-report > *').first().getAttribute('class')).toMatch(/unplaced-report/);
      await app.screenshot('import-report-opened');
      await axeClean(page, 'Zarządzenie z pliku: raport importu');

      await placeAndDiscard(report, 'BP-02 Referat Wydarzeń Miejskich');
      expect(app.calls).not.toContain('registry:resolveUnplaced');
      await expect(page.locator('article.scope[data-unit="BP-02"]').textContent()).resolves.toContain(UNPLACED_PASSAGE);
      await page.getByRole('button', { name: 'Zapisz w rejestrze' }).click();
      const notice = page.getByRole('status', { name: 'Zapis w rejestrze' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/Dodano do rejestru zarządzenie nr 214\/2025/);
      const saved = await stored(app, '214/2025');
      expect(saved.order.unplaced).toHaveLength(n - 2);
      expect(lastPoint(saved.order, 'BP-02')).toContain(UNPLACED_PASSAGE);

      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('a pasted order: the dialog passes axe with its report, and the order is saved into the registry', async () => {
    const app = await openApp(browser, VIEWPORT);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Wklej zarządzenie…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Wklej zarządzenie' });
      await axeClean(page, 'Wklej zarządzenie (okno)');
      await dialog.getByLabel('Wklejona treść').fill(UNPLACED_ORDER_LINES.join(' '));
      await dialog.getByRole('button', { name: 'Odczytaj' }).click();
      const report = unplacedIn(dialog);
      await report.waitFor();
      await app.screenshot('import-report-paste');
      await axeClean(page, 'Wklej zarządzenie: raport importu');
      const n = await countOf(report);
      await placeAndDiscard(report, 'BP-01 Referat Wydawnictw');
      await dialog.getByRole('button', { name: 'Zapisz w rejestrze' }).click();
      await page.getByRole('status', { name: 'Zapis w rejestrze' }).waitFor();
      await page.locator('tr.row-highlight[data-number="214/2025"]').waitFor();
      const saved = await stored(app, '214/2025');
      expect(saved.order.unplaced).toHaveLength(n - 2);
      expect(lastPoint(saved.order, 'BP-01')).toContain(UNPLACED_PASSAGE);
      await app.screenshot('import-report-paste-saved');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);
});
