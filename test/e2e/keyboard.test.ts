/**
 * The keyboard journey: a lawyer who works without a mouse imports an order into the registry, starts a draft
 * replacing it, edits § 1, adds a unit, moves a task to it (unit picker) and reorders tasks (Alt+↑/↓), fixes a
 * finding and exports the DOCX — with Tab, Enter, F6, shortcuts and typing only. The page counts every pointer
 * and mouse press; there must be none. Keyboard details checked on the way: focus moves into what a button
 * created, Escape leaves a scope editor (Tab indents there), F1 shows the shortcuts, Ctrl+Z undoes a move made
 * in another unit while the caret stays where it was.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrderText } from '../support/generate-order.js';
import { docxText, launchBrowser, openApp, shownText } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The accessible name of the focused element, as far as this test needs it (aria-label, else its text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
async function tabTo(page: Page, name: string | RegExp, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 400;
  const ok = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < max; i++) {
    if (ok(await focusedName(page))) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab nie doszedł do „${name}” w ${max} naciśnięciach (jest: „${await focusedName(page)}”).`);
}

async function texts(page: Page, symbol: string): Promise<string[]> {
  // a reference chip carries Slate's zero-width characters around its words
  return (await page.locator(`article.scope[data-unit="${symbol}"] .scope-editor .block-text`).allTextContents()).map(shownText);
}

describe('keyboard journey (no mouse)', () => {
  it('import, new draft replacing, § 1, a unit, a moved task, a fixed finding, export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zo-e2e-kbd-'));
    const source = join(dir, 'zarzadzenie-9999-2025.txt');
    writeFileSync(source, generateOrderText({ units: 6, points: 24, deputies: 2, subject: 'Wydział Testów Klawiatury', prefix: 'TK' }));
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.evaluate(() => {
        const w = window as unknown as { __presses: string[] };
        w.__presses = [];
        for (const t of ['pointerdown', 'mousedown', 'mouseup', 'pointerup'])
          window.addEventListener(t, (e) => w.__presses.push(`${t} ${(e.target as Element)?.tagName}`), true);
      });

      // import into the registry
      app.dialogs.openQueue.push(source);
      await tabTo(page, 'Importuj plik do rejestru…');
      await page.keyboard.press('Enter');
      await page.getByRole('status', { name: 'Raport importu' }).waitFor();

      // F1: the shortcuts; Escape closes and the focus comes back
      await page.keyboard.press('F1');
      const help = page.getByRole('dialog', { name: 'Skróty klawiszowe' });
      await help.waitFor();
      expect(await help.textContent()).toContain('Ctrl+Shift+M');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      expect(await focusedName(page)).toBe('Importuj plik do rejestru…');

      // a new draft replacing it
      await tabTo(page, 'Nowy projekt zastępujący zarządzenie nr 9999/2025');
      await page.keyboard.press('Enter');
      await page.locator('article.scope[data-unit="TK-01"]').waitFor();

      // § 1: a third deputy; the focus is in its name at once, so typing (with spaces) names it
      await tabTo(page, '+ Dodaj zastępcę');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe('Zastępca 3');
      await page.keyboard.type('Zastępca Dyrektora');
      await page.keyboard.press('Enter');
      const deputies = page.locator('#kierownictwo .deputy-row input');
      await expect.poll(() => deputies.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['I Zastępca Dyrektora', 'II Zastępca Dyrektora', 'Zastępca Dyrektora']);

      // a unit: the focus is in its name, selected, so typing replaces „Nowa komórka”
      await tabTo(page, '+ Dodaj komórkę');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe('Nazwa: Nowa komórka');
      await page.keyboard.type('Referat Klawiatury');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type('TK-07');
      await page.keyboard.press('Enter');
      await page.locator('article.scope[data-unit="TK-07"]').waitFor();

      // Alt+↓ moves the first task of TK-01 below the second, the caret with it
      const before = await texts(page, 'TK-01');
      await tabTo(page, /^Zakres działania: .*TK-01|^Zakres działania: /);
      const editorName = await focusedName(page);
      expect(editorName).toContain('Zakres działania');
      const unit = await page.evaluate(() => (document.activeElement as HTMLElement).closest('article.scope')?.getAttribute('data-unit'));
      expect(unit).toBe('TK-01');
      await page.keyboard.press('Control+Home');
      await page.waitForTimeout(150);
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => texts(page, 'TK-01')).toEqual([before[1], before[0], ...before.slice(2)]);
      // Tab indents inside the editor (the focus stays), Shift+Tab back
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(editorName);
      await page.keyboard.press('Shift+Tab');

      // Ctrl+Shift+M: the unit picker; typing narrows it, Enter moves the task under the caret
      await page.keyboard.press('Control+Shift+M');
      const picker = page.getByRole('dialog', { name: 'Przenieś zadanie do innej komórki' });
      await picker.waitFor();
      await page.keyboard.type('klawiat');
      await page.keyboard.press('Enter');
      await expect.poll(() => texts(page, 'TK-07')).toEqual([before[0]]);
      expect(await texts(page, 'TK-01')).toEqual([before[1], ...before.slice(2)]);
      // the focus came back to the editor the task left, which was not remounted
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(editorName);

      // Escape leaves the scope editor to the next control
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-slate-editor]'))).toBe(false);

      // F6 to the side panel; the finding about the unnumbered deputy offers its fix
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('F6');
        if (await page.evaluate(() => !!document.activeElement?.closest('aside'))) break;
      }
      expect(await page.evaluate(() => !!document.activeElement?.closest('aside'))).toBe(true);
      await tabTo(page, 'Ponumeruj zastępców (I, II…)', { max: 120 });
      await page.keyboard.press('Enter');
      await expect.poll(() => deputies.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['I Zastępca Dyrektora', 'II Zastępca Dyrektora', 'III Zastępca Dyrektora']);
      await page.locator('.finding[data-code="leadership.deputy-unnumbered"]').waitFor({ state: 'detached' });

      // export (Ctrl+E): the DOCX has the new deputy, the new unit and the moved task under it
      const out = join(dir, 'projekt.docx');
      app.dialogs.saveQueue.push(out);
      await page.keyboard.press('Control+e');
      await expect.poll(() => app.dialogs.saveRequests.length).toBe(1);
      await expect.poll(() => existsSync(out), { timeout: 20_000 }).toBe(true);
      const text = docxText(readFileSync(out));
      expect(text).toContain('III Zastępca Dyrektora');
      expect(text).toMatch(/Do zakresu działania Referatu Klawiatury \(TK-07\) należą sprawy:\s*\n?1\)\s*/);
      expect(text).toContain(before[0]!);

      expect(await page.evaluate(() => (window as unknown as { __presses: string[] }).__presses)).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('one history: Ctrl+Z undoes a move made elsewhere while the caret stays in the words it was in', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const ks02 = page.locator('article.scope[data-unit="KS-02"]');
      await ks02.waitFor();
      const ks01Before = await texts(page, 'KS-01');
      const ks02Before = await texts(page, 'KS-02');
      // the caret in the first point of KS-02, after its second word
      const toSecondWord = async () => {
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('Control+ArrowRight');
        await page.keyboard.press('Control+ArrowRight');
        // Slate reads the DOM selection on selectionchange (throttled): let it catch up on a loaded machine
        await page.waitForTimeout(600);
      };
      await ks02.locator('.block-text').first().click();
      await toSecondWord();
      const caret = () => page.evaluate(() => {
        const s = window.getSelection()!;
        const block = (s.anchorNode?.parentElement as HTMLElement).closest('.block') as HTMLElement;
        return { id: block.dataset.id, offset: s.anchorOffset, focused: !!document.activeElement?.closest('article.scope[data-unit="KS-02"]') };
      });
      const at = await caret();

      // a task of KS-01 moved to KS-03 (its button, then the picker)
      await page.locator('article.scope[data-unit="KS-01"] .block').first().getByRole('button', { name: 'Przenieś zadanie', includeHidden: true }).dispatchEvent('click');
      await page.getByRole('dialog', { name: 'Przenieś zadanie do innej komórki' }).getByRole('option').filter({ hasText: 'KS-03' }).click();
      await expect.poll(() => texts(page, 'KS-01')).toEqual(ks01Before.slice(1));

      // back in KS-02: a word typed at the end of its last point, the caret back after the second word
      await ks02.locator('.block-text').last().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' zmiana');
      await toSecondWord();
      // Ctrl+Z twice: the typing, then the move made in another unit; this editor keeps its caret and focus
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await expect.poll(() => texts(page, 'KS-01')).toEqual(ks01Before);
      expect(await texts(page, 'KS-02')).toEqual(ks02Before);
      expect(await caret()).toEqual(at);
      // and forward again
      await page.keyboard.press('Control+y');
      await expect.poll(() => texts(page, 'KS-01')).toEqual(ks01Before.slice(1));
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
