/**
 * axe-core on the dialogs added last round (issue 13, item 2: every dialog, in the states that matter) at 1280×720:
 * „Wklej zarządzenie” (empty, with pasted text, with its import report), merging two units, splitting a unit,
 * removing a unit with its tasks, moving several tasks to another unit — no violation of any impact, and each a
 * modal dialog with a name that takes the focus.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, type AxeFigures } from './axe.js';
import { launchBrowser, openApp } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const figures: AxeFigures[] = [];

/** Runs axe with the dialog open; checks it is modal, named and holds the focus. */
async function check(page: Page, name: string | RegExp, screen: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  // the focus is moved in an effect after the dialog's content renders: wait for it rather than a fixed time
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), { timeout: 5000 }).toBe(true);
  figures.push(await runAxe(page, screen));
}

describe('axe-core on the paste, merge, split, remove and move-tasks dialogs', () => {
  it('finds no violation in any of them', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      // Wklej zarządzenie: empty, with text, with the import report of what was read
      await page.getByRole('button', { name: 'Wklej zarządzenie…' }).click();
      await check(page, 'Wklej zarządzenie', 'Wklej zarządzenie (puste)');
      const paste = page.getByRole('dialog', { name: 'Wklej zarządzenie' });
      await paste.getByLabel('Wklejona treść').fill([
        'ZARZĄDZENIE NR 10/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 2 stycznia 2025 r.',
        'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Próbnego',
        'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zarządza się, co następuje:',
        '§ 1. Wydziałem Próbnym kieruje Dyrektor przy pomocy Zastępcy Dyrektora.',
        '§ 2. W skład Wydziału wchodzą następujące wewnętrzne komórki organizacyjne:', '1) Referat Organizacyjny – SP-01.',
        '§ 3. Do zakresu działania Referatu Organizacyjnego (SP-01) należy:', '1) prowadzenie spraw kadrowych.',
        'Zdanie, którego nie ma gdzie umieścić, rozliczają kwartalnie.',
        '§ 4. Zarządzenie wchodzi w życie z dniem podpisania.',
      ].join('\n'));
      await check(page, 'Wklej zarządzenie', 'Wklej zarządzenie (tekst)');
      await paste.getByRole('button', { name: 'Odczytaj' }).click();
      await paste.locator('.import-report').waitFor();
      await check(page, 'Wklej zarządzenie', 'Wklej zarządzenie (raport importu)');
      await app.screenshot('dialog-paste-report');
      await page.keyboard.press('Escape');
      await paste.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();

      await page.getByRole('button', { name: 'Połącz z inną komórką: Referat Mediów Miejskich' }).click();
      await check(page, /^Połącz komórkę/, 'Połącz komórki (okno)');
      await app.screenshot('dialog-merge');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Podziel: Referat ds. Organizacyjnych' }).click();
      await check(page, /^Podziel komórkę/, 'Podziel komórkę (okno)');
      await app.screenshot('dialog-split');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Usuń: Referat Kampanii Informacyjno-Promocyjnych Miasta' }).click();
      await check(page, /^Usuń komórkę/, 'Usuń komórkę (okno)');
      await app.screenshot('dialog-remove-unit');
      await page.keyboard.press('Escape');

      // two tasks of KS-06 selected by keyboard, then Ctrl+Shift+M
      const texts = page.locator('article.scope[data-unit="KS-06"] .block-text');
      await texts.nth(1).click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+Shift+M');
      await check(page, 'Przenieś zadania (2) do innej komórki', 'Przenieś zadania (okno)');
      await page.keyboard.type('KS-07');
      await check(page, 'Przenieś zadania (2) do innej komórki', 'Przenieś zadania (okno, zawężone)');
      await app.screenshot('dialog-move-tasks');
      await page.keyboard.press('Escape');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
      const table = figures.map((f) => `${f.screen.padEnd(40)} krytyczne ${f.byImpact.critical} · poważne ${f.byImpact.serious} · umiarkowane ${f.byImpact.moderate} · drobne ${f.byImpact.minor} · reguły spełnione ${f.passes}`);
      console.log(`axe-core, naruszenia (elementy) w oknach dialogowych:\n${table.join('\n')}`);
    }
    const bad = figures.flatMap((f) => f.violations.map((v) => `${f.screen}: ${v.impact} ${v.id} (${v.nodes}×) ${v.help}\n    ${v.targets.join('\n    ')}`));
    expect(bad, bad.join('\n')).toEqual([]);
    expect(figures).toHaveLength(8);
  }, 180_000);
});
