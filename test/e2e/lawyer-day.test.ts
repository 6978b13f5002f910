/**
 * What a lawyer of the Wydział Organizacji i Nadzoru meets in a day's work on a draft replacing 3468/2024 (the
 * sample registry, the real services), beyond the journey (journey.test.ts) and the restructuring
 * (restructure.test.ts): after merging two units and removing a third into the survivor, Kontrola says the surviving
 * scope has three closing points „wykonywanie innych zadań zleconych…” and that the symbols no longer follow each
 * other, and its two fixes leave one closing point at the end and the symbols KS-01… in order; the remove dialog
 * counts the tasks in Polish; a unit of another department named in the text is not matched with an unrelated
 * unit of § 2; a name emptied and a symbol another unit has are refused, marked in their field, and the field reads
 * as the model again when left (it never shows what was not saved); the superior of a unit in § 3 is shown whole;
 * the window itself never scrolls.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shownTexts } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function scopeTexts(page: Page, symbol: string): Promise<string[]> {
  return shownTexts(page.locator(`article.scope[data-unit="${symbol}"] .block-text`));
}
function symbols(page: Page): Promise<string[]> {
  return page.locator('.register-edit tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-symbol') ?? ''));
}
const CLOSING = /^wykonywanie innych zadań zleconych/;
/** From the registry screen: a new draft replacing 3468/2024, open and saved. */
async function newReplacingDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
  await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
  await page.locator('.save[data-state="saved"]').waitFor();
}

