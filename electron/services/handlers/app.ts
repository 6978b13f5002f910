/**
 * The handler table over the real services: what the Electron main process registers and what the
 * end-to-end tests put behind `window.api`, so that what is tested is what the app runs.
 */
import type { HandlerTable } from '../../contract/api.js';
import { importFile } from '../import-file.js';
import type { Dialogs } from './deps.js';
import { createHandlers } from './index.js';

/** Where the app keeps its data and how it asks the user for files. */
export interface AppHandlerOptions {
  /** The data folder (`app.getPath('userData')` in the app, a fresh temporary folder in tests). */
  dataDir: string;
  dialogs: Dialogs;
}

/** Builds the handler table over the real services. */
export function createAppHandlers(options: AppHandlerOptions): HandlerTable {
  return createHandlers({ importFile, dialogs: options.dialogs });
}
