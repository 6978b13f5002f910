/**
 * Importing a file outside the calling thread: the file is read and imported by `import-worker.ts` in a worker
 * thread with a heap limit (V8 `resourceLimits`), a time limit and a watch on the process's memory, so that a
 * reader that runs away (a parser bug, an input no limit foresaw) costs one Polish line, not the app: an
 * exhausted heap ends only the worker thread, and a worker past its time or memory is terminated. The window's
 * process and the registry never run a parser, and never load pdfjs (whose polyfills replace built-ins).
 *
 * One worker serves the imports one at a time and is kept for the next import (pdfjs and mammoth load once); it
 * is released after a minute without work and replaced after any failure. The app's handlers and its registry
 * import call {@link importFileIsolated} instead of `importFile`; the CLI imports in its own process
 * (`cli/load-order.ts`: a process the user started for one file, which the thread's start would slow down).
 *
 * The worker script: in a bundle, `import-worker.cjs` beside the main bundle (`scripts/build-electron.ts`) or
 * `import-worker.mjs` beside the CLI's (`scripts/build-cli.mjs`); from
 * sources (tsx, vitest), `import-worker.ts` loaded through tsx registered in the thread.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from './import-file.js';
import type { ImportReply, ImportRequest } from './import-worker.js';
import { seconds, workClock } from './work-time.js';

/** Limits of one isolated import. */
export interface ImportLimits {
  /** Work of one import once its reader is loaded, in milliseconds of the process's CPU time (`work-time.ts`). */
  workMs: number;
  /** Wall time of one import once its reader is loaded, in milliseconds (a backstop: a busy machine is slower). */
  wallMs: number;
  /** The worker's V8 heap (old generation), in MB. */
  heapMb: number;
  /** Growth of the process's resident memory during one import (buffers outside the heap included), in MB. */
  memoryMb: number;
}

/**
 * Default limits. The largest real imports (a 70-page PDF, a DOCX of a long order with mammoth's cross-check)
 * take well under 1 s and under 100 MB on the development machine; the readers' own limits answer the hostile
 * files they know quickly, and these answer the rest within 3 s and 500 MB for the whole process (issue #14).
 */
export const IMPORT_LIMITS: ImportLimits = { workMs: 2_500, wallMs: 20_000, heapMb: 192, memoryMb: 300 };

/** File name of the bundled worker, written beside the main bundle by `scripts/build-electron.ts`. */
export const IMPORT_WORKER_BUNDLE = 'import-worker.cjs';
/** The same as an ES module, written beside the CLI's bundle by `scripts/build-cli.mjs`. */
export const IMPORT_WORKER_ESM_BUNDLE = 'import-worker.mjs';

/** How long an idle worker is kept for the next import, in milliseconds. */
const IDLE_MS = 60_000;
/** How long the worker may take to start (load its modules), in milliseconds. */
const START_MS = 60_000;
const MB = 1024 * 1024;

function workerScript(): { script: string; eval: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of [IMPORT_WORKER_BUNDLE, IMPORT_WORKER_ESM_BUNDLE]) {
    const bundled = join(here, name);
    if (existsSync(bundled)) return { script: bundled, eval: false };
  }
  const source = pathToFileURL(join(here, 'import-worker.ts')).href;
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  return { script: `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`, eval: true };
}

const failure = (code: 'tooLarge' | 'unreadable', message: string): ImportResult => ({ ok: false, error: { code, message } });

interface Running {
  worker: Worker;
  heapMb: number;
  ready: Promise<boolean>;
}

let running: Running | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;
let idle: NodeJS.Timeout | undefined;

function discard(r: Running): void {
  if (running === r) running = null;
  void r.worker.terminate();
}

function start(heapMb: number): Running {
  const { script, eval: isEval } = workerScript();
  // no inherited -r / --import: the parent's preloads (a test's fake modules, tsx) are not the worker's
  const worker = new Worker(script, { eval: isEval, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: false, stderr: false });
  const self: Running = {
    worker,
    heapMb,
    ready: new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), START_MS);
      worker.once('message', (m) => {
        clearTimeout(timer);
        resolve(m === 'ready');
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    }),
  };
  // a worker that fails or ends between imports is dropped; an 'error' event never goes unheard
  const drop = (): void => {
    if (running === self) running = null;
  };
  worker.on('error', drop).on('exit', drop);
  return self;
}

