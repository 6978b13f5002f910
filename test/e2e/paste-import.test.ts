/**
 * „Wklej zarządzenie” end to end: HTML and text pasted into the dialog go through the real importer; the import
 * report shows the unplaced text first with its count; a fragment is placed as a point of a chosen unit's scope
 * and the order opened shows it there; another paste is refused with a Polish message when empty.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNPLACED_ORDER_LINES, UNPLACED_PASSAGE } from '../support/unplaced-order.js';
import { launchBrowser, openApp } from './harness.js';

/** An order with a scope for a team missing from § 2: the importer keeps its lead and points as unplaced text. */
const LINES = UNPLACED_ORDER_LINES;
const HTML = `<html><body><nav><a href="/">Strona główna</a></nav><div class="tresc">${LINES.map((l) => `<p>${l}</p>`).join('')}</div><footer>BIP Kraków</footer></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Wklej zarządzenie', () => {
  it('reads pasted HTML, reports the unplaced fragment first and places it in a chosen unit’s scope', async () => {
    const app = await openApp(browser);
    try {
      await app.page.getByRole('button', { name: 'Wklej zarządzenie…' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Wklej zarządzenie' });
      const area = dialog.getByLabel('Wklejona treść');
      await area.fill(LINES.join('\n'));
      await area.evaluate((el, html) => {
        const dt = new DataTransfer();
        dt.setData('text/html', html);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      }, HTML);
      await dialog.getByText('Wklejono także układ strony (HTML)').waitFor();
      await dialog.getByRole('button', { name: 'Odczytaj' }).click();
      const report = dialog.getByRole('region', { name: /^Tekst nieprzypisany: \d+ fragment/ });
      await report.waitFor();
      // the unplaced text comes first in the report, right after the order's title
      const parts = await dialog.locator('.import-report > *').evaluateAll((els) => els.map((e) => e.tagName));
      expect(parts.slice(0, 2)).toEqual(['P', 'SECTION']);
      const lost = report.locator('li').filter({ hasText: UNPLACED_PASSAGE });
      await expect(lost.locator('.where').textContent()).resolves.toMatch(/§ 5/);
      const before = await report.locator('li').count();
      await app.screenshot('paste-report');
      await lost.getByRole('combobox').selectOption({ label: 'BP-01 Referat Wydawnictw' });
      await lost.getByRole('button', { name: 'Umieść jako punkt zakresu' }).click();
      await expect.poll(() => report.locator('li').count().catch(() => 0)).toBe(before - 1);
      for (let left = before - 1; left > 0; left--) {
        await report.getByRole('button', { name: 'Odrzuć…' }).first().click();
        await report.getByRole('button', { name: 'Tak, odrzuć' }).click();
      }
      await dialog.getByText('Cały tekst przypisano do części zarządzenia.').waitFor();
      await dialog.getByRole('button', { name: 'Otwórz zarządzenie' }).click();
      const scope = app.page.locator('article.scope[data-unit="BP-01"]');
      await scope.waitFor();
      await expect(scope.locator(':scope > ol.items > li').count()).resolves.toBe(3);
      await app.screenshot('paste-placed-order');
      await expect(scope.textContent()).resolves.toContain(UNPLACED_PASSAGE);
      await expect(app.page.locator('#nieprzypisane').count()).resolves.toBe(0);
      expect(app.calls).toContain('import:paste');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('discards a fragment knowingly, and says in Polish when nothing was pasted', async () => {
    const app = await openApp(browser);
    try {
      await app.page.getByRole('button', { name: 'Wklej zarządzenie…' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Wklej zarządzenie' });
      await dialog.getByLabel('Wklejona treść').fill(LINES.join(' '));
      await dialog.getByRole('button', { name: 'Odczytaj' }).click();
      const report = dialog.getByRole('region', { name: /^Tekst nieprzypisany: \d+ fragment/ });
      await report.waitFor();
      const n = await report.locator('li').count();
      for (let left = n; left > 0; left--) {
        await report.getByRole('button', { name: 'Odrzuć…' }).first().click();
        await report.getByRole('button', { name: 'Tak, odrzuć' }).click();
      }
      await dialog.getByText('Cały tekst przypisano do części zarządzenia.').waitFor();
      const empty = await app.call('import:paste', { text: '   ' }).then(() => null, (e: Error) => e.message);
      expect(empty).toMatch(/Schowek jest pusty/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
