/**
 * The campaign's guarded child (`test/support/campaign-run.ts` starts it with a heap limit and watches it): reads
 * file paths, one per line, from standard input and for each runs, in this process, what the CLI runs (the
 * process-local importer, `importFile`, and the `outline` command) and, when the file imported, what the window
 * does with an opened order (render, checks, the chart's layout). Prints one JSON line per phase:
 * `{ start: path }` before, then `{ path, ok, code, message, cliExit, cliErr, after, ms, cpuMs, maxRssMb, order? }`
 * where `after` is null or the first line of what the window's work threw, and `order` the imported order's
 * strings when asked (`WITH_ORDER=1`) for the word check. A crash or a hang is seen by the parent as a missing
 * answer. Usage: `tsx campaign-child.ts` (paths on stdin).
 */
import { createInterface } from 'node:readline';
import { layoutChart } from '../../core/chart/layout.js';
import { checkOrder } from '../../core/checks/index.js';
import { renderDocument } from '../../core/render/document.js';
import { main } from '../../electron/cli/main.js';
import { importFile } from '../../electron/services/import-file.js';

const write = (o: unknown): void => void process.stdout.write(`${JSON.stringify(o)}\n`);

async function one(path: string): Promise<void> {
  write({ start: path });
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = await importFile(path);
  let after: string | null = null;
  if (r.ok) {
    try {
      renderDocument(r.order);
      checkOrder(r.order);
      layoutChart(r.order);
    } catch (e) {
      after = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0]!.slice(0, 300);
    }
  }
  let cliErr = '';
  const cliExit = await main(['outline', path], { out: () => undefined, err: (s) => (cliErr += s) });
  const used = process.cpuUsage(cpu);
  write({
    path,
    ok: r.ok,
    code: r.ok ? null : r.error.code,
    message: r.ok ? null : r.error.message,
    cliExit,
    cliErr: cliErr.slice(0, 2000),
    after,
    ms: Math.round(performance.now() - t),
    cpuMs: Math.round((used.user + used.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    order: r.ok && process.env.WITH_ORDER === '1' ? r.order : undefined,
  });
}

const lines = createInterface({ input: process.stdin });
let chain = Promise.resolve();
lines.on('line', (path) => {
  if (path.trim()) chain = chain.then(() => one(path.trim()));
});
lines.on('close', () => void chain.then(() => process.exit(0)));
