/**
 * A PDF writer for `exportOrder` outside Electron (the CLI, tests, the bench): the print preview's HTML printed by
 * a headless Chromium through playwright-core, with the page sizes of its CSS (`@page`, `preferCSSPageSize`).
 * Inside the app the main process passes a writer over `webContents.printToPDF` instead (same HTML, same CSS).
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, Browser } from 'playwright-core';
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
      return await printInNewPage(browser, html);
    } finally {
      await browser.close();
    }
  };
}

/**
 * The PDF of `html` printed in a new page of a running browser (or browser context), with the page sizes of its
 * CSS and its backgrounds; the page is closed afterwards. Rejects with what Chromium says.
 */
export async function printInNewPage(browser: Browser | BrowserContext, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await page.close();
  }
}

/** A PDF writer that keeps one Chromium for many calls; `close` ends it (the process cannot exit before). */
export interface ChromiumPdfSession {
  write: PdfWriter;
  close(): Promise<void>;
}

/**
 * Like {@link chromiumPdfWriter}, but Chromium is launched on the first call and kept: each further PDF costs a
 * new page in the running browser, not a browser start (the way the app keeps one hidden window). Calls may
 * overlap (each has its own page). Null when there is no Chromium. A browser that failed to start is tried
 * again on the next call.
 */
export function chromiumPdfSession(executablePath: string | null = findChromium()): ChromiumPdfSession | null {
  if (!executablePath || !existsSync(executablePath)) return null;
  let browser: Promise<Browser> | null = null;
  const launch = (): Promise<Browser> => {
    browser ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
    browser.catch(() => (browser = null));
    return browser;
  };
  return {
    async write(html: string): Promise<Uint8Array> {
      return printInNewPage(await launch(), html);
    },
    async close(): Promise<void> {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}

