/**
 * A PDF writer for `exportOrder` outside Electron (the CLI, tests, the bench): the print preview's HTML printed by
 * a headless Chromium through playwright-core, with the page sizes of its CSS (`@page`, `preferCSSPageSize`).
 * Inside the app the main process passes a writer over `webContents.printToPDF` instead (same HTML, same CSS).
 */
import { existsSync } from 'node:fs';
import type { PdfWriter } from './export-order.js';

/** Where Chromium is looked for, in order, when no path is given. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

/** Launch flags for a headless, offline, sandbox-less Chromium (CI containers). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The first Chromium binary found (`CHROMIUM_PATH` environment variable first, then `CHROMIUM_CANDIDATES`), or null. */
export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * A PDF writer printing with the Chromium at `executablePath` (default: `findChromium()`), or null when there is
 * no Chromium. Each call launches the browser, loads the HTML (no network: the page is standalone), prints it with
 * the CSS page sizes and backgrounds, and closes the browser. The writer rejects when Chromium fails to start or
 * print (the caller reports it in Polish).
 */
export function chromiumPdfWriter(executablePath: string | null = findChromium()): PdfWriter | null {
  if (!executablePath || !existsSync(executablePath)) return null;
  return async (html: string): Promise<Uint8Array> => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await browser.close();
    }
  };
}
