/**
 * A PDF writer for `exportOrder` inside the app: the print preview's HTML loaded into a hidden window and printed
 * with Electron's `webContents.printToPDF`, the page sizes taken from its CSS (`@page`, `preferCSSPageSize`). This
 * module does not import 'electron' (services run in plain Node too): the main process passes a function that
 * opens a hidden, sandboxed `BrowserWindow` and gives back its `webContents` and a way to close it, e.g.
 *
 *   electronPdfWriter(async () => {
 *     const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
 *     return { contents: win.webContents, close: () => win.destroy() };
 *   })
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfWriter } from './export-order.js';

/** The part of Electron's `WebContents` the writer uses. */
export interface PrintableContents {
  loadURL(url: string): Promise<void>;
  printToPDF(options: { preferCSSPageSize?: boolean; printBackground?: boolean }): Promise<Uint8Array>;
}

/** Opens a hidden window for printing; `close` is called once the PDF is made or printing failed. */
export type OpenPrintWindow = () => Promise<{ contents: PrintableContents; close: () => void }>;

/**
 * A PDF writer over `printToPDF`. Each call writes the HTML to a temporary file (a large page does not fit a
 * `data:` URL), loads it, prints it, then closes the window and removes the file. Rejects when loading or printing
 * fails (`exportOrder` turns it into a Polish message).
 */
export function electronPdfWriter(open: OpenPrintWindow): PdfWriter {
  return async (html: string): Promise<Uint8Array> => {
    const dir = await mkdtemp(join(tmpdir(), 'zarzadzenie-druk-'));
    const file = join(dir, 'podglad.html');
    await writeFile(file, html, 'utf8');
    const win = await open();
    try {
      await win.contents.loadURL(pathToFileURL(file).href);
      const pdf = await win.contents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      win.close();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
