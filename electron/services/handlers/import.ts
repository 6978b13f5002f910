/**
 * Handlers of the `import:*` calls: read an order from a file chosen by path or through the system dialog.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import type { ApiResult, ImportedOrder } from '../../contract/api.js';
import { defineHandler, fail, ok } from './define.js';
import type { HandlerDeps } from './deps.js';

const PathArg = z.object({ path: z.string().min(1, 'ścieżka pliku jest pusta') });

/**
 * Reads one file through the importer (which also reads the app's own `.json`). Its errors (empty file, scan
 * without text, unknown extension…) pass through with their code and Polish message.
 */
export async function readOrderFile(deps: HandlerDeps, path: string): Promise<ApiResult<ImportedOrder>> {
  const fileName = basename(path);
  const r = await deps.importFile(path);
  if (!r.ok) return fail(r.error.code, r.error.message);
  return ok({ order: r.order, warnings: r.warnings, fileName });
}

/** `import:file` and `import:choose`. */
export function importHandlers(deps: HandlerDeps) {
  return {
    'import:file': defineHandler(PathArg, ({ path }) => readOrderFile(deps, path)),
    'import:choose': defineHandler(z.undefined(), async () => {
      const path = await deps.dialogs.chooseOrderFile();
      if (path === null) return ok(null);
      return readOrderFile(deps, path);
    }),
  };
}
