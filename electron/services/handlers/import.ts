/**
 * Handlers of the `import:*` calls: read an order from a file the user chose in the system dialog, or from one
 * named by its token (dropped on the window, or from the recent-files list). A path from the renderer is never
 * accepted (`file-tokens.ts`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
  return ok({ order: r.order, warnings: r.warnings, fileName, token: files.issue(path).token });
}

/** Largest pasted content read, in characters (a long order is some 100,000). */
const MAX_PASTE = 5_000_000;
/** What was pasted: its text, its HTML, or both. */
export const PasteArg = z
  .object({ text: z.string().max(MAX_PASTE, 'wklejony tekst jest zbyt długi').optional(), html: z.string().max(MAX_PASTE, 'wklejona treść jest zbyt długa').optional() })
  .strict();

/**
 * Reads pasted content as a file would be read: written to a temporary `.html` (when HTML is given) or `.txt` file
 * and passed to the same importer (in its worker), then removed. Out: the order with the importer's notes, as
 * `schowek`; `empty` with a Polish message when nothing was pasted.
 */
export async function readPasted(deps: HandlerDeps, pasted: { text?: string; html?: string }): Promise<ApiResult<ImportedOrder>> {
  const html = pasted.html?.trim() ? pasted.html : null;
  const text = pasted.text ?? '';
  if (!html && !text.trim()) return fail('empty', 'Schowek jest pusty: skopiuj tekst zarządzenia (ze strony, z Worda lub z PDF) i wklej go ponownie.');
  const dir = await mkdtemp(join(tmpdir(), 'zo-schowek-'));
  try {
    const path = join(dir, html ? 'schowek.html' : 'schowek.txt');
    // the file is written in UTF-8 whatever the copied page declared (Word's clipboard says windows-1250)
    await writeFile(path, html ? `<meta charset="utf-8">${html.replace(/<meta[^>]*charset[^>]*>/gi, '')}` : text, 'utf8');
    const r = await deps.importFile(path);
    if (!r.ok) return fail(r.error.code, r.error.message);
    return ok({ order: r.order, warnings: r.warnings, fileName: 'schowek' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
    'import:paste': defineHandler(PasteArg, ({ text, html }) => readPasted(deps, { text, html })),
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
      : fail<FileRef>('not-readable', 'Upuszczony element nie jest plikiem, który program potrafi odczytać (PDF, DOCX, TXT, MD, HTML lub JSON).'),
  );
}
