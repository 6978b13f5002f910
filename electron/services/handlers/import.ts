/**
 * Handlers of the `import:*` calls: read an order from a file chosen by path or through the system dialog.
 */
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { OrderFile } from '../../../core/model/order-file.js';
import type { ApiResult, ImportedOrder } from '../../contract/api.js';
import { defineHandler, fail, ok } from './define.js';
import type { HandlerDeps } from './deps.js';

const PathArg = z.object({ path: z.string().min(1, 'ścieżka pliku jest pusta') });

/**
 * Reads one file: the app's own `.json` format through {@link OrderFile.parse}, anything else through the
 * importer. Errors of the importer (empty file, scan without text, unknown extension…) pass through with their
 * Polish message; a `.json` that cannot be read gives `file-unreadable` or `file-invalid`.
 */
export async function readOrderFile(deps: HandlerDeps, path: string): Promise<ApiResult<ImportedOrder>> {
  const fileName = basename(path);
  if (extname(path).toLowerCase() === '.json') {
    let text: string;
    try {
      text = await deps.readTextFile(path);
    } catch {
      return fail('file-unreadable', `Nie można odczytać pliku „${fileName}”.`);
    }
    const parsed = OrderFile.parse(text);
    if (!parsed.ok) return fail('file-invalid', parsed.message);
    return ok({ order: parsed.order, warnings: [], fileName });
  }
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
