/**
 * The main process's services, loaded after its window is created (bundled apart, to
 * `dist/electron/main-services.cjs`, by `scripts/build-electron.ts`): the handler table and everything behind it
 * (the registry, the importer, the checks, the exports, zod's schemas, docx…), which is most of the main process's
 * code. `main.ts` creates the window first and loads this module while the window's renderer process starts, so
 * the two run side by side on a first start (issue 15: the registry screen under 500 ms) instead of one after the
 * other.
 */
export { createAppHandlers, type AppHandlers } from '../services/handlers/app.js';
export { dropHandler } from '../services/handlers/import.js';
export { PREIMPORTED_FILE } from '../services/registry/sample-preimport.js';
