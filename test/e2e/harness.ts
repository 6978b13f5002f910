/**
 * End-to-end harness: the built renderer (`dist/renderer`) in Debian's Chromium driven by playwright-core, with
 * the REAL handler table of the app (`createAppHandlers`, the same one the Electron main process registers)
 * behind `window.api`, a fresh data folder per session and scripted system dialogs.
 *
 * The page is served by a small local static server that sends the app's Content Security Policy, so a
 * renderer that breaks the CSP fails here as it would in Electron. `window.api` is built from the contract's
 * method list: each method forwards to the handler of its channel through one Playwright binding (as JSON text). A file dropped on
 * the page reaches the main process's drop handler with the path the test registered for its name
 * (`AppSession.droppable`), standing in for Electron's `webUtils.getPathForFile` in the preload.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { METHODS, type ApiResult, type Channel, type MenuCommand, type ValueOf } from '../../electron/contract/api.js';
import { unavailable } from '../../electron/main/ipc.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.js';
import { createAppHandlers } from '../../electron/services/handlers/app.js';
import { printInNewPage } from '../../electron/services/export/index.js';
import { dropHandler } from '../../electron/services/handlers/import.js';
import type { Dialogs, FileFilter } from '../../electron/services/handlers/deps.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = join(ROOT, 'dist/renderer');
/** The real orders shared by the project. */
export const FIXTURES = resolve(ROOT, '../shared/fixtures');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Newest modification time (ms) of the files under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer with vite when `dist/renderer` is missing or older than `renderer/` or `core/` (`npm test` builds it
 * before the tests; this covers running one e2e file alone). A lock folder keeps parallel test files from
 * building at once.
 */
