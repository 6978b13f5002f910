/**
 * An amending order counting its entry into force from publication (issue 17): signed, the registry says its date of
 * entry into force is unknown and asks for the day of publication (in its line and in the amended order's mark); it
 * is not applied in the amended order's text in force. The lawyer opens it and enters the day of publication: the
 * date is counted from it (`po upływie 14 dni od dnia ogłoszenia`: publication + 15 days), the registry's line says
 * so, and the amended order's text in force has the change. axe on the order with the question.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/model/order.js';
import { runAxe } from './axe.js';
import { launchBrowser, openApp, shownText } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the day of publication of an order counted from it', () => {
  it('is asked for, entered in the order details, and the date of entry into force is counted from it', async () => {
    const app = await openApp(browser, { width: 1280, height: 800 });
    const { page } = app;
    try {
      // an amending order of 3468/2024 renaming KS-02, entering into force 14 days after its publication
      const old = (await app.call('registry:list')).find((e) => e.number === '3468/2024')!;
      const draft = await app.call('draft:create', { replacingId: old.id });
      const changed: Order = structuredClone(draft.order);
      const unit = changed.units.find((u) => u.symbol === 'KS-02')!;
      unit.name += ' i Komunikacji';
      delete unit.forms;
      const zm = await app.call('draft:amend', { id: draft.id, order: changed });
      const clause = 'Zarządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia.';
      const fromPublication: Order = {
        ...zm.order,
        entryIntoForce: { kind: 'afterDays', days: 14 },
        paragraphs: zm.order.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { ...p, content: [{ id: 'wejscie', text: [clause], items: [] }] } : p)),
      };
      await app.call('draft:save', { id: zm.id, order: fromPublication });
      await app.call('draft:sign', { id: zm.id, number: '52/2025', date: '2025-02-03' });
      await page.reload();

      const table = page.getByRole('table', { name: 'Obowiązujące zarządzenia' });
      const row = table.locator('tr[data-number="52/2025"]');
      await row.waitFor();
      // unknown, not counted from signing (that would be 19.02.2025)
      expect(await row.getAttribute('data-status')).toBe('signed');
      expect(shownText(await row.locator('.status-note').textContent())).toBe('podpisane; data wejścia w życie nieznana — podaj datę ogłoszenia');
      expect(shownText(await row.locator('.col-date').textContent())).toBe('—');
      expect(shownText(await table.locator('tr[data-number="3468/2024"] [data-mark="amended"]').textContent())).toBe('zmieniane zarządzeniem nr 52/2025 (data wejścia w życie nieznana)');
      const names = async () => ((await app.call('registry:textInForce', { id: old.id, from: '2025-01-01', to: '2026-11-01' })) as { changes: unknown[]; amendments: { number: string | null; entryIntoForce: string | null }[] });
      expect((await names()).changes).toEqual([]);

      // the order opened: the question, the day entered
      await row.getByRole('button', { name: 'Podgląd' }).click();
      const asked = page.getByRole('region', { name: 'Ogłoszenie zarządzenia' });
      await asked.waitFor();
      expect(shownText(await asked.locator('p').textContent())).toMatch(/^Data wejścia w życie nieznana — podaj datę ogłoszenia\./);
      const axe = await runAxe(page, 'order asking for its day of publication');
      expect(axe.violations.map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')}`)).toEqual([]);
      expect(shownText(await page.getByRole('region', { name: 'Metryka zarządzenia' }).textContent())).toContain('po upływie 14 dni od dnia ogłoszenia (dnia ogłoszenia nie podano)');
      await app.screenshot('publication-asked');
      await asked.getByLabel('Data ogłoszenia').fill('01.03.2025');
      await asked.getByRole('button', { name: 'Zapisz datę ogłoszenia' }).click();
      await expect.poll(async () => shownText(await asked.locator('p').textContent())).toBe('Ogłoszono 1 marca 2025 r.; datę wejścia w życie liczy się od dnia ogłoszenia: wchodzi w życie 16 marca 2025 r.');
      const meta = page.getByRole('region', { name: 'Metryka zarządzenia' });
      expect(shownText(await meta.textContent())).toContain('po upływie 14 dni od dnia ogłoszenia (ogłoszono 1 marca 2025 r., wchodzi w życie 16 marca 2025 r.)');
      await app.screenshot('publication-entered');

      // counted from it everywhere: the registry's line and the text in force
      const entry = (await app.call('registry:list')).find((e) => e.number === '52/2025')!;
      expect(entry).toMatchObject({ status: 'inForce', entryIntoForce: '2025-03-16' });
      const t = await names();
      expect(t.amendments.find((a) => a.number === '52/2025')?.entryIntoForce).toBe('2025-03-16');
      expect(JSON.stringify(t.changes)).toContain('i Komunikacji');
    } finally {
      await app.close();
    }
  }, 180_000);
});
