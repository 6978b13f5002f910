/**
 * Amend instead of replace, in the app (issue 17): from a draft replacing 3468/2024 with a unit renamed, the editor
 * measures the change and writes the amending order as a new draft, which opens in the editor; "Po zmianach…" shows
 * the amended order as it will read (no findings) and saves its redline; the amending order's DOCX carries the
 * introductory sentence, the quoted new wordings and the new chart as its annex. Once signed, the registry shows
 * 3468/2024's text in force at two dates and what changed between them. Screens at 1280×720, axe on each.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../electron/contract/api.js';
import { blocking, runAxe } from './axe.js';
import { amendFromDraft, renamedDraft } from './amend-steps.js';
import { docxText, launchBrowser, openApp } from './harness.js';

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'zo-e2e-amend-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const flat = (s: string | null): string => (s ?? '').replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

describe('amending orders in the app', () => {
  it('amends instead of replacing, exports the amending order, and shows the text in force at two dates', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await renamedDraft(page);

      // the measure and the proposal
      const planDialog = await amendFromDraft(page, false);
      expect(await planDialog.locator('[data-proposal]').getAttribute('data-proposal')).toBe('amend');
      expect(flat(await planDialog.textContent())).toMatch(/zmienione jednostki redakcyjne: \d+ z \d+ \(\d+%; próg 50%\)/);
      expect(blocking(await runAxe(page, 'amend plan dialog'))).toEqual([]);
      await app.screenshot('amend-plan');
      await planDialog.getByRole('button', { name: 'Utwórz zarządzenie zmieniające' }).click();
      await planDialog.waitFor({ state: 'hidden' });

      // the amending order opens in the editor
      await page.getByRole('button', { name: 'Po zmianach…' }).waitFor();
      const drafts = ((await app.call('registry:list', undefined)) as RegistryEntry[]).filter((e) => e.status === 'draft' && e.title.startsWith('zmieniające'));
      expect(drafts).toHaveLength(1);
      await app.screenshot('amend-editor');
      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      const frame = page.frameLocator('iframe.preview-frame');
      await frame.locator('section.annex svg').waitFor();
      const printed = flat(await frame.locator('section.order').textContent());
      expect(printed).toContain('W zarządzeniu nr 3468/2024 Prezydenta Miasta Krakowa');
      expect(printed).toContain('„2) Biuro Prasowe i Komunikacji – KS-02;”;');
      expect(printed).toContain('załącznik do zarządzenia otrzymuje brzmienie określone w załączniku do niniejszego zarządzenia');
      expect(printed).not.toContain('Traci moc');
      await app.screenshot('amend-editor-preview');

      // the amended order as it will read, and its redline
      await page.getByRole('button', { name: 'Po zmianach…' }).click();
      const after = page.getByRole('dialog', { name: 'Zarządzenie nr 3468/2024 po zmianach' });
      await after.locator('.notice-ok').waitFor();
      await after.frameLocator('iframe.preview-frame').locator('section.order').waitFor();
      expect(flat(await after.frameLocator('iframe.preview-frame').locator('section.order').textContent())).toContain('Biuro Prasowe i Komunikacji – KS-02');
      expect(blocking(await runAxe(page, 'amended order dialog'))).toEqual([]);
      await app.screenshot('amend-after');
      const redline = join(out, 'po-zmianach.docx');
      app.dialogs.saveQueue.push(redline);
      await after.getByRole('button', { name: 'Zapisz wersję ze zmianami…' }).click();
      await expect.poll(() => { try { return readFileSync(redline).length; } catch { return 0; } }, { timeout: 30_000 }).toBeGreaterThan(0);
      const xml = readFileSync(redline);
      expect(docxText(xml)).toContain('Komunikacji');
      await after.getByRole('button', { name: 'Zamknij' }).click();
      await after.waitFor({ state: 'hidden' });

      // the amending order's DOCX
      const docx = join(out, 'zmiana.docx');
      app.dialogs.saveQueue.push(docx);
      await page.getByRole('button', { name: 'DOCX…' }).click();
      await page.locator(`.toolbar-note[data-path="${docx}"]`).waitFor({ timeout: 30_000 });
      const words = flat(docxText(readFileSync(docx)));
      expect(words).toContain('wprowadza się następujące zmiany:');
      expect(words).toContain('w § 3 w ust. 1 pkt 4 otrzymuje brzmienie:');
      expect(words).toContain('Załącznik do zarządzenia');
      copyFileSync(docx, '/tmp/e2e-amend-zmiana.docx');
      copyFileSync(redline, '/tmp/e2e-amend-po-zmianach.docx');

      // signed: the registry shows the text in force of 3468/2024 at two dates
      await app.call('draft:sign', { id: drafts[0]!.id, number: '50/2025', date: '2025-01-10' });
      await page.getByRole('button', { name: 'Rejestr' }).click();
      await page.locator('tr[data-number="3468/2024"]').getByRole('button', { name: 'Podgląd' }).click();
      await page.getByRole('button', { name: 'Tekst obowiązujący' }).click();
      const view = page.getByRole('main', { name: 'Tekst obowiązujący' });
      await view.getByLabel('Pierwszy dzień').fill('01.01.2025');
      await view.getByLabel('Drugi dzień').fill('01.02.2025');
      const changes = view.locator('.in-force-changes li');
      await expect.poll(() => changes.count()).toBeGreaterThan(0);
      expect(flat(await view.locator('.in-force-amendments').textContent())).toContain('nr 50/2025');
      const first = changes.filter({ hasText: '§ 2 pkt 2' });
      // the underline is the words, not the space after them
      expect(flat(await first.locator('ins').textContent())).toBe('i Komunikacji');
      const texts = view.locator('.in-force-text');
      expect(flat(await texts.nth(0).textContent())).toContain('Biuro Prasowe – KS-02');
      expect(flat(await texts.nth(1).textContent())).toContain('Biuro Prasowe i Komunikacji – KS-02');
      expect(blocking(await runAxe(page, 'text in force'))).toEqual([]);
      await app.screenshot('text-in-force');
      await texts.nth(1).scrollIntoViewIfNeeded();
      await app.screenshot('text-in-force-texts');
    } finally {
      await app.close();
    }
  }, 180_000);
});