export function ensureRendererBuilt(): void {
  const index = join(RENDERER_DIR, 'index.html');
  // the renderer bundles core/ too (the checks, the model, the language): a change there makes the build stale as well
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'core')));
  if (fresh()) return;
  const lock = join(ROOT, 'dist', '.renderer-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error('Nie doczekano się budowania renderera (blokada dist/.renderer-build.lock).');
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.json': 'application/json', '.map': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (a free port) with the app's CSP. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Launches Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Dialogs answered by the test: queue the paths the user "chooses"; an empty queue means "Anuluj". */
export class ScriptedDialogs implements Dialogs {
  readonly openQueue: string[] = [];
  readonly saveQueue: string[] = [];
  readonly saveRequests: Array<{ defaultName: string; filters: FileFilter[] }> = [];
  async chooseOrderFile(): Promise<string | null> {
    return this.openQueue.shift() ?? null;
  }
  async chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null> {
    this.saveRequests.push({ defaultName, filters });
    return this.saveQueue.shift() ?? null;
  }
}

/** One running app: a page with the bridge, its data folder and dialogs, and everything the page reported. */
export interface AppSession {
  page: Page;
  dataDir: string;
  dialogs: ScriptedDialogs;
  /** Uncaught page errors and console errors (a CSP violation shows up here). */
  errors: string[];
  /** Channels the page called, in order. */
  calls: Channel[];
  /** Pages sent to the system print dialog (`print:order`), which the test answers as printed. */
  printed: string[];
  /** Paths of files the test drops on the page, by file name (what `webUtils.getPathForFile` gives in the app). */
  droppable: Map<string, string>;
  /** Calls the same handler table directly (to prepare data a test needs); throws on an error value. */
  call<C extends Channel>(channel: C, arg?: unknown): Promise<ValueOf<C>>;
  /** Sends an application-menu command, as the main process does. */
  menu(command: MenuCommand): Promise<void>;
  /**
   * Closes the window as the main process does (electron/main/close-guard.ts): asks the page to save and waits
   * at most `timeoutMs`; without an answer, saves what the page staged. Out: what happened; the page is closed.
   */
  closeWindow(timeoutMs?: number): Promise<'saved' | 'failed' | 'timeout'>;
  /** Saves what the page staged in the main process (`draft:stage`), as after a crash of the renderer. */
  saveStaged(): Promise<boolean>;
  /** Closes the registry as quitting the app does, so that another start can open the same data folder. */
  releaseRegistry(): Promise<void>;
  /** The chart window (a second page, as the app's second window), or null when none is open. */
  chartWindow(): Page | null;
  /** Full-page screenshot to `/tmp/e2e-<name>.png`; returns the path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
  /** How the start went, step by step (for the bench's first-start figure). */
  startup: StartupSteps;
}

/**
 * The steps of {@link openApp}'s start, each in ms of wall time, in order: `handlersMs` creating the handler table
 * (the main process's own start, before its window), `contextMs` the browser context (Electron's session, made
 * before the app is ready), `serverMs` (below), `pageMs` the page with its renderer process (Electron's `new BrowserWindow`),
 * `bridgeMs` installing the test bridge's bindings (Electron's preload, which costs the app almost nothing: this is
 * the harness's own cost), and `navigationAt`, the time (epoch ms, `Date.now()`) when the navigation was asked for.
 */
export interface StartupSteps {
  handlersMs: number;
  contextMs: number;
  /** The local server of the page's files (Electron: the `app://` scheme, registered before the app is ready). */
  serverMs: number;
  pageMs: number;
  bridgeMs: number;
  navigationAt: number;
}

/** Options of {@link openApp}: a second client of the same data (two people on one registry). */
export interface OpenAppOptions {
  /** The data folder to use (shared with another session; not removed on close). Default: a fresh one. */
  dataDir?: string;
  /** The system user's name (the author of saved versions). Default `Test E2E`. */
  author?: string;
  /** The registry to open (a file path or a `postgresql://` address). Default: the data folder's. */
  registry?: string;
  /** The sample as the build reads it (`sample-preimported.json`), as the app's main process passes it; absent: the first start imports the sample. */
  samplePreimported?: string;
  /** Opens the registry at once, while the page loads, as the app's main process does (`AppHandlers.warm`); default: on the first call. */
  warm?: boolean;
  /**
   * Returns as soon as the navigation is committed, without waiting for `.app` (Playwright's wait runs its own
   * script in the page, which would weigh on a start being measured); default: waits for `.app`.
   */
  noWait?: boolean;
  /** The built renderer to serve (another build, for a before/after comparison); default `dist/renderer`. */
  rendererDir?: string;
}

/**
 * Opens the renderer in a new browser context with the real handlers behind `window.api` and a fresh data
 * folder. In: a browser from {@link launchBrowser}, the viewport. Out: the session; close it in the test.
 */
export async function openApp(browser: Browser, viewport = { width: 1360, height: 880 }, options: OpenAppOptions = {}): Promise<AppSession> {
  ensureRendererBuilt();
  const ownData = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'zo-e2e-data-'));
  let stepAt = Date.now();
  const step = (): number => {
    const now = Date.now();
    const ms = now - stepAt;
    stepAt = now;
    return ms;
  };
  const dialogs = new ScriptedDialogs();
  const printed: string[] = [];
  const context = await browser.newContext({ viewport, locale: 'pl-PL' });
  const contextMs = step();
  // PDF: the preview page printed by this Chromium (page.pdf), as webContents.printToPDF does in the app
  const pdf = (html: string): Promise<Uint8Array> => printInNewPage(context, html);
  const print = async (html: string): Promise<boolean> => {
    printed.push(html);
    return true;
  };
  const handlers = createAppHandlers({ dataDir, dialogs, author: options.author ?? 'Test E2E', sampleDir: join(ROOT, 'resources', 'sample'), samplePreimported: options.samplePreimported, pdf, print, ...(options.registry ? { registry: options.registry } : {}) });
  const table = handlers.table;
  const handlersMs = step();
  const droppable = new Map<string, string>();
  const dropped = dropHandler(handlers.files);
  const server = await serveStatic(options.rendererDir ?? RENDERER_DIR);
  const serverMs = step();
  const errors: string[] = [];
  const calls: Channel[] = [];
  // the chart in a window of its own (electron/main/chart-window.ts): a second page of the context, as Electron
  // opens a second BrowserWindow on the same page of the app
  let chart: { page: Page; content: unknown } | null = null;
  const openChart = async (arg: { show: boolean } & Record<string, unknown>): Promise<ApiResult<{ open: boolean }>> => {
    const content = { order: arg.order, title: arg.title };
    if (chart && !chart.page.isClosed()) {
      chart.content = content;
      await chart.page.evaluate(() => (window as unknown as { __zoChartUpdated: () => void }).__zoChartUpdated());
      if (arg.show) await chart.page.bringToFront();
      return { ok: true, value: { open: true } };
    }
    chart = null;
    if (!arg.show) return { ok: true, value: { open: false } };
    const p = await context.newPage();
    chart = { page: p, content };
    await bridgePage(p);
    void p.goto(`${server.url}#schemat`);
    return { ok: true, value: { open: true } };
  };
  /** Puts the bridge (`window.api` over the real handlers) into a page of the context, before its scripts run. */
  const bridgePage = async (p: Page) => {
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    // arguments and results cross as JSON text, serialised natively on each side, as Electron's IPC copies them
    // natively (structured clone); Playwright's own serialiser walks every value in script, which would make each
    // call with a large order cost the page 100 ms and more that the app does not pay
    await p.exposeBinding('__zoInvoke', async (_source, channel: Channel, json: string | undefined): Promise<string> => {
      calls.push(channel);
      const handler = table[channel] as ((a: unknown) => Promise<ApiResult<unknown>>) | undefined;
      return JSON.stringify(await (handler ? handler(json === undefined ? undefined : JSON.parse(json)) : unavailable(channel)));
    });
    // the preload's fileDropped: a File becomes the path Electron knows for it ('' for a File the page made)
    await p.exposeBinding('__zoDrop', async (_source, name: string): Promise<ApiResult<unknown>> => dropped({ path: droppable.get(name) ?? '' }));
    await p.exposeBinding('__zoChartOpen', async (_source, arg: { show: boolean } & Record<string, unknown>) => openChart(arg));
    await p.exposeBinding('__zoChartContent', async ({ page: from }): Promise<ApiResult<unknown>> =>
      chart && chart.page === from ? { ok: true, value: chart.content } : { ok: false, error: { code: 'notFound', message: 'To nie jest okno schematu.' } });
    // window.close() closes the window, as Electron closes a BrowserWindow (Chromium would refuse: not opened by script)
    await p.exposeBinding('__zoClose', async ({ page: from }) => void setTimeout(() => void from.close(), 0));
    await p.addInitScript((methods: Record<string, string>) => {
      const w = window as unknown as Record<string, unknown>;
      window.close = () => void (w.__zoClose as () => Promise<void>)();
      const binding = w.__zoInvoke as (channel: string, json?: string) => Promise<string>;
      const drop = w.__zoDrop as (name: string) => Promise<unknown>;
      const listeners = new Set<(c: string) => void>();
      const api: Record<string, unknown> = {};
      // (no named function in here: the test runner's transform would wrap it in a helper the page does not have)
      for (const [method, channel] of Object.entries(methods)) api[method] = (arg?: unknown) => binding(channel, arg === undefined ? undefined : JSON.stringify(arg)).then((r) => JSON.parse(r) as unknown);
      api.fileDropped = (file: File) => drop(file.name);
      api.onMenuCommand = (fn: (c: string) => void) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      };
      // the main process's request to save before the window goes (close-guard.ts), answered by the page
      const flushers = new Set<() => Promise<boolean>>();
      api.onFlushRequest = (fn: () => Promise<boolean>) => {
        flushers.add(fn);
        return () => flushers.delete(fn);
      };
      const chartListeners = new Set<() => void>();
      api.openChartWindow = (arg: unknown) => (w.__zoChartOpen as (a: unknown) => Promise<unknown>)(arg);
      api.chartWindowContent = () => (w.__zoChartContent as () => Promise<unknown>)();
      api.onChartWindowUpdated = (fn: () => void) => {
        chartListeners.add(fn);
        return () => chartListeners.delete(fn);
      };
      w.api = Object.freeze(api);
      w.__zoMenu = (c: string) => listeners.forEach((fn) => fn(c));
      w.__zoChartUpdated = () => chartListeners.forEach((fn) => fn());
      w.__zoFlush = async () => {
        for (const fn of flushers) if (!(await fn().catch(() => false))) return false;
        return true;
      };
    }, METHODS as Record<string, string>);
  };
  // as the app's main process: the window is created (here: the page, its renderer process starting in the
  // browser's processes), then the registry opens (on a first start loading the sample) while the window starts
  // and loads its page
  const creating = context.newPage();
  if (options.warm) setImmediate(() => handlers.warm());
  const page = await creating;
  const pageMs = step();
  await bridgePage(page);
  const bridgeMs = step();
  const navigationAt = Date.now();
  await page.goto(server.url, options.noWait ? { waitUntil: 'commit' } : {});
  if (!options.noWait) await page.waitForSelector('.app');
  return {
    startup: { handlersMs, contextMs, serverMs, pageMs, bridgeMs, navigationAt },
    page,
    dataDir,
    dialogs,
    errors,
    calls,
    printed,
    droppable,
    async call(channel, arg) {
      const handler = table[channel] as ((a: unknown) => Promise<ApiResult<never>>) | undefined;
      const r = handler ? await handler(arg) : unavailable(channel);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value;
    },
    menu: (command) => page.evaluate((c) => (window as unknown as { __zoMenu: (c: string) => void }).__zoMenu(c), command),
    async closeWindow(timeoutMs = 5000) {
      const answer = page.evaluate(() => (window as unknown as { __zoFlush: () => Promise<boolean> }).__zoFlush());
      const outcome = await Promise.race([answer.then((saved) => (saved ? 'saved' as const : 'failed' as const)), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs))]);
      if (outcome === 'timeout') await handlers.saveStaged();
      await page.close({ runBeforeUnload: false });
      return outcome;
    },
    saveStaged: () => handlers.saveStaged(),
    chartWindow: () => (chart && !chart.page.isClosed() ? chart.page : null),
    releaseRegistry: () => handlers.close(),
    async screenshot(name) {
      const path = `/tmp/e2e-${name}.png`;
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await context.close();
      await server.close();
      await handlers.close();
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates (through the handler table) a draft replacing 3468/2024 whose unit KS-01 has `points` points, and opens
 * it in the editor from the registry screen. Out: the draft id and the unit's symbol.
 */
export async function openLargeDraft(app: AppSession, points: number): Promise<{ draftId: number; unitSymbol: string }> {
  const list = await app.call('registry:list');
  const old = list.find((e) => e.number === '3468/2024');
  if (!old) throw new Error('Brak zarządzenia 3468/2024 w rejestrze przykładowym.');
  const draft = await app.call('draft:create', { replacingId: old.id });
  const order = structuredClone(draft.order);
  const unit = order.units.find((u) => u.symbol === 'KS-01')!;
  if (unit.scope.kind !== 'tasks') throw new Error('KS-01 nie ma listy zadań.');
  unit.scope.tasks = Array.from({ length: points }, (_, i) => ({ id: `big-${i}`, text: [`zadanie numer ${i + 1} dotyczące spraw Wydziału i współpracy z komórkami Urzędu`], children: [] }));
  await app.call('draft:save', { id: draft.id, order });
  await app.page.reload();
  await app.page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).first().click();
  await app.page.locator('article.scope[data-unit="KS-01"] .block').nth(points - 1).waitFor();
  return { draftId: draft.id, unitSymbol: 'KS-01' };
}

