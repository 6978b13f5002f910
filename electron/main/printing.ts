/**
 * PDF and printing in the app: the print preview (a standalone HTML page from core/preview) is loaded into a hidden,
 * sandboxed window without scripts, then printed to PDF (`webContents.printToPDF`, the page sizes of its CSS) or
 * sent to the system print dialog (`webContents.print`). One hidden window serves the whole session (made on the
 * first PDF or print, then reused: no new renderer process per call), one call at a time; it is destroyed after a
 * while without use, when the app's window closes, or when a call fails (the next call makes a new one).
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

/** How long the hidden window is kept after its last use, in milliseconds. */
export const HIDDEN_PAGE_IDLE_MS = 5 * 60_000;

/** The session's hidden window for printing. */
export interface HiddenPage {
  /**
   * Loads `html` into the hidden window (made on first use, or again after it was destroyed) and runs `fn` on it;
   * calls wait for the one before. Rejects with what loading or `fn` threw; the window is then destroyed.
   */
  run<T>(html: string, fn: (win: BrowserWindowType) => Promise<T>): Promise<T>;
  /** Destroys the window now (the app's window closed, the app quits); a later `run` makes a new one. */
  dispose(): void;
}

/** One hidden window for the session, made with `BrowserWindow` when first needed, kept `idleMs` after each use. */
export function hiddenPage(BrowserWindow: WindowConstructor, idleMs = HIDDEN_PAGE_IDLE_MS): HiddenPage {
  let win: BrowserWindowType | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const dispose = (): void => {
    clearTimeout(idle);
    if (win && !win.isDestroyed()) win.destroy();
    win = null;
  };
  const once = async <T>(html: string, fn: (w: BrowserWindowType) => Promise<T>): Promise<T> => {
    clearTimeout(idle);
    if (!win || win.isDestroyed()) win = new BrowserWindow(HIDDEN_WINDOW_OPTIONS);
    const w = win;
    try {
      await w.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return await fn(w);
    } catch (e) {
      if (win === w) dispose();
      throw e;
    } finally {
      if (win === w) {
        idle = setTimeout(dispose, idleMs);
        idle.unref?.();
      }
    }
  };
  return {
    run<T>(html: string, fn: (w: BrowserWindowType) => Promise<T>): Promise<T> {
      const next = queue.then(() => once(html, fn));
      queue = next.catch(() => undefined);
      return next;
    },
    dispose,
  };
}

/** A PDF writer over `printToPDF`: A4 pages and the landscape annex as the preview's `@page` rules say. */
export function electronPdfWriter(page: HiddenPage): PdfWriter {
  return (html) =>
    page.run(html, async (win) => {
      const buf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    });
}

/**
 * A printer over `webContents.print` with the system dialog. Resolves true when printed, false when the user
 * cancelled; rejects with the reason Chromium gives otherwise.
 */
export function electronPrinter(page: HiddenPage): (html: string) => Promise<boolean> {
  return (html) =>
    page.run(html, (win) =>
      new Promise<boolean>((resolve, reject) => {
        win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (/cancel/i.test(failureReason)) resolve(false);
          else reject(new Error(failureReason || 'drukowanie nie powiodło się'));
        });
      }),
    );
}
