/**
 * The registry list marks amending and amended orders (issue 17): after two amending orders of 3468/2024 are signed
 * (one in force, one entering into force later), its line says `zmieniane zarządzeniami nr … i … (wchodzi w życie …)`
 * and opens its text in force, each amending order's line says `zmienia nr 3468/2024`, the filter shows one kind at
 * a time, and a search hit in 3468/2024 says which amending orders changed it. axe on the list with the marks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/model/order.js';
import { runAxe } from './axe.js';
import { launchBrowser, openApp, shownText, shownTexts, type AppSession } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Writes (through the handlers) an amending order of 3468/2024 renaming unit `symbol`, signed as `number`. */
async function signAmendment(app: AppSession, symbol: string, suffix: string, number: string, date: string, inForceFrom?: string): Promise<void> {
  const old = (await app.call('registry:list')).find((e) => e.number === '3468/2024')!;
  const draft = await app.call('draft:create', { replacingId: old.id });
  const changed: Order = structuredClone(draft.order);
  const unit = changed.units.find((u) => u.symbol === symbol)!;
  unit.name += suffix;
  delete unit.forms;
  const zm = await app.call('draft:amend', { id: draft.id, order: changed });
  if (inForceFrom) {
    const later: Order = { ...zm.order, entryIntoForce: { kind: 'date', date: inForceFrom }, paragraphs: zm.order.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { id: p.id, role: p.role } : p)) };
    await app.call('draft:save', { id: zm.id, order: later });
  }
  await app.call('draft:sign', { id: zm.id, number, date });
}

describe('marks of amending orders in the registry list', () => {
  it('marks the amended order and its amending orders, filters them, opens the text in force, and marks search hits', async () => {
    const app = await openApp(browser, { width: 1280, height: 800 });
    const { page } = app;
    try {
      await signAmendment(app, 'KS-02', ' i Komunikacji', '50/2025', '2025-01-10');
      await signAmendment(app, 'KS-03', ' i Analiz', '51/2025', '2025-02-01', '2099-01-01');
      await page.reload();
      const table = page.getByRole('table', { name: 'Obowiązujące zarządzenia' });
      const amended = table.locator('tr[data-number="3468/2024"]');
      await amended.locator('[data-mark="amended"]').waitFor();
      expect(shownText(await amended.locator('[data-mark="amended"]').textContent())).toBe('zmieniane zarządzeniami nr 50/2025 i 51/2025 (wchodzi w życie 01.01.2099)');
      expect(await amended.locator('[data-mark="amends"]').count()).toBe(0);
      for (const n of ['50/2025', '51/2025']) expect(shownText(await table.locator(`tr[data-number="${n}"] [data-mark="amends"]`).textContent())).toBe('zmienia nr 3468/2024');
      const axe = await runAxe(page, 'registry with amendment marks');
      expect(axe.violations.map((v) => `${v.id}: ${v.targets.join(' | ')}`)).toEqual([]);
      await amended.scrollIntoViewIfNeeded();
      await app.screenshot('amendment-marks');

      // the filter: only amended orders, then only amending ones
      const filter = page.getByRole('combobox', { name: 'Zmiany' });
      await filter.selectOption('amended');
      expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')))).toEqual(['3468/2024']);
      await filter.selectOption('amending');
      expect((await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')))).sort()).toEqual(['50/2025', '51/2025']);
      await app.screenshot('amendment-marks-filtered');
      await filter.selectOption('all');

      // a hit in 3468/2024 is its text as signed: the amending order in force that changed it is named
      await page.getByLabel('Kto się tym zajmuje? Szukaj zadania we wszystkich obowiązujących zarządzeniach').fill('materiałów promocyjnych');
      const hits = page.getByRole('list', { name: 'Znalezione zadania' });
      await hits.locator('[data-mark="amended"]').first().waitFor();
      expect(await shownTexts(hits.locator('[data-mark="amended"]'))).toContain('zmieniane zarządzeniem nr 50/2025 · wynik z tekstu pierwotnego');
      const searchAxe = await runAxe(page, 'search hits with amendment marks');
      expect(searchAxe.violations.map((v) => `${v.id}: ${v.targets.join(' | ')}`)).toEqual([]);
      await hits.scrollIntoViewIfNeeded();
      await app.screenshot('amendment-marks-search');

      // the mark opens the text in force
      await amended.getByRole('button', { name: 'Tekst obowiązujący zarządzenia nr 3468/2024' }).click();
      const view = page.getByRole('main', { name: 'Tekst obowiązujący' });
      await view.waitFor();
      // the mark went with the list: the focus is in the view, not left on the page
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main')?.getAttribute('aria-label') ?? document.activeElement?.tagName)).toBe('Tekst obowiązujący');
      await expect.poll(async () => shownText(await view.locator('.in-force-amendments').textContent()), { timeout: 30_000 }).toContain('nr 50/2025');
      await app.screenshot('amendment-marks-text-in-force');
      // a day before the order entered into force (01.01.2025) is not shown as if it were in force then
      const first = view.getByRole('region', { name: 'Tekst obowiązujący 1 stycznia 2020 r.' });
      await view.getByLabel('Pierwszy dzień').fill('01.01.2020');
      await expect.poll(async () => shownText(await first.locator('[data-before-force]').textContent()), { timeout: 30_000 }).toBe('Tego dnia zarządzenie jeszcze nie obowiązywało (weszło w życie 1 stycznia 2025 r.); poniżej jego tekst pierwotny.');
      expect(await view.locator('[data-before-force]').count()).toBe(1);
      // days the wrong way round are said so, and one button puts them right
      await view.getByLabel('Drugi dzień').fill('01.06.2019');
      await expect.poll(async () => shownText(await view.locator('[data-dates-reversed]').textContent())).toContain('Pierwszy dzień jest późniejszy niż drugi');
      await app.screenshot('amendment-marks-dates-reversed');
      await view.getByRole('button', { name: 'Zamień dni' }).click();
      await expect.poll(() => view.getByLabel('Pierwszy dzień').inputValue()).toBe('01.06.2019');
      expect(await view.getByLabel('Drugi dzień').inputValue()).toBe('01.01.2020');
      expect(await view.locator('[data-dates-reversed]').count()).toBe(0);
    } finally {
      await app.close();
    }
  }, 180_000);
});
