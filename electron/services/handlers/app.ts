/**
 * The handler table over the real services: what the Electron main process registers and what the
 * end-to-end tests put behind `window.api`, so that what is tested is what the app runs.
 */
import type { ApiError, HandlerTable } from '../../contract/api.js';
import { createFileAccess, type FileAccess } from '../file-tokens.js';
import { importFileIsolated } from '../import-isolated.js';
import { displayRegistryTarget, isPostgresUrl, openRegistry, recoveryDirs, registryPath, type Registry } from '../registry/index.js';
import type { Dialogs, HandlerDeps } from './deps.js';
import { createHandlers } from './index.js';
import { fileSettingsStore } from './settings.js';
import { createStaging } from './staging.js';

/** Where the app keeps its data and how it asks the user for files. */
export interface AppHandlerOptions {
  /** The data folder (`app.getPath('userData')` in the app, a fresh temporary folder in tests). */
  dataDir: string;
  dialogs: Dialogs;
  /** The system user's name: author of saved draft versions unless the user sets another (kept in `<dataDir>/settings.json`). */
  author: string;
  /** The sample registry loaded on first start (`resources/sample`); default: the source tree's. */
  sampleDir?: string;
  /** The sample as the build read it (`sample-preimported.json`, registry/sample-preimport.ts); absent: imported on first start. */
  samplePreimported?: string;
  /** The PDF writer (`webContents.printToPDF` in the app, Chromium in tests); absent: no PDF export. */
  pdf?: HandlerDeps['pdf'];
  /** The system print dialog; absent: no printing. */
  print?: HandlerDeps['print'];
  /**
   * How long after the registry opens the full integrity check runs in the background, ms (`registry:checkIntegrity`;
   * the start itself only runs the quick check). Absent: only on demand.
   */
  integrityCheckDelayMs?: number;
  /**
   * The registry to open: a SQLite file path or a `postgresql://` address. Default: the `registry` of
   * `<dataDir>/settings.json`, else `<dataDir>/rejestr.sqlite`.
   */
  registry?: string;
}

/** The table and what to do when the app quits. */
export interface AppHandlers {
  table: HandlerTable;
  /** The files the renderer may name by token; the main process registers the drop channel over it. */
  files: FileAccess;
  /** Closes the registry (checkpoints its journal, or ends the server connections); safe to call twice. */
  close(): Promise<void>;
  /**
   * Starts opening the registry now (on a first start: loading the sample registry), so that it is ready when the
   * window, still loading, asks for it; a failure is answered to that first call as usual.
   */
  warm(): void;
  /**
   * Saves the drafts' states the renderer staged (`draft:stage`) but may not have saved: when its window crashed
   * or does not answer on closing. Out: true when everything staged is saved.
   */
  saveStaged(): Promise<boolean>;
}

/**
 * Builds the handler table over the real services. The registry (see {@link AppHandlerOptions.registry}, with the
 * sample registry on first start) is opened on the first call that needs it; a failure to open (a server that
 * cannot be reached, a newer schema…) is returned to every such call as an error value and retried on the next one.
 * The full integrity check runs in the background `integrityCheckDelayMs` after it opens, when given.
 */
export function createAppHandlers(options: AppHandlerOptions): AppHandlers {
  let opening: Promise<{ ok: true; registry: Registry } | { ok: false; error: ApiError }> | null = null;
  let open: Registry | null = null;
  let background: ReturnType<typeof setTimeout> | null = null;
  const settings = fileSettingsStore(options.dataDir);
  const target = () => options.registry ?? settings.get().registry ?? registryPath(options.dataDir);
  const registry = () => {
    // a server registry keeps refused edits in the data folder (a file registry beside its file)
    const t = target();
    opening ??= openRegistry(t, { sample: { dir: options.sampleDir, preimported: options.samplePreimported }, ...(isPostgresUrl(t) ? { recoveryDirs: recoveryDirs(registryPath(options.dataDir)) } : {}) }).then((r) => {
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
  const registryTarget = () => {
    const t = target();
    return { engine: isPostgresUrl(t) ? ('postgresql' as const) : ('sqlite' as const), location: displayRegistryTarget(t) };
  };
  const table = createHandlers({ importFile: importFileIsolated, files, dialogs: options.dialogs, registry, registryTarget, author: options.author, settings, pdf: options.pdf ?? null, print: options.print ?? null });
  const staging = createStaging();
  table['draft:stage'] = staging.handler;
  return {
    table,
    files,
    warm() {
      void registry();
    },
    async saveStaged() {
      const save = table['draft:save'];
      return save ? (await staging.saveAll(save)).ok : staging.ids().length === 0;
    },
    async close() {
      if (background) clearTimeout(background);
      const closing = open;
      open = null;
      opening = null;
      if (closing) await closing.close();
    },
  };
}
