/**
 * The handler table over the real services: what the Electron main process registers and what the
 * end-to-end tests put behind `window.api`, so that what is tested is what the app runs.
 */
import type { ApiError, HandlerTable } from '../../contract/api.js';
import { createFileAccess, type FileAccess } from '../file-tokens.js';
import { importFileIsolated } from '../import-isolated.js';
import { closeRegistry, openRegistry, registryPath, type Registry } from '../registry/index.js';
import type { Dialogs, HandlerDeps } from './deps.js';
import { createHandlers } from './index.js';
import { fileSettingsStore } from './settings.js';

/** Where the app keeps its data and how it asks the user for files. */
export interface AppHandlerOptions {
  /** The data folder (`app.getPath('userData')` in the app, a fresh temporary folder in tests). */
  dataDir: string;
  dialogs: Dialogs;
  /** The system user's name: author of saved draft versions unless the user sets another (kept in `<dataDir>/settings.json`). */
  author: string;
  /** The sample registry loaded on first start (`resources/sample`); default: the source tree's. */
  sampleDir?: string;
  /** The PDF writer (`webContents.printToPDF` in the app, Chromium in tests); absent: no PDF export. */
  pdf?: HandlerDeps['pdf'];
  /** The system print dialog; absent: no printing. */
  print?: HandlerDeps['print'];
  /**
   * How long after the registry opens the full integrity check runs in the background, ms (`registry:checkIntegrity`;
   * the start itself only runs the quick check). Absent: only on demand.
   */
  integrityCheckDelayMs?: number;
}

/** The table and what to do when the app quits. */
export interface AppHandlers {
  table: HandlerTable;
  /** The files the renderer may name by token; the main process registers the drop channel over it. */
  files: FileAccess;
  /** Closes the registry (checkpoints its journal); safe to call twice. */
  close(): void;
}

/**
 * Builds the handler table over the real services. The registry (`<dataDir>/rejestr.sqlite`, with the sample
 * registry on first start) is opened on the first call that needs it; a failure to open is returned to every
 * such call as an error value and retried on the next one. The full integrity check runs in the background
 * `integrityCheckDelayMs` after it opens, when given.
 */
export function createAppHandlers(options: AppHandlerOptions): AppHandlers {
  let opening: Promise<{ ok: true; registry: Registry } | { ok: false; error: ApiError }> | null = null;
  let open: Registry | null = null;
  let background: ReturnType<typeof setTimeout> | null = null;
  const registry = () => {
    opening ??= openRegistry(registryPath(options.dataDir), { sample: { dir: options.sampleDir } }).then((r) => {
      if (!r.ok) {
        opening = null;
        return { ok: false as const, error: { code: r.error.code, message: r.error.message } };
      }
      open = r.registry;
      if (options.integrityCheckDelayMs !== undefined) {
        background = setTimeout(() => void table['registry:checkIntegrity']?.(undefined), options.integrityCheckDelayMs);
        background.unref?.();
      }
      return { ok: true as const, registry: r.registry };
    });
    return opening;
  };
  const files = createFileAccess(options.dataDir);
  const table = createHandlers({ importFile: importFileIsolated, files, dialogs: options.dialogs, registry, author: options.author, settings: fileSettingsStore(options.dataDir), pdf: options.pdf ?? null, print: options.print ?? null });
  return {
    table,
    files,
    close() {
      if (background) clearTimeout(background);
      if (open) closeRegistry(open);
      open = null;
      opening = null;
    },
  };
}
