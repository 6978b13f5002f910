/**
 * The import worker's entry (a worker thread started by `import-isolated.ts`): reads and imports one file per
 * message with the ordinary importer (`importFile`) and answers with its result. Messages in:
 * `{ id: number; path: string }`; out: `{ id, loaded: true }` when the import starts, `{ id, loading: true }` and
 * `{ id, loaded: true }` around loading pdfjs (once per worker: the main side does not count loading code as the
 * file's work and memory), then `{ id: number; result: ImportResult }`. Anything the importer throws
 * (it should not) is answered as `unreadable` with a Polish line; a crash or an exhausted heap ends the thread
 * and is answered by the main side.
 */
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { importFile, type ImportResult } from './import-file.js';
import { onPdfjsLoad } from './readers/pdf.js';

/** A request to the worker. */
export interface ImportRequest {
  id: number;
  path: string;
}

/** The worker's answers to {@link ImportRequest}: measuring starts (again), then the result. */
export type ImportReply = { id: number; loaded: true } | { id: number; loading: true } | { id: number; result: ImportResult };

const port = parentPort;
if (port) {
  port.on('message', (req: ImportRequest) => {
    onPdfjsLoad((phase) => port.postMessage((phase === 'loading' ? { id: req.id, loading: true } : { id: req.id, loaded: true }) satisfies ImportReply));
    port.postMessage({ id: req.id, loaded: true } satisfies ImportReply);
    void importFile(req.path).then(
      (result) => port.postMessage({ id: req.id, result } satisfies ImportReply),
      () =>
        port.postMessage({
          id: req.id,
          result: { ok: false, error: { code: 'unreadable', message: `Odczyt pliku „${basename(req.path)}” nie powiódł się: plik jest uszkodzony lub nietypowy.` } },
        } satisfies ImportReply),
    );
  });
  port.postMessage('ready');
}
