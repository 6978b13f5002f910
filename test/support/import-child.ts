/**
 * A child process for tests and benchmarks that must measure one import alone: imports `WARM` (starting the
 * import worker), then `FILE` through `importFileIsolated`, and prints one JSON line
 * `{ ok, code, message, units, ms, cpuMs, maxRssMb }`: the import's wall time and CPU time of the process (worker
 * already running), and the process's
 * peak resident memory over its whole life (worker thread included), from `process.resourceUsage().maxRSS`.
 * Usage: `node import-child.cjs WARM FILE` (bundled by the test, as the app is).
 */
import { closeImportWorker, importFileIsolated } from '../../electron/services/import-isolated.js';

async function main(): Promise<void> {
  const [warm, file] = process.argv.slice(2);
  if (!warm || !file) throw new Error('usage: import-child WARM FILE');
  await importFileIsolated(warm);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = await importFileIsolated(file);
  const ms = Math.round(performance.now() - t);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  await closeImportWorker();
  process.stdout.write(
    `${JSON.stringify({
      ok: r.ok,
      code: r.ok ? null : r.error.code,
      message: r.ok ? null : r.error.message,
      units: r.ok ? r.order.units.length : 0,
      ms,
      cpuMs,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

void main();
