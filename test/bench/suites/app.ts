/**
 * The desktop app's figures (issue 7), measured on the built renderer in Chromium with the real handler table
 * behind `window.api` (the end-to-end harness):
 * - `registryInteractiveMs`: from navigation to the registry table of the sample registry being shown and
 *   clickable, on a fresh data folder (first start: the sample is imported) and on a second start;
 * - `keystrokeToPaintMs`: p50 and p95 of the time from a keydown to the next frame, typing 100 characters
 *   (one every 30 ms, a fast typist) into a point of a scope of 500 points while the checks run (the Kontrola
 *   panel, the default, redraws with their findings; the common-duties list and the rest of the draft are on the page)
 *   (target p95 < 30 ms); `burstTypingMs`: the same with keys sent back to back (includes queueing);
 * - `heapAfterLargestFixtureMb`: the page's JS heap after opening the largest fixture read-only.
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from '../measure.js';
import { FIXTURES, launchBrowser, measureTyping, openApp, openLargeDraft } from '../../e2e/harness.js';

export async function run(): Promise<Record<string, unknown>> {
  const browser = await launchBrowser();
  try {
    // time to an interactive registry screen: first start (fresh data folder, the sample registry is imported),
    // then a reload of the same window (the registry exists)
    const t0 = Date.now();
    const fresh = await openApp(browser);
    await fresh.page.getByRole('button', { name: /Nowy projekt zastępujący/ }).first().waitFor();
    const freshMs = Date.now() - t0;
    const t1 = Date.now();
    await fresh.page.reload();
    await fresh.page.getByRole('button', { name: /Nowy projekt zastępujący/ }).first().waitFor();
    const secondStartMs = Date.now() - t1;

    // keystroke to paint in a scope of 500 points, chart panel live
    await openLargeDraft(fresh, 500);
    const phrase = 'koordynacja działań informacyjnych w zakresie komunikacji kryzysowej, w tym przygotowywanie komunikatów ';
    const latencies = await measureTyping(fresh, 'KS-01', 250, phrase, 30);
    const burst = await measureTyping(fresh, 'KS-01', 251, phrase, 0);
    await fresh.close();

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
      registryInteractiveMs: { freshDataFolder: freshMs, secondStart: secondStartMs },
      keystrokeToPaintMs: { scopePoints: 500, keyGapMs: 30, keys: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: percentile(latencies, 100) },
      burstTypingMs: { scopePoints: 500, keyGapMs: 0, p50: percentile(burst, 50), p95: percentile(burst, 95) },
      heapAfterLargestFixtureMb: { file: largest.split('/').pop(), heapMb: Math.round(usedSize / 1e5) / 10 },
    };
  } finally {
    await browser.close();
  }
}
