/**
 * Restructuring in the editor, end to end on a draft replacing 3468/2024 with the real services: the merge of two
 * real units (KS-03 into KS-02) in one dialog and one undo step, a split of KS-01, a re-symbolling (KS-04 takes the
 * symbol KS-03 that the merge freed), several tasks selected and moved at once (mouse: the toolbar; keyboard:
 * Ctrl+Shift+M), a unit removed through the dialog that asks where its tasks go; then the change report saved from
 * the editor and read back from `word/document.xml`, and the redline saved beside it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe.js';
import { launchBrowser, openApp, shownTexts } from './harness.js';

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'zo-e2e-restructure-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

function scopeTexts(page: Page, symbol: string): Promise<string[]> {
  return shownTexts(page.locator(`article.scope[data-unit="${symbol}"] .block-text`));
}
function symbols(page: Page): Promise<string[]> {
  return page.locator('.register-edit tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-symbol') ?? ''));
}
/** axe on the page as it stands: no serious or critical violation (the standard of accessibility.test.ts). */
async function accessible(page: Page, screen: string): Promise<void> {
  await page.waitForTimeout(250);
  expect(blocking(await runAxe(page, screen))).toEqual([]);
}
async function undo(page: Page): Promise<void> {
  await page.getByRole('button', { name: '↶ Cofnij' }).click();
}

