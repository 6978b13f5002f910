/**
 * Output from the editor: the print preview (the page the PDF and the printout are made from, with the annex
 * chart), DOCX and PDF through the save dialog, printing through the system dialog, and the change report; the
 * files are read back (the DOCX's word/document.xml with fflate, the PDF's text with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, launchBrowser, openApp } from './harness.js';
import { renamedDraft } from './amend-steps.js';

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'zo-e2e-out-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('preview, export and printing', () => {
  it('previews the whole draft with the annex; exports DOCX, PDF and the change report; prints; cancelling writes nothing', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await renamedDraft(page);

      // preview: the order's pages and the landscape annex with the chart, the renamed unit in both
      await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
      const frame = page.frameLocator('iframe.preview-frame');
      await frame.locator('section.annex svg').waitFor();
      const text = ((await frame.locator('section.order').textContent()) ?? '').replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
      expect(text).toContain('PROJEKT');
      expect(text).toContain('Biuro Prasowe i Komunikacji – KS-02');
      expect(await frame.locator('section.annex').textContent()).toContain('Biuro Prasowe i Komunikacji');
      await app.screenshot('preview');
      await frame.locator('section.annex').scrollIntoViewIfNeeded();
      await app.screenshot('preview-annex');

      // DOCX: cancelled first (nothing written), then saved where the dialog says
      await page.getByRole('button', { name: 'DOCX…' }).click();
      await expect.poll(() => app.dialogs.saveRequests.length).toBe(1);
      await expect.poll(() => page.locator('.toolbar-note').count()).toBe(0);
      const docx = join(out, 'projekt.docx');
      app.dialogs.saveQueue.push(docx);
      await page.getByRole('button', { name: 'DOCX…' }).click();
      await page.locator(`.toolbar-note[data-path="${docx}"]`).waitFor();
      await page.locator('.save[data-state="saved"]').waitFor();
      expect(app.dialogs.saveRequests[1]!.defaultName).toBe('projekt-zarzadzenia-wydzial-komunikacji-spolecznej.docx');
      const words = docxText(readFileSync(docx));
      expect(words).toContain('Biuro Prasowe i Komunikacji – KS-02');
      expect(words).toContain('Traci moc zarządzenie Prezydenta Miasta Krakowa nr 3468/2024');
      await app.screenshot('export');

      // PDF: the same page printed; pdftotext reads the text back
      const pdf = join(out, 'projekt.pdf');
      app.dialogs.saveQueue.push(pdf);
      await page.getByRole('button', { name: 'PDF…' }).click();
      await page.locator(`.toolbar-note[data-path="${pdf}"]`).waitFor({ timeout: 30_000 });
      const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(pdfText).toContain('Biuro Prasowe i Komunikacji');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+([3-9]|\d\d)/);

      // the change report: the comparison as a DOCX table
      const report = join(out, 'zestawienie.docx');
      app.dialogs.saveQueue.push(report);
      await page.getByRole('button', { name: 'Zestawienie zmian…' }).click();
      const papers = page.getByRole('dialog', { name: 'Zestawienie zmian i wersja ze zmianami' });
      await papers.getByRole('button', { name: 'Zapisz zestawienie zmian…' }).click();
      await expect.poll(() => { try { return readFileSync(report).length; } catch { return 0; } }, { timeout: 30_000 }).toBeGreaterThan(0);
      await papers.getByRole('button', { name: 'Zamknij' }).click();
      await papers.waitFor({ state: 'hidden' });
      const reportWords = docxText(readFileSync(report));
      expect(reportWords).toContain('zmiana nazwy');
      expect(reportWords).toContain('Biuro Prasowe i Komunikacji');

      // printing: the preview page goes to the system dialog (the menu's Drukuj… does the same)
      await app.menu('print');
      await page.locator('.toolbar-note', { hasText: 'Wysłano do drukarki.' }).waitFor();
      expect(app.printed).toHaveLength(1);
      expect(app.printed[0]).toContain('Biuro Prasowe i Komunikacji');
      // exporting changed nothing: the rename is autosaved as usual
      await page.locator('.save[data-state="saved"]').waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