/**
 * Types `text` at the end of point `index` (0-based) of a unit's scope, one key at a time, and measures for each
 * key the time from the keydown event to the end of the next frame after it was handled (keystroke to paint: the
 * frame's callbacks run, then its style, layout and paint, and a task queued from a frame callback runs after
 * them), in milliseconds. Keys come `gapMs` apart. Each key is a keydown, keypress and keyup as a keyboard sends
 * them, the Polish letters too (Playwright would insert a letter its US layout lacks as text, with no key event,
 * so that it went unmeasured: they are sent as the key events of a Polish keyboard's AltGr letter). Only the
 * typed keys are measured (the End, Shift+Home and Backspace that clear the point first are not).
 * In: a page with the scope (`article.scope[data-unit=…] .block-text`); `ready`, called once the point is cleared and
 * before the first typed key (to start a trace of the typed keys only). Out: one latency per character of `text`.
 */
export async function measureTyping(app: Pick<AppSession, 'page'>, unitSymbol: string, index: number, text: string, gapMs = 30, ready?: () => Promise<void>): Promise<number[]> {
  const block = app.page.locator(`article.scope[data-unit="${unitSymbol}"] .block-text`).nth(index);
  await block.scrollIntoViewIfNeeded();
  await block.click();
  await app.page.keyboard.press('End');
  // clear the point first, so the typed text is the whole point
  await app.page.keyboard.press('Shift+Home');
  await app.page.keyboard.press('Backspace');
  await app.page.evaluate(() => {
    const w = window as unknown as { __zoLatency: number[]; __zoListening?: boolean };
    w.__zoLatency = [];
    if (w.__zoListening) return;
    w.__zoListening = true;
    document.addEventListener('keydown', (e) => {
      // the list of the run the key belongs to (a key of an earlier run whose frame comes late stays in its own)
      const into = w.__zoLatency;
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => into.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  await ready?.();
  const cdp = await app.page.context().newCDPSession(app.page);
  try {
    // one key every `gapMs` (a fast typist: ~30 ms); keys sent faster than that only measure the queue
    for (const ch of text) {
      if (/^[\x20-\x7e]$/.test(ch)) await app.page.keyboard.type(ch);
      else {
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
      }
      await app.page.waitForTimeout(gapMs);
    }
  } finally {
    await cdp.detach();
  }
  await app.page.waitForTimeout(100);
  // every key was typed (the scope shows the text)
  const shown = shownText(await app.page.locator(`article.scope[data-unit="${unitSymbol}"]`).textContent());
  if (!shown.includes(text.trimEnd())) throw new Error(`Nie wpisano tekstu „${text.trimEnd()}”.`);
  return app.page.evaluate(() => (window as unknown as { __zoLatency: number[] }).__zoLatency);
}

/** CPU time of the page's threads while something ran (from a trace), in milliseconds. */
export interface PageCpu {
  /** The page's main thread (scripts, style, layout, paint preparation): what a keystroke waits for. */
  mainMs: number;
  /** The page's workers (the review worker). */
  workersMs: number;
}

/**
 * Runs `fn` while Chromium traces the page's tasks and returns the CPU time (thread time, `tdur`, so a busy
 * machine does not inflate it the way it inflates wall time) the page's main thread and its workers spent.
 * In: the session, the work to measure. Out: the work's result and the CPU figures.
 */
export async function pageCpu<T>(app: AppSession, fn: () => Promise<T>): Promise<{ value: T; cpu: PageCpu }> {
  const cdp = await app.page.context().newCDPSession(app.page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { value, cpu: traceCpu(events) };
}

/** One event of a Chromium trace (the fields read here). */
export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  id2?: { local?: string };
  args?: { name?: string; event_latency?: { event_type?: string } };
}

/**
 * The CPU time of the busiest page's threads in a trace with the `toplevel` and `__metadata` categories: every task
 * a thread ran (complete events, or begin/end pairs for long ones) by its thread time (`tdur`, so a busy machine does
 * not inflate it the way it inflates wall time). The page is the renderer whose main thread worked the most (the
 * browser's other renderers idle meanwhile). Out: the CPU figures and that renderer's process id.
 */
export function traceCpu(events: TraceEvent[]): PageCpu & { pid: number | null } {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const byThread = new Map<string, number>();
  const begun = new Map<string, number>();
  const add = (k: string, us: number) => byThread.set(k, (byThread.get(k) ?? 0) + us / 1000);
  for (const e of events) {
    if (e.name !== 'ThreadControllerImpl::RunTask') continue;
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.tdur) add(k, e.tdur);
    else if (e.ph === 'B' && e.tts !== undefined) begun.set(k, e.tts);
    else if (e.ph === 'E' && e.tts !== undefined && begun.has(k)) {
      add(k, e.tts - begun.get(k)!);
      begun.delete(k);
    }
  }
  const mains = [...byThread].filter(([k]) => names.get(k) === 'CrRendererMain').sort((a, b) => b[1] - a[1]);
  const pid = mains[0]?.[0].split(':')[0];
  const workersMs = [...byThread].filter(([k]) => k.startsWith(`${pid}:`) && /Worker/i.test(names.get(k) ?? '')).reduce((s, [, v]) => s + v, 0);
  return { mainMs: Math.round(mains[0]?.[1] ?? 0), workersMs: Math.round(workersMs), pid: pid === undefined ? null : Number(pid) };
}

/**
 * The text of a DOCX as a reader sees it: the `w:t` runs of each paragraph of `word/document.xml` (unzipped with
 * fflate) joined, one paragraph per line, entities decoded, non-breaking spaces and hyphens as plain ones.
 */
export function docxText(bytes: Uint8Array): string {
  // a non-breaking hyphen (`KS‑02` in unit symbols) is an element of its own, read as a hyphen
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ')
    .replace(/\u2011/g, '-');
}

/**
 * The words a text block shows, as a reader sees them: Slate keeps a zero-width character (U+FEFF) on each side
 * of a void inline (a mention or reference chip), which `textContent` returns with the words. In: text content
 * (null for none). Out: the words without those characters ('' for null).
 */
export function shownText(text: string | null): string {
  return (text ?? '').replace(/\ufeff/g, '');
}

/** The shown words ({@link shownText}) of every element the locator matches, in document order. */
export async function shownTexts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map(shownText);
}

/**
 * Puts the caret at the very end of an editor block (a point's `.block-text`): in its last text, which is the empty
 * text Slate keeps after an inline when the point ends with a chip (a unit mention or a provision reference).
 * End would go only to the end of the wrapped line, and the last `[data-slate-string]` is the text before the chip.
 */
export async function caretAtEnd(block: Locator): Promise<void> {
  await block.evaluate((el) => {
    const texts = el.querySelectorAll('[data-slate-string], [data-slate-zero-width]');
    const last = texts[texts.length - 1];
    const node = last?.firstChild;
    if (!node) return;
    window.getSelection()!.collapse(node, last.hasAttribute('data-slate-zero-width') ? 0 : node.textContent!.length);
  });
}