async function runOne(path: string, limits: ImportLimits): Promise<ImportResult> {
  clearTimeout(idle);
  const name = basename(path);
  if (running && running.heapMb !== limits.heapMb) discard(running);
  const r = (running ??= start(limits.heapMb));
  r.worker.ref();
  if (!(await r.ready)) {
    discard(r);
    return failure('unreadable', 'Nie udało się uruchomić modułu importu plików; spróbuj ponownie.');
  }
  const result = await new Promise<ImportResult>((resolve) => {
    const id = nextId++;
    let baseline = process.memoryUsage.rss();
    let timer: NodeJS.Timeout | undefined;
    let watch: NodeJS.Timeout | undefined;
    const finish = (res: ImportResult, broken: boolean): void => {
      clearTimeout(timer);
      clearInterval(watch);
      r.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (broken) discard(r);
      resolve(res);
    };
    const stop = (what: string): void =>
      finish(failure('tooLarge', `Import pliku „${name}” przerwano${what}; plik jest zbyt duży lub zbyt złożony.`), true);
    /** Measures from now: the wall clock by a timer; with `workMs`, memory growth and work every 20 ms too. */
    const measure = (workMs: number | null, wallMs: number, limit: string): void => {
      clearTimeout(timer);
      clearInterval(watch);
      baseline = process.memoryUsage.rss();
      const work = workClock();
      timer = setTimeout(() => stop(` po ${seconds(wallMs)} (${limit})`), wallMs);
      if (workMs === null) return;
      watch = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > limits.memoryMb * MB) stop(`: potrzebował ponad ${limits.memoryMb} MB pamięci (limit pamięci importu)`);
        else if (work() > workMs) stop(` po ${seconds(workMs)} pracy (${limit})`);
      }, 20);
    };
    const onMessage = (m: ImportReply): void => {
      if (!m || m.id !== id) return;
      if ('loading' in m) measure(null, START_MS, 'limit czasu uruchomienia modułu importu');
      else if ('loaded' in m) measure(limits.workMs, limits.wallMs, 'limit czasu importu');
      else finish(m.result, false);
    };
    const onError = (e: Error & { code?: string }): void =>
      finish(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failure('tooLarge', `Import pliku „${name}” przerwano: potrzebował ponad ${limits.heapMb} MB pamięci (limit pamięci importu); plik jest zbyt duży lub zbyt złożony.`)
          : failure('unreadable', `Import pliku „${name}” nie powiódł się: moduł odczytu zakończył pracę z błędem; plik jest uszkodzony lub nietypowy.`),
        true,
      );
    const onExit = (): void => finish(failure('unreadable', `Import pliku „${name}” nie powiódł się: moduł odczytu zakończył pracę; plik jest uszkodzony lub nietypowy.`), true);
    r.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // until the reader is loaded: the start-up allowance, then the import's own limits from the worker's word
    measure(null, START_MS, 'limit czasu uruchomienia modułu importu');
    r.worker.postMessage({ id, path } satisfies ImportRequest);
  });
  if (running === r) {
    r.worker.unref();
    idle = setTimeout(() => discard(r), IDLE_MS);
    idle.unref();
  }
  return result;
}

/**
 * Imports the order file at `path` in the import worker (see the module doc).
 * In: a path; limits (default {@link IMPORT_LIMITS}). Out: the importer's {@link ImportResult}, or, when the
 * worker had to be stopped, `tooLarge` (time or memory limit passed; the message names the limit) or
 * `unreadable` (the worker failed or could not start). Imports run one at a time in call order. Never throws.
 */
export function importFileIsolated(path: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportResult> {
  const job = queue.then(() => runOne(path, limits));
  queue = job.catch(() => undefined);
  return job;
}

/** Stops the import worker (when the app quits, or after tests); the next import starts a new one. */
export async function closeImportWorker(): Promise<void> {
  clearTimeout(idle);
  const r = running;
  running = null;
  if (r) await r.worker.terminate();
}
