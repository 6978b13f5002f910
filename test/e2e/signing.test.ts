/**
 * Signing in the app: the dialog records the number and date given by the Prezydent's office; the registry then
 * lists the order as signed (entry into force ahead) or in force, and the replaced order as repealed from the new
 * one's entry into force. Wrong input keeps the dialog open with the registry's Polish message.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './harness.js';

/** Today's local date, ISO (the dialog's default date of signing). */
function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing a draft', () => {
  it('from the editor, entry into force ahead: the new order is signed, 3468/2024 stays in force until then', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByLabel('Data wejścia w życie').fill('2099-01-01');
      await page.locator('.save[data-state="saved"]').waitFor();
      await page.getByRole('button', { name: 'Podpisano…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Podpisanie zarządzenia' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('z dniem 1 stycznia 2099 r.');
      await expect(dialog.textContent()).resolves.toContain('zarządzenie nr 3468/2024');

      // a number whose year differs from the date's: the registry's message, the dialog stays
      const today = localToday();
      const year = Number(today.slice(0, 4));
      await dialog.getByLabel('Numer zarządzenia').fill(`77/${year - 1}`);
      await dialog.getByLabel('Data podpisania').fill(today);
      await app.screenshot('signing-dialog');
      await dialog.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/Rok w numerze/);
      await app.screenshot('signing-error');

      await dialog.getByLabel('Numer zarządzenia').fill(`77/${year}`);
      await dialog.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      const notice = page.getByRole('status', { name: 'Podpisanie' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(new RegExp(`zarządzenie nr 77/${year}.*wchodzi w życie z dniem 1 stycznia 2099 r\\. Zarządzenie nr 3468/2024 traci moc`));

      const inForce = page.getByRole('table', { name: 'Obowiązujące zarządzenia' });
      const fresh = inForce.locator(`tr[data-number="77/${year}"]`);
      await expect(fresh.getAttribute('data-status')).resolves.toBe('signed');
      await expect(fresh.locator('.status-note').textContent()).resolves.toBe('podpisane, wchodzi w życie z dniem 01.01.2099');
      const old = inForce.locator('tr[data-number="3468/2024"]');
      await expect(old.getAttribute('data-status')).resolves.toBe('inForce');
      await expect(old.locator('.status-note').textContent()).resolves.toBe(`traci moc z dniem 01.01.2099 (zarządzenie nr 77/${year})`);
      await expect(page.getByRole('table', { name: 'Projekty' }).count()).resolves.toBe(0);
      await app.screenshot('registry-signed');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('from the registry list, entry into force on signing: 3468/2024 moves to the repealed history', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      const list = await app.call('registry:list');
      const old = list.find((e) => e.number === '3468/2024')!;
      const draft = await app.call('draft:create', { replacingId: old.id });
      await app.call('draft:save', { id: draft.id, order: { ...draft.order, entryIntoForce: { kind: 'signing' } } });
      await page.reload();
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Podpisano…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Podpisanie zarządzenia' });
      await expect(dialog.textContent()).resolves.toContain('z dniem podpisania');
      // Anuluj closes without signing
      await dialog.getByRole('button', { name: 'Anuluj' }).click();
      await expect(dialog.count()).resolves.toBe(0);
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Podpisano…' }).click();
      const today = localToday();
      const number = `78/${today.slice(0, 4)}`;
      await dialog.getByLabel('Numer zarządzenia').fill(number);
      await dialog.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      await page.getByRole('status', { name: 'Podpisanie' }).waitFor();
      const fresh = page.getByRole('table', { name: 'Obowiązujące zarządzenia' }).locator(`tr[data-number="${number}"]`);
      await expect(fresh.getAttribute('data-status')).resolves.toBe('inForce');
      const repealed = page.locator('.history li[data-number="3468/2024"]');
      await expect(repealed.textContent()).resolves.toContain(`uchylone zarządzeniem nr ${number}`);
      await expect(page.getByRole('table', { name: 'Obowiązujące zarządzenia' }).locator('tr[data-number="3468/2024"]').count()).resolves.toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
