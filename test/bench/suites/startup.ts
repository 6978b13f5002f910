/**
 * The first start of the registry screen with the sample registry (issue 15, point 4: under 500 ms), as a user of
 * the Electron app sees it, from the start of the app's own code to the registry's list painted, on a fresh data
 * folder (each start in a data folder and a browser context of its own, so nothing is cached), `RUNS` times:
 * p50/p95/max of each part:
 * - `mainMs`: the main process before its window: loading the built main bundle (`dist/electron/main.cjs`, in a
 *   fresh Node process, `child/load-main.mjs`), loading a fresh copy of its services bundle (`main-services.cjs`,
 *   `servicesMs`, in this process) and creating the handler table (`createAppHandlers`). The app loads its services
 *   once its window is created (main.ts), so that in Electron the renderer process boots beside that load; here
 *   Playwright's new page would wait for this process, so the load counts before the window: no credit is taken
 *   for running side by side;
 * - `windowMs`: creating the window, its renderer process started (Playwright's new page, which stands for
 *   `new BrowserWindow`; Playwright's own setup of the page is counted against us);
 * - `pageMs`: from asking for the page's navigation to the first paint of the registry's rows (Element Timing,
 *   `elementtiming="registry-list"` in `registry-screen.tsx`, read in the page: no polling by the test), with the
 *   registry opened meanwhile (`AppHandlers.warm`, as `electron/main/main.ts` does) and the sample added from its
 *   pre-import (`sample-preimported.json`, as the build ships it);
 * - `firstStartMs` = `mainMs` + `windowMs` + `pageMs`: the figure of the issue;
 * - `harnessMs`, not in it: what the test harness adds that Electron does not do or does before its `ready`: the
 *   browser context (Electron's session), the local server of the page's files (the `app://` scheme) and the
 *   test bridge's bindings (the preload), and `bridgeRoundTripMs`, one call of `window.api` through the test
 *   bridge after the start (Playwright's binding, a few ms where Electron's IPC takes well under one; the start's
 *   calls run in parallel, so about one of these is in `pageMs`).
 * Peer, interleaved in the same run: an earlier build of the project when `BENCH_STARTUP_BEFORE` names it (the
 * before/after of a change on the same machine in the same conditions), else the second start (a reload of the
 * same window: the registry open, the page's files cached). Also, once, the first start importing the sample
 * instead of reading its pre-import (the start before issue 15). Node's and Electron's own process start are not
 * measured (no Electron binary here). CPU times, which a busy machine does not inflate the way it inflates wall
 * times: `firstStartCpuMs` = the main bundle's load (its process's CPU) + the services' load (this process's CPU)
 * + the renderer process's CPU from its start to the list painted (`rendererCpuMs`, Chromium's `ProcessTime`, in
 * steps of 10 ms).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildElectron, MAIN_SERVICES_BUNDLE } from '../../../scripts/build-electron.js';
import { importText } from '../../../core/import/index.js';
import { preimportSample } from '../../../electron/services/registry/sample-preimport.js';
import { launchBrowser, openApp, ROOT, type AppSession } from '../../e2e/harness.js';
import { percentile } from '../measure.js';
import { spread } from '../keystroke.js';

/** Starts measured (p95 of 8 is their second largest). */
const RUNS = 8;
const LOAD_MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'child', 'load-main.mjs');

/**
 * Waits in the page for the first paint of the registry's rows; out: when it was painted (epoch ms) and the first
 * contentful paint (ms from the navigation). Throws after `timeoutMs`.
 */
async function listPainted(page: Page, timeoutMs = 30_000): Promise<{ paintedAt: number; fcpMs: number | null }> {
  const painted = page.evaluate(
    () =>
      new Promise<{ paintedAt: number; fcpMs: number | null }>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = (list.getEntries() as (PerformanceEntry & { renderTime: number; identifier: string })[]).find((e) => e.identifier === 'registry-list');
          if (!entry) return;
          observer.disconnect();
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({ paintedAt: performance.timeOrigin + (entry.renderTime || entry.startTime), fcpMs: fcp ? Math.round(fcp.startTime) : null });
        }).observe({ type: 'element', buffered: true });
      }),
  );
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Lista rejestru nie została narysowana.')), timeoutMs).unref());
  return Promise.race([painted, timeout]);
}