describe("a lawyer's day on a replacing draft", () => {
  it('merge and removal leave one closing point and consecutive symbols after the fixes in Kontrola', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await newReplacingDraft(page);
      const findings = page.getByRole('list', { name: 'Wyniki kontroli' });
      // a unit of another department (Kancelaria Prezydenta) is not offered as a misspelt unit of § 2
      const other = findings.locator('[data-code="mentions.unknown-unit"]').first();
      await other.waitFor();
      expect(await other.textContent()).not.toMatch(/najbliższa/);

      // merge KS-04 into KS-03 (KS-03 stays), then remove KS-05 moving its tasks into KS-03
      await page.getByRole('button', { name: 'Połącz z inną komórką: Referat Zarządzania Marką Kraków' }).click();
      const merge = page.getByRole('dialog', { name: /^Połącz komórkę/ });
      await merge.getByLabel('Pozostaje komórka').selectOption({ label: 'Referat Mediów Miejskich (KS-03)' });
      await merge.getByRole('button', { name: 'Połącz' }).click();
      await expect.poll(() => symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-05', 'KS-06', 'KS-07']);
      await page.getByRole('button', { name: 'Usuń: Referat Kampanii Informacyjno-Promocyjnych Miasta' }).click();
      const remove = page.getByRole('dialog', { name: /^Usuń komórkę/ });
      // the count agrees with its noun (not „Komórka ma zadania: 7.”)
      await expect(remove.locator('p').first().textContent()).resolves.toBe('Komórka ma 7 zadań. Dokąd mają trafić?');
      await remove.getByLabel('Komórka, do której trafią zadania').selectOption({ label: 'Referat Mediów Miejskich (KS-03)' });
      await remove.getByRole('button', { name: 'Usuń komórkę' }).click();
      await expect.poll(() => symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-06', 'KS-07']);
      const merged = await scopeTexts(page, 'KS-03');
      expect(merged.filter((t) => CLOSING.test(t))).toHaveLength(3);

      // Kontrola: three closing points in one scope, with a fix
      await page.getByRole('tab', { name: /Kontrola/ }).click();
      const closing = findings.locator('[data-code="structure.other-tasks"]');
      // (the review of the draft after the merge alone said 2; it follows the removal when the worker is done)
      await expect.poll(() => closing.textContent(), { timeout: 20_000 }).toMatch(/Referat Mediów Miejskich \(KS-03\) ma 3 punkty/);
      await app.screenshot('lawyer-day-findings');
      await closing.getByRole('button', { name: 'Zostaw pierwszy z nich, na końcu listy' }).click();
      await closing.waitFor({ state: 'detached' });
      const after = await scopeTexts(page, 'KS-03');
      expect(after.filter((t) => CLOSING.test(t))).toEqual([merged.find((t) => CLOSING.test(t))]);
      expect(after.at(-1)).toMatch(CLOSING);
      expect(after).toHaveLength(merged.length - 2);

      // the symbols: KS-06 breaks the sequence; the fix renumbers the register
      const sequence = findings.locator('[data-code="symbols.sequence"]').first();
      await sequence.waitFor();
      await sequence.getByRole('button', { name: 'Przenumeruj symbole kolejno' }).click();
      await expect.poll(() => symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-04', 'KS-05']);
      await findings.locator('[data-code="symbols.sequence"]').waitFor({ state: 'detached' });
      // the renamed symbols reach the scope headings
      await expect(page.locator('article.scope[data-unit="KS-05"] h3').textContent()).resolves.toMatch(/Referatu ds\. Wydawnictw i Publikacji \(KS-05\)/);
      // one undo takes the renumbering back
      await page.getByRole('button', { name: '↶ Cofnij' }).click();
      await expect.poll(() => symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-06', 'KS-07']);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('an emptied name and a taken symbol are refused, marked, and the fields read as the model when left', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await newReplacingDraft(page);

      // § 3 in the table: the superior is read whole (the two deputies differ only after „Zastępca Dyrektora ds.”)
      const shown = page.locator('.register-edit tr[data-symbol="KS-03"] .superior-shown');
      await expect(shown.textContent()).resolves.toBe('Zastępca Dyrektora ds. Mediów Miejskich');
      expect(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      await page.getByLabel('Podlega: Referat Mediów Miejskich').selectOption({ label: 'Zastępca Dyrektora ds. Promocji' });
      await expect.poll(() => shown.textContent()).toBe('Zastępca Dyrektora ds. Promocji');
      await page.getByRole('button', { name: '↶ Cofnij' }).click();
      // the wheel over a long § 2 scrolls the document pane, never the window with the toolbar in it
      await page.locator('.register-edit').hover();
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight])).toEqual([0, 0]);

      const name = page.getByLabel('Nazwa: Biuro Prasowe');
      await name.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
      await page.getByText('Nazwa komórki nie może być pusta.').waitFor();
      await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
      await page.keyboard.press('Tab');
      await expect.poll(() => name.inputValue()).toBe('Biuro Prasowe');
      expect(await name.getAttribute('aria-invalid')).toBeNull();

      const symbol = page.getByLabel('Symbol: Referat ds. Wydawnictw i Publikacji');
      await symbol.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('KS-01');
      await page.keyboard.press('Enter');
      await page.getByText('Symbol KS-01 nosi już komórka „Referat ds. Organizacyjnych”.').waitFor();
      await expect(symbol.getAttribute('aria-invalid')).resolves.toBe('true');
      await app.screenshot('lawyer-day-refused-symbol');
      await page.keyboard.press('Tab');
      await expect.poll(() => symbol.inputValue()).toBe('KS-07');
      expect(await symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-04', 'KS-05', 'KS-06', 'KS-07']);

      // a refused text corrected in place is taken
      await symbol.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('KS-02');
      await page.keyboard.press('Enter');
      await expect(symbol.getAttribute('aria-invalid')).resolves.toBe('true');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('KS-08');
      await page.keyboard.press('Enter');
      await expect.poll(() => symbols(page)).toEqual(['KS-01', 'KS-02', 'KS-03', 'KS-04', 'KS-05', 'KS-06', 'KS-08']);
      expect(await symbol.getAttribute('aria-invalid')).toBeNull();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('signing a draft whose entry into force has no day yet says so before the registry takes the signing day', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await newReplacingDraft(page);
      await page.getByRole('button', { name: 'Podpisano…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Podpisanie zarządzenia' });
      const missing = dialog.locator('[data-code="entry-date-missing"]');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('Projekt nie podaje dnia wejścia w życie.');
      expect(await dialog.textContent()).not.toContain('z dniem określonym w tekście');
      await app.screenshot('lawyer-day-sign-no-date');
      await dialog.getByRole('button', { name: 'Anuluj' }).click();
      // the day written in the draft: the dialog names it and has nothing to warn of
      await page.getByLabel('Data wejścia w życie').fill('2027-01-01');
      await page.getByRole('button', { name: 'Podpisano…' }).click();
      await expect(dialog.textContent()).resolves.toContain('z dniem 1 stycznia 2027 r.');
      expect(await missing.count()).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('„Przejdź do miejsca” from the keyboard lands in the place: a point of a scope, the date of entry into force', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await newReplacingDraft(page);
      const findings = page.getByRole('list', { name: 'Wyniki kontroli' });
      const mention = findings.locator('[data-code="mentions.unknown-unit"]').first();
      await mention.waitFor();
      // § 6 pkt 7: the caret at the start of that point, typing goes there
      await mention.locator('.where').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zakres działania: Referat Mediów Miejskich');
      await page.keyboard.type('XYZ ');
      await expect.poll(async () => (await scopeTexts(page, 'KS-03'))[6]).toMatch(/^XYZ informowanie/);
      // Ctrl+Z at once (before the typing pause): the words go, on the page and in the model that is saved
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await scopeTexts(page, 'KS-03'))[6]).toMatch(/^informowanie/);
      await page.waitForTimeout(1200);
      expect((await scopeTexts(page, 'KS-03'))[6]).toMatch(/^informowanie/);
      await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      const saved = (await app.call('registry:list')).find((e) => e.status === 'draft')!;
      expect(JSON.stringify((await app.call('draft:open', { id: saved.id })).order)).not.toContain('XYZ');
      // § 15 (the final provisions have no paragraf of their own on the page): the date field takes the focus
      const entry = findings.locator('[data-code="final.entry-into-force"]');
      await entry.locator('.where').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Data wejścia w życie');
      await page.keyboard.type('01.01.2027');
      await page.keyboard.press('Tab');
      await entry.waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);
});
