/**
 * The desktop app's figures (issues 7 and 15), measured on the built renderer in Chromium with the real handler
 * table behind `window.api` (the end-to-end harness); the first start of the registry screen is measured by the
 * `startup` suite and typing (keystroke to paint at 500 and 2,000 points, with its peer) by the `typing` suite:
 * - `conditions`: the machine's load average (1 min) before and after, and its cores: wall times on a loaded
 *   machine are longer than on a quiet one, CPU times much less so;
 * - `heapAfterLargestFixtureMb`: the page's JS heap after opening the largest fixture read-only.
 */
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, launchBrowser, openApp } from '../../e2e/harness.js';

export async function run(): Promise<Record<string, unknown>> {
  const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
  const browser = await launchBrowser();
  try {
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
      heapAfterLargestFixtureMb: { file: largest.split('/').pop(), heapMb: Math.round(usedSize / 1e5) / 10 },
      conditions: { loadAvg1mBefore: loadBefore, loadAvg1mAfter: Math.round(loadavg()[0]! * 10) / 10, cores: cpus().length },
    };
  } finally {
    await browser.close();
  }
}