/** One call of `window.api` through the test bridge, measured in the page (ms). */
function bridgeRoundTrip(app: AppSession): Promise<number> {
  return app.page.evaluate(async () => {
    const t = performance.now();
    await (window as unknown as { api: { filesRecent(): Promise<unknown> } }).api.filesRecent();
    return Math.round((performance.now() - t) * 10) / 10;
  });
}


/** The parts of one first start (ms; see the module doc). */
type Start = Record<'mainBundle' | 'mainBundleCpu' | 'services' | 'servicesCpu' | 'firstStartCpu' | 'handlers' | 'main' | 'window' | 'page' | 'firstStart' | 'harness' | 'fcp' | 'rendererCpu' | 'bridgeRoundTrip' | 'secondStart', number>;

/**
 * The renderer process's CPU time (ms; Chromium's `ProcessTime`, counted from the process's start), read at
 * `read()`: the session is opened beforehand, so that the reading follows the moment it is asked for by one round
 * trip (the page's idle work after the paint, fetching the editor's modules, would otherwise count in it).
 */
async function rendererCpu(app: AppSession): Promise<{ read: () => Promise<number>; close: () => Promise<void> }> {
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Performance.enable');
  return {
    read: async () => Math.round(((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? NaN) * 1000),
    close: () => cdp.detach(),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
  // the bundles as the sources are now, inside the project so that their external packages resolve from node_modules
  const outDir = join(ROOT, 'dist', `bench-electron-${process.pid}`);
  const bundle = (await buildElectron(outDir)).main;
  const servicesBundle = join(outDir, MAIN_SERVICES_BUNDLE);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const samplePreimported = join(tmp, 'sample-preimported.json');
  writeFileSync(samplePreimported, JSON.stringify(preimportSample(join(ROOT, 'resources', 'sample'), importText)));
  const browser = await launchBrowser();
  /**
   * The builds measured in turns: `now`, and, when `BENCH_STARTUP_BEFORE` names the folder of an earlier build of
   * the project (its `dist/electron/main.cjs` and `dist/renderer`, its registry rows marked
   * `elementtiming="registry-list"`), `before`: that build, its main process loaded as it ships.
   */
  const before = process.env.BENCH_STARTUP_BEFORE;
  const variants: { name: 'now' | 'before'; bundle: string; services: boolean; rendererDir?: string }[] = [
    { name: 'now', bundle, services: true },
    ...(before ? [{ name: 'before' as const, bundle: join(before, 'dist', 'electron', 'main.cjs'), services: false, rendererDir: join(before, 'dist', 'renderer') }] : []),
  ];
  /** One first start on a fresh data folder, the `i`-th of its variant. */
  const oneStart = async (variant: (typeof variants)[number], i: number): Promise<Start> => {
    const { ms: mainBundle, cpuMs: mainBundleCpu } = JSON.parse(execFileSync(process.execPath, [LOAD_MAIN, variant.bundle], { encoding: 'utf8' })) as { ms: number; cpuMs: number };
    // the services bundle, a copy of its own so that Node's module cache does not hold it, loaded here before the
    // window (see the module doc: no credit for the load beside the renderer's boot)
    let services = 0;
    let servicesCpu = 0;
    if (variant.services) {
      const copy = join(outDir, `services-${i}.cjs`);
      copyFileSync(servicesBundle, copy);
      const t = performance.now();
      const c = process.cpuUsage();
      createRequire(import.meta.url)(copy);
      const used = process.cpuUsage(c);
      services = performance.now() - t;
      servicesCpu = (used.user + used.system) / 1000;
    }
    const app = await openApp(browser, undefined, { warm: true, samplePreimported, noWait: true, ...(variant.rendererDir ? { rendererDir: variant.rendererDir } : {}) });
    try {
      const cpu = await rendererCpu(app);
      const { paintedAt, fcpMs } = await listPainted(app.page);
      const rendererCpuMs = await cpu.read();
      await cpu.close();
      const s = app.startup;
      const page = paintedAt - s.navigationAt;
      const bridge = await bridgeRoundTrip(app);
      const reloadAt = Date.now();
      await app.page.reload({ waitUntil: 'commit' });
      const second = (await listPainted(app.page)).paintedAt - reloadAt;
      const main = mainBundle + services + s.handlersMs;
      return { mainBundle, mainBundleCpu, services, servicesCpu, firstStartCpu: mainBundleCpu + servicesCpu + rendererCpuMs, handlers: s.handlersMs, main, window: s.pageMs, page, firstStart: main + s.pageMs + page, harness: s.contextMs + s.serverMs + s.bridgeMs, fcp: fcpMs ?? NaN, rendererCpu: rendererCpuMs, bridgeRoundTrip: bridge, secondStart: second };
    } finally {
      await app.close();
    }
  };
  const runs = new Map<string, Start[]>(variants.map((v) => [v.name, []]));
  try {
    // one start to warm the browser's and the disk's caches of the program itself (not the page's: each context is new)
    await oneStart(variants[0]!, -1);
    // interleaved: each round starts with the next variant
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(i + k) % variants.length]!;
        runs.get(v.name)!.push(await oneStart(v, i));
      }
    }
    const now = runs.get('now')!;
    const earlier = runs.get('before');
    // the start before issue 15: the sample imported on the first start (no pre-import)
    const importing = await openApp(browser, undefined, { warm: true, noWait: true });
    const importingPage = (await listPainted(importing.page)).paintedAt - importing.startup.navigationAt;
    const importingMs = Math.round(importing.startup.handlersMs + importing.startup.pageMs + importingPage + percentile(now.map((r) => r.mainBundle + r.services), 50));
    await importing.close();

    const col = (rows: Start[], k: keyof Start) => spread(rows.map((r) => Math.round(r[k] * 10) / 10).filter((v) => Number.isFinite(v)));
    // the peer: the earlier build when measured, else the second start
    const peer = earlier
      ? { peer: `the earlier build (${before})`, peerMs: col(earlier, 'firstStart').p50, ratio: Math.round((col(now, 'firstStart').p50 / col(earlier, 'firstStart').p50) * 100) / 100 }
      : { peer: 'second start (reload: registry open, files cached)', peerMs: col(now, 'secondStart').p50 };
    return {
      firstStartMs: { ...col(now, 'firstStart'), runs: now.map((r) => Math.round(r.firstStart)), targetMs: 500, ...peer },
      firstStartCpuMs: { ...col(now, 'firstStartCpu'), ...(earlier ? { peer: 'the earlier build', peerMs: col(earlier, 'firstStartCpu').p50 } : {}) },
      parts: { mainBundleMs: col(now, 'mainBundle'), mainBundleCpuMs: col(now, 'mainBundleCpu'), servicesMs: col(now, 'services'), servicesCpuMs: col(now, 'servicesCpu'), handlersMs: col(now, 'handlers'), mainMs: col(now, 'main'), windowMs: col(now, 'window'), pageMs: col(now, 'page'), firstContentfulPaintMs: col(now, 'fcp'), rendererCpuMs: col(now, 'rendererCpu') },
      harnessMs: { ...col(now, 'harness'), bridgeRoundTripMs: col(now, 'bridgeRoundTrip'), note: 'browser context + page-file server + test-bridge bindings: not counted' },
      secondStartMs: col(now, 'secondStart'),
      ...(earlier ? { before: { build: before, firstStartMs: col(earlier, 'firstStart'), firstStartCpuMs: col(earlier, 'firstStartCpu'), mainBundleMs: col(earlier, 'mainBundle'), mainBundleCpuMs: col(earlier, 'mainBundleCpu'), windowMs: col(earlier, 'window'), pageMs: col(earlier, 'page'), rendererCpuMs: col(earlier, 'rendererCpu') } } : {}),
      firstStartImportingSampleMs: importingMs,
      conditions: { loadAvg1mBefore: loadBefore, loadAvg1mAfter: Math.round(loadavg()[0]! * 10) / 10, cores: cpus().length },
    };
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
