/**
 * PDF and printing in the app: the print preview (a standalone HTML page from core/preview) is loaded into a hidden,
 * sandboxed window without scripts, then printed to PDF (`webContents.printToPDF`, the page sizes of its CSS) or
 * sent to the system print dialog (`webContents.print`). The window is destroyed afterwards whatever happens.
 */
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import type { PdfWriter } from '../services/export/index.js';

/** Electron's BrowserWindow constructor (injected so the module can be tested with Electron faked). */
export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

/** Options of the hidden window: nothing shown, no scripts, no Node, sandboxed and isolated. */
export const HIDDEN_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
};

/** Loads `html` into a hidden window, runs `fn` on it and destroys the window. */
export async function withHiddenPage<T>(BrowserWindow: WindowConstructor, html: string, fn: (win: BrowserWindowType) => Promise<T>): Promise<T> {
  const win = new BrowserWindow(HIDDEN_WINDOW_OPTIONS);
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await fn(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** A PDF writer over `printToPDF`: A4 pages and the landscape annex as the preview's `@page` rules say. */
export function electronPdfWriter(BrowserWindow: WindowConstructor): PdfWriter {
  return (html) =>
    withHiddenPage(BrowserWindow, html, async (win) => {
      const buf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    });
}

/**
 * A printer over `webContents.print` with the system dialog. Resolves true when printed, false when the user
 * cancelled; rejects with the reason Chromium gives otherwise.
 */
export function electronPrinter(BrowserWindow: WindowConstructor): (html: string) => Promise<boolean> {
  return (html) =>
    withHiddenPage(BrowserWindow, html, (win) =>
      new Promise<boolean>((resolve, reject) => {
        win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (/cancel/i.test(failureReason)) resolve(false);
          else reject(new Error(failureReason || 'drukowanie nie powiodło się'));
        });
      }),
    );
}
