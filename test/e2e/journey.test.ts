/**
 * The main journey in the editor, on the sample registry with the real services: the registry screen and the
 * search; a draft replacing 3468/2024; add a unit, move a task to it, rename another unit; the findings and the
 * coverage ledger change, a dropped task answered; autosave; the chart and the print preview; the draft listed and
 * reopened with its changes; the DOCX exported and read back; signing, and the registry afterwards.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, launchBrowser, openApp, shownTexts } from './harness.js';

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'zo-e2e-journey-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Texts of the points of one unit's scope editor (labels and endings are not part of the text). */
function scopeTexts(page: Page, symbol: string): Promise<string[]> {
  return shownTexts(page.locator(`article.scope[data-unit="${symbol}"] .block-text`));
}
async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
}

describe('registry and draft editor', () => {
  it('shows the sample registry and finds who handles a task', async () => {
    const app = await openApp(browser);
    try {
      const inForce = app.page.getByRole('table', { name: 'Obowiązujące zarządzenia' });
      await inForce.waitFor();
      const numbers = await inForce.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number')));
      expect(numbers).toEqual(expect.arrayContaining(['3468/2024']));
      await expect(app.page.getByRole('heading', { name: 'Zarządzenia uchylone' }).count()).resolves.toBe(1);
      await expect(app.page.locator('.history li').count()).resolves.toBeGreaterThan(0);
      await app.screenshot('registry');

      await app.page.getByLabel(/Szukaj zadania/).fill('wydawnictw');
      const hits = app.page.locator('.hits li');
      await hits.first().waitFor();
      const first = (await hits.first().textContent()) ?? '';
      expect(first).toMatch(/3468\/2024/);
      await expect(hits.first().locator('mark').first().textContent()).resolves.toMatch(/^wydawnictw/i);
      await app.screenshot('registry-search');

      await app.page.getByRole('button', { name: 'Podgląd' }).first().click();
      await app.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('drafts a replacement of 3468/2024: add a unit, move a task, rename a unit; autosaved and reopened', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const register = page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' });
      await register.waitFor();
      // the pressed button went with the registry screen: the focus is in the document, not left on the page
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main')?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toBe('Treść projektu');
      await page.locator('.save[data-state="saved"]').waitFor();
      const before = await scopeTexts(page, 'KS-01');
      expect(before.length).toBeGreaterThan(5);
      await app.screenshot('editor');

      // add a unit and name it
      await page.getByRole('button', { name: '+ Dodaj komórkę' }).click();
      const newName = page.getByLabel('Nazwa: Nowa komórka');
      await newName.fill('Referat Nowych Mediów');
      await page.getByLabel('Symbol: Referat Nowych Mediów').fill('KS-08');
      await expect(register.locator('tbody tr').count()).resolves.toBe(8);

      // rename another unit
      await page.getByLabel('Nazwa: Biuro Prasowe').fill('Biuro Prasowe i Komunikacji');

      // move the 2nd task of KS-01 to the new unit
      const task = before[1]!;
      const block = page.locator('article.scope[data-unit="KS-01"] .block').nth(1);
      await block.hover();
      await block.getByRole('button', { name: 'Przenieś zadanie' }).click();
      const picker = page.getByRole('dialog', { name: 'Przenieś zadanie do innej komórki' });
      await picker.getByRole('option', { name: 'Referat Nowych Mediów (KS-08)' }).click();
      await page.waitForFunction((t) => Array.from(document.querySelectorAll('article.scope[data-unit="KS-08"] .block-text')).some((e) => e.textContent === t), task);
      expect(await scopeTexts(page, 'KS-01')).toEqual(before.filter((_, i) => i !== 1));
      expect(await scopeTexts(page, 'KS-08')).toEqual([task]);
      // the new unit's scope got its own paragraf, after KS-07's
      const heading = (await page.locator('article.scope[data-unit="KS-08"] h3').textContent()) ?? '';
      expect(heading).toMatch(/^§ 11\. Do zakresu działania Referatu Nowych Mediów \(KS-08\)/);

      await waitSaved(page);
      await page.locator('article.scope[data-unit="KS-08"]').scrollIntoViewIfNeeded();
      await app.screenshot('editor-changed');

      // findings: the draft's entry into force has no date yet; setting one clears the warning
      await page.getByRole('tab', { name: /Kontrola/ }).click();
      const findings = page.getByRole('list', { name: 'Wyniki kontroli' });
      await findings.locator('[data-code="final.entry-into-force"]').waitFor();
      await page.getByLabel('Data wejścia w życie').fill('2027-01-01');
      await findings.locator('[data-code="final.entry-into-force"]').waitFor({ state: 'detached' });

      // comparison: the moved task is reported as moved, the renamed unit as renamed
      await page.getByRole('tab', { name: /Porównanie/ }).click();
      const taskChanges = page.getByRole('list', { name: 'Zmiany zadań' });
      await taskChanges.locator('[data-change="moved"]').first().waitFor();
      expect(await taskChanges.locator('[data-change="moved"]').first().textContent()).toContain(task);
      const unitChanges = page.getByRole('list', { name: 'Zmiany komórek' });
      await expect(unitChanges.locator('[data-change="renamed"]').first().textContent()).resolves.toContain('KS-02');
      await expect(unitChanges.locator('[data-change="added"]').first().textContent()).resolves.toContain('KS-08');
      // both were computed in the window's review worker: the order never went to the main process for them
      expect(app.calls.filter((c) => c === 'check:run' || c === 'compare:run')).toEqual([]);

      // deleting a task of KS-02 opens a question in the coverage ledger; answering it closes it
      const victim = page.locator('article.scope[data-unit="KS-02"] .block-text').nth(2);
      const droppedText = (await victim.textContent()) ?? '';
      await victim.click();
      await victim.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      });
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      expect(await scopeTexts(page, 'KS-02')).not.toContain(droppedText);
      const ledger = page.getByRole('list', { name: 'Zadania usunięte' });
      const question = ledger.locator('.coverage-item.open');
      await question.first().waitFor();
      expect(await question.count()).toBe(1);
      expect(await question.first().textContent()).toContain(droppedText);
      await expect(page.getByRole('tab', { name: /Porównanie/ }).locator('.badge').textContent()).resolves.toBe('1');
      await app.screenshot('editor-coverage');
      await question.first().getByRole('button', { name: 'Zaniechane' }).click();
      await ledger.locator('.coverage-item.answered').first().waitFor();
      await expect(ledger.locator('.coverage-item.answered .chip').first().textContent()).resolves.toBe('zaniechane');
      await expect(page.getByRole('tab', { name: /Porównanie/ }).locator('.badge').count()).resolves.toBe(0);
      await waitSaved(page);

      // the chart redraws with the new unit
      await page.getByRole('tab', { name: 'Schemat' }).click();
      const chart = page.locator('.chart-live svg');
      await chart.waitFor();
      const svg = await chart.evaluate((e) => e.outerHTML);
      expect(svg).toContain('KS-08');
      expect(svg).toContain('Nowych Mediów');
      await app.screenshot('editor-chart');

      // print preview renders the document with the changes
      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      const preview = page.frameLocator('iframe.preview-frame').locator('body');
      await preview.locator('section.order').waitFor();
      const text = (await preview.textContent()) ?? '';
      expect(text).toContain('Referat Nowych Mediów');
      expect(text).toContain('Biuro Prasowe i Komunikacji');
      expect(text).toContain('PROJEKT');
      await app.screenshot('editor-preview');

      // back to the registry: the draft is listed; reopening shows the saved changes
      await page.getByRole('button', { name: 'Rejestr' }).click();
      const drafts = page.getByRole('table', { name: 'Projekty' });
      await drafts.waitFor();
      await drafts.getByRole('button', { name: 'Otwórz projekt' }).click();
      await register.waitFor();
      expect(await scopeTexts(page, 'KS-08')).toEqual([task]);
      await expect(page.getByLabel('Nazwa: Biuro Prasowe i Komunikacji').count()).resolves.toBe(1);
      // the answer to the dropped task was saved with the draft
      await page.getByRole('tab', { name: /Porównanie/ }).click();
      await page.getByRole('list', { name: 'Zadania usunięte' }).locator('.coverage-item.answered').first().waitFor();

      // export the DOCX through the save dialog and read its text back (word/document.xml, unzipped with fflate)
      const docx = join(out, 'projekt-ks.docx');
      app.dialogs.saveQueue.push(docx);
      await page.getByRole('button', { name: 'DOCX…' }).click();
      await page.locator(`.toolbar-note[data-path="${docx}"]`).waitFor();
      await app.screenshot('editor-exported');
      const words = docxText(readFileSync(docx));
      expect(words).toContain('Referat Nowych Mediów – KS-08');
      expect(words).toContain('Biuro Prasowe i Komunikacji – KS-02');
      expect(words).toMatch(/Do zakresu działania Referatu Nowych Mediów \(KS-08\) należą sprawy:\n1\)\s*/);
      expect(words.replace(/\s+/g, ' ')).toContain(task.replace(/\s+/g, ' '));
      expect(words).not.toContain(droppedText);
      expect(words).toContain('Zarządzenie wchodzi w życie z dniem 1 stycznia 2027 r.');

      // signed by the Prezydent: number and date recorded; the registry lists it and 3468/2024 ends on 1 January 2027
      await page.getByRole('button', { name: 'Podpisano…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Podpisanie zarządzenia' });
      await dialog.getByLabel('Numer zarządzenia').fill('3001/2026');
      await dialog.getByLabel('Data podpisania').fill('2026-12-15');
      await app.screenshot('signing');
      await dialog.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      await page.getByRole('status', { name: 'Podpisanie' }).waitFor();
      const inForce = page.getByRole('table', { name: 'Obowiązujące zarządzenia' });
      await expect(inForce.locator('tr[data-number="3001/2026"] .status-note').textContent()).resolves.toBe('podpisane, wchodzi w życie z dniem 01.01.2027');
      await expect(inForce.locator('tr[data-number="3468/2024"] .status-note').textContent()).resolves.toBe('traci moc z dniem 01.01.2027 (zarządzenie nr 3001/2026)');
      await app.screenshot('registry-after-signing');
      // the signed order reads back with its number, the moved task in the new unit
      const signed = (await app.call('registry:list')).find((e) => e.number === '3001/2026')!;
      const body = (await app.call('registry:get', { id: signed.id })).order;
      expect(body.meta).toMatchObject({ number: '3001/2026', date: '2026-12-15', status: 'signed' });
      expect(body.units.find((u) => u.symbol === 'KS-08')!.scope).toMatchObject({ kind: 'tasks', tasks: [{ text: [task] }] });
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('typing in a scope: Enter makes the next point, Tab a letter; numbering generated; undo restores', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const scope = page.locator('article.scope[data-unit="KS-07"]');
      await scope.waitFor();
      const n = (await scopeTexts(page, 'KS-07')).length;
      const last = scope.locator('.block-text').last();
      await last.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('obsługa mediów społecznościowych Wydziału, w tym:'); // the colon is generated, so dropped
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Facebook');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Instagram');
      const labels = await scope.locator('.block').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.label ?? ''));
      const ends = await scope.locator('.block-text').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.end ?? ''));
      expect(labels.slice(-3)).toEqual([`${n + 1})`, 'a)', 'b)']);
      expect(ends.slice(-4)).toEqual([';', ':', ',', '.']);
      await waitSaved(page);
      await app.screenshot('editor-typing');

      // undo (toolbar): the burst of typing is one step, so one click goes back to before it; redo returns it
      await page.getByRole('button', { name: /Cofnij/ }).click();
      expect(await scopeTexts(page, 'KS-07')).toHaveLength(n);
      await page.getByRole('button', { name: /Ponów/ }).click();
      expect((await scopeTexts(page, 'KS-07')).slice(-3)).toEqual(['obsługa mediów społecznościowych Wydziału, w tym', 'Facebook', 'Instagram']);

      // Shift+Tab turns the letter back into a point
      await scope.locator('.block-text').last().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Tab');
      expect((await scope.locator('.block').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.label ?? ''))).slice(-1)).toEqual([`${n + 2})`]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
