/**
 * The first screen end to end: open an order through the real importer and see its unit register and scopes;
 * a broken file shows a Polish message and leaves the window working.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchBrowser, openApp } from './harness.js';

const NAME = 'krakow-3468-2024-wydzial-komunikacji-spolecznej';
const ORDER = join(FIXTURES, 'orders', `${NAME}.txt`);
/** The project's expected outline of the same order (never edited): symbols, superiors, task counts. */
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected', `${NAME}.outline.json`), 'utf8')) as {
  units: Array<{ symbol: string; name: string }>;
  reportsTo: Record<string, string>;
  scopeItems: Record<string, number | null>;
  title: string;
};

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'zo-e2e-files-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('first screen: an imported order, read-only', () => {
  it('shows the unit register with symbols, superiors and task counts, and each scope with citations', async () => {
    const app = await openApp(browser);
    try {
      app.dialogs.openQueue.push(ORDER);
      await app.page.getByRole('button', { name: 'Otwórz zarządzenie…' }).first().click();
      const table = app.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' });
      await table.waitFor();
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.textContent?.trim() ?? '')),
      );
      expect(rows.map((r) => r[0])).toEqual(expected.units.map((u) => u.symbol));
      expect(rows.map((r) => r[1])).toEqual(expected.units.map((u) => u.name));
      for (const [symbol, name, superior, count] of rows) {
        const want = expected.reportsTo[symbol!]!;
        // a unit superior is shown by name and symbol; anyone else by the same words as the outline
        const wantUnit = expected.units.find((u) => u.symbol === want);
        expect(superior, `${symbol} ${name}`).toBe(wantUnit ? `${wantUnit.name} (${wantUnit.symbol})` : want);
        expect(count, symbol).toBe(String(expected.scopeItems[symbol!]));
      }
      await expect(app.page.locator('h1.order-title').textContent()).resolves.toBe(expected.title);

      // scopes: one section per unit, its points numbered and cited
      const ks01 = app.page.locator('article.scope[data-unit="KS-01"]');
      const points = ks01.locator(':scope > ol.items > li');
      await expect(points.count()).resolves.toBe(expected.scopeItems['KS-01']);
      const firstCitation = await points.first().getAttribute('data-citation');
      expect(firstCitation).toMatch(/^§ \d+ pkt 1$/);
      await expect(points.first().locator('.label').first().textContent()).resolves.toBe('1)');

      // the outline jumps to a scope
      await app.page.getByRole('navigation', { name: 'Spis treści zarządzenia' }).getByRole('button', { name: /KS-07/ }).click();
      await app.page.waitForFunction(() => {
        const el = document.querySelector('article.scope[data-unit="KS-07"]');
        const doc = document.querySelector('main.document');
        return !!el && !!doc && Math.abs(el.getBoundingClientRect().top - doc.getBoundingClientRect().top) < 120;
      });
      await app.screenshot('order-3468-scopes');
      await app.page.locator('main.document').evaluate((el) => el.scrollTo(0, 0));
      await app.screenshot('order-3468');
      expect(app.errors).toEqual([]);
      expect(app.calls.filter((c) => c.startsWith('import:'))).toEqual(['import:choose']);
    } finally {
      await app.close();
    }
  });

  it('shows a Polish message for a broken file and keeps working', async () => {
    const app = await openApp(browser);
    try {
      const empty = join(scratch, 'pusty.txt');
      writeFileSync(empty, '');
      const binary = join(scratch, 'dane.txt');
      writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7]));
      const notOrder = join(scratch, 'list.txt');
      writeFileSync(notOrder, 'Szanowni Państwo,\nuprzejmie informuję, że spotkanie odbędzie się w czwartek.\n');
      const unknown = join(scratch, 'arkusz.xlsx');
      writeFileSync(unknown, 'x');

      const open = app.page.getByRole('button', { name: 'Otwórz zarządzenie…' }).first();
      const alert = app.page.getByRole('alert');
      const messages: string[] = [];
      for (const file of [empty, binary, notOrder, unknown]) {
        app.dialogs.openQueue.push(file);
        await open.click();
        await alert.waitFor();
        const text = (await alert.locator('span').first().textContent()) ?? '';
        messages.push(text);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/\bat \S+:\d+|Error:|undefined|\[object/);
        expect(text).toMatch(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|plik|zarządzeni/i);
        await app.page.getByRole('button', { name: 'Zamknij komunikat' }).click();
      }
      expect(new Set(messages).size).toBe(messages.length);
      app.dialogs.openQueue.push(binary);
      await open.click();
      await alert.waitFor();
      await app.screenshot('import-error');

      // the window still works: a good file opens after the errors
      app.dialogs.openQueue.push(ORDER);
      await open.click();
      await app.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await expect(alert.count()).resolves.toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('cancelling the dialog changes nothing; the menu command "open" opens the dialog too', async () => {
    const app = await openApp(browser);
    try {
      await app.page.getByRole('button', { name: 'Otwórz zarządzenie…' }).first().click();
      await app.page.waitForFunction(() => !document.querySelector('.progress'));
      await expect(app.page.getByRole('alert').count()).resolves.toBe(0);
      await expect(app.page.getByRole('heading', { name: 'Rejestr zarządzeń' }).count()).resolves.toBe(1);
      app.dialogs.openQueue.push(ORDER);
      await app.menu('open');
      await app.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      expect(app.calls.filter((c) => c.startsWith('import:'))).toEqual(['import:choose', 'import:choose']);
    } finally {
      await app.close();
    }
  });
});
