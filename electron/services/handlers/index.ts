/**
 * The handler table: one handler per bridge call (`electron/contract/api.ts`). Each takes `unknown`, validates
 * it with zod, calls the services and the core, and returns plain data as an `ApiResult`. The same table is
 * registered with `ipcMain.handle` by the main process and exposed to the renderer by the end-to-end tests.
 */
import type { HandlerTable } from '../../contract/api.js';
import { createFileAccess } from '../file-tokens.js';
import { citationHandlers } from './citations.js';
import type { HandlerDeps } from './deps.js';
import { amendmentHandlers } from './amendments.js';
import { documentHandlers } from './document.js';
import { importHandlers } from './import.js';
import { outputHandlers } from './output.js';
import { registryHandlers } from './registry.js';
import { registryHealthHandlers } from './registry-health.js';
import { reviewHandlers } from './review.js';
import { collaborationHandlers } from './collaboration.js';
import { draftPathHandlers } from './draft-path.js';

export type { HandlerDeps, Dialogs, ImportResult, FileFilter } from './deps.js';

/**
 * Builds the handler table over the given dependencies.
 * In: the services and dialogs. Out: a table keyed by channel; channels whose service has not landed are absent.
 */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const files = deps.files ?? createFileAccess(null);
  return {
    ...importHandlers(deps, files),
    ...registryHandlers({ ...deps, files }),
    ...amendmentHandlers(deps),
    ...registryHealthHandlers(deps),
    ...collaborationHandlers(deps),
    ...draftPathHandlers(deps),
    ...documentHandlers(),
    ...reviewHandlers(),
    ...citationHandlers(deps),
    ...outputHandlers(deps),
  } satisfies HandlerTable;
}
