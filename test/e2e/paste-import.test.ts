/**
 * „Wklej zarządzenie” end to end: HTML and text pasted into the dialog go through the real importer; the import
 * report shows the unplaced text first with its count; a fragment is placed as a point of a chosen unit's scope
 * and the order opened shows it there; another paste is refused with a Polish message when empty.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './harness.js';

const LINES = [
  'ZARZĄDZENIE NR 10/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 2 stycznia 2025 r.',
  'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Sportu',
  'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zarządza się, co następuje:',
  '§ 1. Wydziałem Sportu, zwanym dalej Wydziałem, kieruje Dyrektor.',
  '§ 2. W skład Wydziału wchodzą następujące wewnętrzne komórki organizacyjne:', '1) Referat Organizacyjny – SP-01;', '2) Referat Imprez – SP-02.',
  '§ 3. Do zakresu działania Referatu Organizacyjnego (SP-01) należą sprawy:', '1) prowadzenie sekretariatu.',
  '§ 4. Do zakresu działania Referatu Imprez (SP-02) należą sprawy:', '1) organizacja imprez sportowych.',
  '§ 5. 1. Wszystkie komórki organizacyjne Wydziału są odpowiedzialne za:', '1) przestrzeganie dyscypliny pracy;', '2) archiwizowanie dokumentacji.',
  '2. Obowiązki z ust. 1 kierownicy komórek rozliczają kwartalnie w sprawozdaniu dla Dyrektora.',
  '§ 6. Zarządzenie wchodzi w życie z dniem podpisania.',
];
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
      const lost = report.locator('li').filter({ hasText: 'rozliczają kwartalnie' });
      await expect(lost.locator('.where').textContent()).resolves.toMatch(/§ 5 ust\. 2/);
      const before = await report.locator('li').count();
      await app.screenshot('paste-report');
      await lost.getByRole('combobox').selectOption({ label: 'SP-01 Referat Organizacyjny' });
      await lost.getByRole('button', { name: 'Umieść jako punkt zakresu' }).click();
      await expect.poll(() => report.locator('li').count().catch(() => 0)).toBe(before - 1);
      for (let left = before - 1; left > 0; left--) {
        await report.getByRole('button', { name: 'Odrzuć…' }).first().click();
        await report.getByRole('button', { name: 'Tak, odrzuć' }).click();
      }
      await dialog.getByText('Cały tekst przypisano do części zarządzenia.').waitFor();
      await dialog.getByRole('button', { name: 'Otwórz zarządzenie' }).click();
      const scope = app.page.locator('article.scope[data-unit="SP-01"]');
      await scope.waitFor();
      await expect(scope.locator(':scope > ol.items > li').count()).resolves.toBe(2);
      await app.screenshot('paste-placed-order');
      await expect(scope.textContent()).resolves.toContain('rozliczają kwartalnie');
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
