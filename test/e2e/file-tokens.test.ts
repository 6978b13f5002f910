/**
 * Paths belong to the main process, end to end: a file dropped on the window opens through its token, joins the
 * recent-files list on the start screen and opens again from it; a page that forges a path is refused.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchBrowser, openApp } from './harness.js';

const NAME = 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('files named by the main process', () => {
  it('opens a dropped file, lists it among the recent files and refuses a forged path', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      app.droppable.set(NAME, join(FIXTURES, 'orders', NAME));
      await page.evaluate((name) => {
        const data = new DataTransfer();
        data.items.add(new File(['ignored: the main process reads the file itself'], name, { type: 'text/plain' }));
        const target = document.querySelector('.app')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, NAME);
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      expect(await page.locator('.file-name').textContent()).toBe(NAME);

      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      const recent = page.getByRole('region', { name: 'Ostatnio otwierane pliki' });
      await recent.waitFor();
      await app.screenshot('recent-files');
      await recent.getByRole('button', { name: NAME }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();

      // what a compromised page could try: the bridge only takes tokens
      const forged = await page.evaluate(async (path) => {
        const api = (window as unknown as { api: Record<string, (a?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>> }).api;
        return [
          await api.importFile!({ token: path }),
          await api.importFile!({ path }),
          await api.registryImport!({ token: path }),
          await api.fileDropped!(new File(['x'], '/etc/passwd')),
        ].map((r) => r.error?.code);
      }, join(FIXTURES, 'orders', NAME));
      expect(forged).toEqual(['forbidden-file', 'invalid-argument', 'forbidden-file', 'not-readable']);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
