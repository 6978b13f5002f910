/**
 * What the handler table needs from the outside world, passed in so that each handler can be tested alone
 * with fakes. The main process (`electron/main/`) and the end-to-end harness (`test/e2e/`) pass the real
 * services through {@link createAppHandlers}; the dialogs are Electron's in the app and scripted in tests.
 */
import type { Order } from '../../../core/model/order.js';
import type { ApiError } from '../../contract/api.js';
import type { PdfWriter } from '../export/index.js';
import type { FileAccess } from '../file-tokens.js';
import type { Registry, RegistryInfo } from '../registry/repository.js';
import type { SettingsStore } from './settings.js';

/** Result of the importer (shape fixed in notes/HELPERS.md, implemented by electron/services/import-file.ts). */
export type ImportResult =
  | { ok: true; order: Order; warnings: string[] }
  | { ok: false; error: { code: string; message: string } };

/** File-type filter of a system dialog, Electron's shape. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The system dialogs: each returns an absolute path, or null when the user cancels. */
export interface Dialogs {
  /** Asks for an order file to open. */
  chooseOrderFile(): Promise<string | null>;
  /** Asks where to save a file, suggesting `defaultName`. */
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>;
}

/** Everything the handler table calls. */
export interface HandlerDeps {
  /** Reads an order from `.txt`, `.md`, `.docx`, `.pdf` or the app's `.json`; never throws for bad input. */
  importFile(path: string): Promise<ImportResult>;
  dialogs: Dialogs;
  /**
   * The open registry (opened on first use and kept open), or why it cannot be opened (a newer database, the
   * file in use by another window…) with a Polish message.
   */
  registry(): Promise<{ ok: true; registry: Registry } | { ok: false; error: ApiError }>;
  /**
   * Which registry the app is set to use, as it may be shown (a server address without its password), known
   * even while it cannot be opened. Absent: the registry's own `info` once it is open.
   */
  registryTarget?: () => RegistryInfo;
  /**
   * The system user's name: the author recorded with each saved version of a draft unless the user set another
   * name in the settings.
   */
  author: string;
  /**
   * The files the renderer may name, by token (dialogs, drops, the recent-files list; `file-tokens.ts`). Absent:
   * a fresh in-memory one per handler table.
   */
  files?: FileAccess;
  /** The app's settings (the author's name the user set); absent: kept in memory for this run only. */
  settings?: SettingsStore;
  /**
   * Prints a standalone HTML page (the print preview) to PDF bytes: `webContents.printToPDF` of a hidden window in
   * the app, Chromium's `page.pdf()` in tests. Absent or null: `export:pdf` answers `unavailable`.
   */
  pdf?: PdfWriter | null;
  /**
   * Prints a standalone HTML page through the system print dialog (`webContents.print` of a hidden window in the
   * app). Resolves true when printed, false when the user cancelled; rejects when printing failed. Absent:
   * `print:order` answers `unavailable`.
   */
  print?: ((html: string) => Promise<boolean>) | null;
}
