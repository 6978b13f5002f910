/**
 * The desktop app's figures (issues 7 and 15), measured on the built renderer in Chromium with the real handler
 * table behind `window.api` (the end-to-end harness):
 * - `registryInteractiveMs`: from navigation to the registry table of the sample registry being shown and
 *   clickable, on a fresh data folder (first start: the sample is imported; target under 500 ms) and on a second
 *   start;
 * - `typing`: keystroke to paint (from a keydown to the next frame after it was handled), p50/p95/max in ms,
 *   typing 100 characters into a point in the middle of a scope of 500 and of 2,000 points of a draft replacing
 *   3468/2024 (so the checks and the comparison with the replaced order are live), one key every 30 ms (a fast
 *   typist; targets p95 ≤ 16 ms at 500 points, ≤ 33 ms at 2,000) and one every 10 ms (keys faster than a frame);
 * - `heapAfterLargestFixtureMb`: the page's JS heap after opening the largest fixture read-only.
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from '../measure.js';
import { FIXTURES, launchBrowser, measureTyping, openApp, openLargeDraft } from '../../e2e/harness.js';

/** p50/p95/max of a list of latencies (ms). */
function stats(l: number[]): { keys: number; p50: number; p95: number; max: number } {
  return { keys: l.length, p50: percentile(l, 50), p95: percentile(l, 95), max: percentile(l, 100) };
}

const PHRASE = 'koordynacja działań informacyjnych w zakresie komunikacji kryzysowej, w tym przygotowywanie komunikatów ';

export async function run(): Promise<Record<string, unknown>> {
  const browser = await launchBrowser();
  try {
    // time to an interactive registry screen: first start (fresh data folder, the sample registry is imported),
    // then a reload of the same window (the registry exists)
    const t0 = Date.now();
    const fresh = await openApp(browser);
    await fresh.page.getByRole('button', { name: /Nowy projekt zastępujący/ }).first().waitFor();
    const freshMs = Date.now() - t0;
    // the page's own part: from navigation to its script run (DOMContentLoaded)
    const pageScriptMs = await fresh.page.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
    const t1 = Date.now();
    await fresh.page.reload();
    await fresh.page.getByRole('button', { name: /Nowy projekt zastępujący/ }).first().waitFor();
    const secondStartMs = Date.now() - t1;
    await fresh.close();

    const typing: Record<string, unknown> = {};
    for (const points of [500, 2000]) {
      const app = await openApp(browser);
      try {
        await openLargeDraft(app, points);
        const mid = Math.floor(points / 2);
        typing[`points${points}_gap30`] = stats(await measureTyping(app, 'KS-01', mid, PHRASE, 30));
        typing[`points${points}_gap10`] = stats(await measureTyping(app, 'KS-01', mid + 1, PHRASE, 10));
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
      registryInteractiveMs: { freshDataFolder: freshMs, secondStart: secondStartMs, pageScriptMs, targetMs: 500 },
      typing,
      heapAfterLargestFixtureMb: { file: largest.split('/').pop(), heapMb: Math.round(usedSize / 1e5) / 10 },
    };
  } finally {
    await browser.close();
  }
}
