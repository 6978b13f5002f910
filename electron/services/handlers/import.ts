/**
 * Handlers of the `import:*` calls: read an order from a file the user chose in the system dialog, or from one
 * named by its token (dropped on the window, or from the recent-files list). A path from the renderer is never
 * accepted (`file-tokens.ts`).
 */
import { basename } from 'node:path';
import { z } from 'zod';
import type { ApiResult, FileRef, ImportedOrder } from '../../contract/api.js';
import { FORBIDDEN_FILE_MESSAGE, isReadableFile, type FileAccess } from '../file-tokens.js';
import { defineHandler, fail, ok } from './define.js';
import type { HandlerDeps } from './deps.js';

/** The argument naming a file: its token only (a `path`, or any other key, fails validation). */
const TokenArg = z.object({ token: z.string().min(1, 'brak identyfikatora pliku').max(100) }).strict();

/**
 * Reads one file through the importer (which also reads the app's own `.json`) and records it on the recent-files
 * list. Its errors (empty file, scan without text, unknown extension…) pass through with their code and Polish
 * message.
 */
export async function readOrderFile(deps: HandlerDeps, files: FileAccess, path: string): Promise<ApiResult<ImportedOrder>> {
  const fileName = basename(path);
  const r = await deps.importFile(path);
  if (!r.ok) return fail(r.error.code, r.error.message);
  await files.opened(path);
  return ok({ order: r.order, warnings: r.warnings, fileName });
}

/** The path of a token this run issued, or the refusal (the same words whatever was sent). */
export function fileOfToken<T>(files: FileAccess, token: string): { ok: true; path: string } | { ok: false; result: ApiResult<T> } {
  const path = files.resolve(token);
  return path ? { ok: true, path } : { ok: false, result: fail<T>('forbidden-file', FORBIDDEN_FILE_MESSAGE) };
}

/** `import:file`, `import:choose` and `files:recent`, over the file access `files`. */
export function importHandlers(deps: HandlerDeps, files: FileAccess) {
  return {
    'import:file': defineHandler(TokenArg, ({ token }) => {
      const f = fileOfToken<ImportedOrder>(files, token);
      return f.ok ? readOrderFile(deps, files, f.path) : f.result;
    }),
    'import:choose': defineHandler(z.undefined(), async () => {
      const path = await deps.dialogs.chooseOrderFile();
      if (path === null) return ok(null);
      return readOrderFile(deps, files, path);
    }),
    'files:recent': defineHandler(z.undefined(), () => ok(files.recent())),
  };
}

/**
 * The handler of `DROP_CHANNEL` (contract) (registered by the main process beside the table, not in it): the path
 * the preload took from a dropped `File` becomes a token, when it names a file the app reads. In:
 * `{ path }`. Out: `{ token, name }`, or `not-readable` with a Polish message.
 */
export function dropHandler(files: FileAccess) {
  return defineHandler(z.object({ path: z.string().max(4096) }).strict(), ({ path }) =>
    isReadableFile(path)
      ? ok(files.issue(path))
      : fail<FileRef>('not-readable', 'Upuszczony element nie jest plikiem, który program potrafi odczytać (PDF, DOCX, TXT, MD lub JSON).'),
  );
}