describe('restructuring in the editor', () => {
  it('merges, splits, re-symbols, moves several tasks and removes a unit; each one undo step; the papers follow', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await page.locator('.save[data-state="saved"]').waitFor();
      const start = await symbols(page);
      const ks02 = await scopeTexts(page, 'KS-02');
      const ks03 = await scopeTexts(page, 'KS-03');

      // merge KS-03 into KS-02: one dialog, tasks appended
      await page.getByRole('button', { name: 'Połącz z inną komórką: Referat Mediów Miejskich' }).click();
      const merge = page.getByRole('dialog', { name: /^Połącz komórkę/ });
      await merge.waitFor();
      await merge.getByLabel('Pozostaje komórka').selectOption({ label: 'Biuro Prasowe (KS-02)' });
      await merge.getByLabel('ustal kolejność').check();
      await app.screenshot('restructure-merge-dialog');
      await accessible(page, 'merge dialog');
      await merge.getByLabel('dołącz na końcu listy').check();
      await merge.getByRole('button', { name: 'Połącz' }).click();
      await expect.poll(() => symbols(page)).toEqual(start.filter((s) => s !== 'KS-03'));
      // the button pressed went with its row: the focus is on the surviving unit's name, not left on the page
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-symbol') ?? document.activeElement?.tagName)).toBe('KS-02');
      await expect.poll(() => scopeTexts(page, 'KS-02')).toEqual([...ks02, ...ks03]);
      // one undo step brings both units back as they were
      await undo(page);
      await expect.poll(() => symbols(page)).toEqual(start);
      expect(await scopeTexts(page, 'KS-03')).toEqual(ks03);
      await page.getByRole('button', { name: '↷ Ponów' }).click();
      await expect.poll(() => symbols(page)).toEqual(start.filter((s) => s !== 'KS-03'));
      // the comparison sees the merged tasks as moved: no dropped task waits in the ledger
      await page.getByRole('tab', { name: /Porównanie/ }).click();
      await expect.poll(() => page.locator('.compare-units [data-change="merged"]').count(), { timeout: 20_000 }).toBe(1);
      expect(await page.locator('.coverage-item').count()).toBe(0);

      // split KS-01: its last three tasks go to a new unit right after it
      const ks01 = await scopeTexts(page, 'KS-01');
      await page.getByRole('button', { name: 'Podziel: Referat ds. Organizacyjnych' }).click();
      const split = page.getByRole('dialog', { name: /^Podziel komórkę/ });
      await split.getByLabel('Nazwa nowej komórki').fill('Referat ds. Kadr i Szkoleń');
      await split.getByLabel(/Symbol nowej komórki/).fill('KS-09');
      const boxes = split.getByRole('checkbox');
      const n = await boxes.count();
      for (let i = n - 3; i < n; i++) await boxes.nth(i).check();
      await app.screenshot('restructure-split-dialog');
      await accessible(page, 'split dialog');
      await split.getByRole('button', { name: 'Podziel' }).click();
      await expect.poll(() => scopeTexts(page, 'KS-09')).toEqual(ks01.slice(-3));
      expect(await scopeTexts(page, 'KS-01')).toEqual(ks01.slice(0, -3));
      const afterSplit = await symbols(page);
      expect(afterSplit[afterSplit.indexOf('KS-01') + 1]).toBe('KS-09');

      // re-symbol: KS-04 takes KS-03, which the merge freed
      const symbol = page.getByLabel('Symbol: Referat Zarządzania Marką Kraków');
      await symbol.fill('KS-03');
      await symbol.press('Enter');
      await expect.poll(() => symbols(page)).toContain('KS-03');
      await page.locator('article.scope[data-unit="KS-03"]').waitFor();

      // several tasks at once: select from the first to the third task of KS-06 (mouse), move them with the toolbar
      const ks06 = await scopeTexts(page, 'KS-06');
      const ks07 = await scopeTexts(page, 'KS-07');
      const texts = page.locator('article.scope[data-unit="KS-06"] .block-text');
      await texts.nth(0).click({ position: { x: 2, y: 4 } });
      const end = await texts.nth(2).boundingBox();
      await page.mouse.down();
      await page.mouse.move(end!.x + end!.width - 4, end!.y + end!.height - 4, { steps: 8 });
      await page.mouse.up();
      await page.getByRole('button', { name: 'Przenieś zadania…' }).click();
      const picker = page.getByRole('dialog', { name: 'Przenieś zadania (3) do innej komórki' });
      await picker.waitFor();
      await page.keyboard.type('KS-07');
      await page.keyboard.press('Enter');
      await expect.poll(() => scopeTexts(page, 'KS-07')).toEqual([...ks07, ...ks06.slice(0, 3)]);
      expect(await scopeTexts(page, 'KS-06')).toEqual(ks06.slice(3));
      await undo(page);
      await expect.poll(() => scopeTexts(page, 'KS-06')).toEqual(ks06);
      // the keyboard: two tasks selected with Shift+↓, Ctrl+Shift+M
      await texts.nth(1).click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+Shift+M');
      await page.getByRole('dialog', { name: 'Przenieś zadania (2) do innej komórki' }).waitFor();
      await page.keyboard.type('KS-07');
      await page.keyboard.press('Enter');
      await expect.poll(() => scopeTexts(page, 'KS-07')).toEqual([...ks07, ...ks06.slice(1, 3)]);

      // remove KS-05 with its tasks: the dialog asks where they go; on purpose answers them in the ledger
      await page.getByRole('button', { name: 'Usuń: Referat Kampanii Informacyjno-Promocyjnych Miasta' }).click();
      const remove = page.getByRole('dialog', { name: /^Usuń komórkę/ });
      await remove.getByLabel(/usuń je celowo/).check();
      await remove.getByLabel('Uwaga do odpowiedzi').fill('kampanie prowadzi inny wydział');
      await app.screenshot('restructure-remove-dialog');
      await accessible(page, 'remove dialog');
      const next = await page.locator('.register-edit tbody tr[data-symbol="KS-05"] + tr').getAttribute('data-symbol');
      await remove.getByRole('button', { name: 'Usuń komórkę' }).click();
      await expect.poll(() => symbols(page)).not.toContain('KS-05');
      // the focus is on the name of the row that took the removed one's place
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-symbol') ?? document.activeElement?.tagName)).toBe(next);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('input-name'))).toBe(true);
      await expect.poll(() => page.locator('.coverage-item.answered').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await page.locator('.coverage-item.open').count()).toBe(0);
      await expect.poll(() => page.locator('[data-ledger="closed"]').count(), { timeout: 20_000 }).toBe(1);
      await app.screenshot('restructure-after');
      await accessible(page, 'comparison panel with the ledger');

      // the papers: the change report and the redline, from the editor
      await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Zestawienie zmian…' }).click();
      const papers = page.getByRole('dialog', { name: 'Zestawienie zmian i wersja ze zmianami' });
      await papers.getByLabel('Uzasadnienie zmian').fill('Połączenie obsługi mediów w Biurze Prasowym.');
      await accessible(page, 'papers dialog');
      const report = join(out, 'zestawienie.docx');
      const redline = join(out, 'zmiany.docx');
      app.dialogs.saveQueue.push(report);
      await papers.getByRole('button', { name: 'Zapisz zestawienie zmian…' }).click();
      await expect.poll(() => app.dialogs.saveRequests.length).toBe(1);
      app.dialogs.saveQueue.push(redline);
      await expect.poll(async () => (await papers.getByRole('button', { name: 'Zapisz wersję ze zmianami…' }).isEnabled())).toBe(true);
      await papers.getByRole('button', { name: 'Zapisz wersję ze zmianami…' }).click();
      await expect.poll(() => app.dialogs.saveRequests.length).toBe(2);
      await expect.poll(() => { try { return readFileSync(redline).length; } catch { return 0; } }).toBeGreaterThan(0);
      const xml = strFromU8(unzipSync(readFileSync(report))['word/document.xml']!).replace(/<[^>]+>/g, ' ');
      expect(xml).toContain('włączona do KS-02');
      expect(xml).toContain('wydzielona z KS-01');
      expect(xml).toContain('symbol KS-04 → KS-03');
      expect(xml).toContain('usunięte celowo — kampanie prowadzi inny wydział');
      expect(xml).toContain('Połączenie obsługi mediów w Biurze Prasowym.');
      expect(xml).toContain('Sporządził(a): Test E2E');
      const red = strFromU8(unzipSync(readFileSync(redline))['word/document.xml']!);
      expect(red).toMatch(/<w:moveTo /);
      expect(red).toMatch(/w:author="Test E2E"/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);
});
