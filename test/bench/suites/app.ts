/**
 * The desktop app's figures (issues 7 and 15), measured on the built renderer in Chromium with the real handler
 * table behind `window.api` (the end-to-end harness):
 * (the first start of the registry screen is measured by the `startup` suite);
 * - `typing`: keystroke to paint (from a keydown to the end of the next frame after it was handled), p50/p95/max in ms,
 *   typing 100 characters into a point in the middle of a scope of 500 and of 2,000 points of a draft replacing
 *   3468/2024 (so the checks and the comparison with the replaced order are live), one key every 30 ms (a fast
 *   typist; targets p95 ≤ 16 ms at 500 points, ≤ 33 ms at 2,000) and one every 10 ms (keys faster than a frame);
 *   with each, the CPU time (thread time, which other work on a busy machine does not inflate) of the page's main
 *   thread per key and of its workers (the review worker: checks and comparison), and the peer: the p95 of the
 *   same typing in a plain contenteditable of as many lines (`peerMs`), the browser's own cost at that moment;
 * - `conditions`: the machine's load average (1 min) before and after, and its cores: wall times on a loaded
 *   machine are longer than on a quiet one, CPU times much less so;
 * - `heapAfterLargestFixtureMb`: the page's JS heap after opening the largest fixture read-only.
 */
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { percentile } from '../measure.js';
import { FIXTURES, launchBrowser, measureTyping, openApp, openLargeDraft, pageCpu } from '../../e2e/harness.js';

/** p50/p95/max of a list of latencies (ms). */
function stats(l: number[]): { keys: number; p50: number; p95: number; max: number } {
  return { keys: l.length, p50: percentile(l, 50), p95: percentile(l, 95), max: percentile(l, 100) };
}

const PHRASE = 'koordynacja działań informacyjnych w zakresie komunikacji kryzysowej, w tym przygotowywanie komunikatów ';

/**
 * The peer of the typing figures: the same measure (the same keys, gaps and point in the middle) in a plain
 * contenteditable holding the same number of points as lines of text, in the same browser, with no script and no
 * styles: what the browser's own editing and frame pacing cost on this machine at that moment, the least an editor
 * in this window could show. Out: its p95 (ms) at `gapMs` between keys.
 */
async function bareTypingP95(browser: Browser, points: number, gapMs: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'pl-PL' });
  try {
    const page = await context.newPage();
    const lines = Array.from({ length: points }, (_, i) => `<div><span class="block-text">zadanie numer ${i + 1} dotyczące spraw Wydziału i współpracy z komórkami Urzędu</span></div>`);
    await page.setContent(`<!doctype html><html lang="pl"><body><article class="scope" data-unit="X"><div contenteditable="true">${lines.join('')}</div></article></body></html>`);
    return percentile(await measureTyping({ page }, 'X', Math.floor(points / 2), PHRASE, gapMs), 95);
  } finally {
    await context.close();
  }
}

/**
 * Typing measured with the page's CPU time: latencies (p50/p95/max) and CPU ms per key of the main thread and the
 * workers, with the peer's p95 (`bareTypingP95`) measured right after it (`peerMs`, so the ratio is read in the
 * same conditions).
 */
async function typed(app: Awaited<ReturnType<typeof openApp>>, browser: Browser, points: number, index: number, gapMs: number): Promise<Record<string, unknown>> {
  const { value, cpu } = await pageCpu(app, () => measureTyping(app, 'KS-01', index, PHRASE, gapMs));
  const own = stats(value);
  const peerMs = await bareTypingP95(browser, points, gapMs);
  return { ...own, mainCpuMsPerKey: Math.round((cpu.mainMs / PHRASE.length) * 10) / 10, workersCpuMsPerKey: Math.round((cpu.workersMs / PHRASE.length) * 10) / 10, peer: 'plain contenteditable, same points (p95)', peerMs };
}

/**
 * How much more main-thread CPU a keystroke costs at 2,000 points than at 500 (ratio of the per-key figures, 30 ms
 * between keys): 1 when a keystroke's cost does not grow with the document, 4 when it grows with it.
 */
function growth(typing: Record<string, unknown>): number | null {
  const cpu = (k: string) => (typing[k] as { mainCpuMsPerKey?: number } | undefined)?.mainCpuMsPerKey;
  const a = cpu('points500_gap30');
  const b = cpu('points2000_gap30');
  return a && b ? Math.round((b / a) * 100) / 100 : null;
}

export async function run(): Promise<Record<string, unknown>> {
  const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
  const browser = await launchBrowser();
  try {
    const typing: Record<string, unknown> = {};
    for (const points of [500, 2000]) {
      const app = await openApp(browser);
      try {
        await openLargeDraft(app, points);
        const mid = Math.floor(points / 2);
        typing[`points${points}_gap30`] = await typed(app, browser, points, mid, 30);
        typing[`points${points}_gap10`] = await typed(app, browser, points, mid + 1, 10);
      } finally {
        await app.close();
      }
    }

    // heap after opening the largest fixture
    const orders = join(FIXTURES, 'orders');
    const largest = readdirSync(orders).map((f) => join(orders, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const viewer = await openApp(browser);
    viewer.dialogs.openQueue.push(largest);
    await viewer.page.getByRole('button', { name: 'Otwórz zarządzenie…' }).first().click();
    await viewer.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
    const cdp = await viewer.page.context().newCDPSession(viewer.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await viewer.close();

    return {
      typing: { ...typing, mainCpuGrowth2000vs500: growth(typing) },
      heapAfterLargestFixtureMb: { file: largest.split('/').pop(), heapMb: Math.round(usedSize / 1e5) / 10 },
      conditions: { loadAvg1mBefore: loadBefore, loadAvg1mAfter: Math.round(loadavg()[0]! * 10) / 10, cores: cpus().length },
    };
  } finally {
    await browser.close();
  }
}
