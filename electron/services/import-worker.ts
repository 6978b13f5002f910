/**
 * The import worker's entry (a worker thread started by `import-isolated.ts`): reads and imports one file per
 * message with the ordinary importer (`importFile`) and answers with its result. Messages in:
 * `{ id: number; path: string }`; out: first `{ id, loaded: true }` once the reader the file needs is loaded
 * (pdfjs is loaded on the first PDF: the main side starts measuring time and memory from there, so that loading
 * code is not taken for the file's cost), then `{ id: number; result: ImportResult }`. Anything the importer throws
 * (it should not) is answered as `unreadable` with a Polish line; a crash or an exhausted heap ends the thread
 * and is answered by the main side.
 */
import { basename, extname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { importFile, type ImportResult } from './import-file.js';
import { loadPdfjs } from './readers/pdf.js';

/** A request to the worker. */
export interface ImportRequest {
  id: number;
  path: string;
}

/** The worker's answers to {@link ImportRequest}: the reader is loaded, then the result. */
export type ImportReply = { id: number; loaded: true } | { id: number; result: ImportResult };

const port = parentPort;
if (port) {
  port.on('message', (req: ImportRequest) => {
    const load = extname(req.path).toLowerCase() === '.pdf' ? loadPdfjs().then(() => undefined, () => undefined) : Promise.resolve();
    void load
      .then(() => {
        port.postMessage({ id: req.id, loaded: true } satisfies ImportReply);
        return importFile(req.path);
      })
      .then(
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
