/**
 * `npm run bench [-- --json] [-- --only=NAME[,NAME…]]`: runs every suite in `test/bench/suites/*.ts` (each exports
 * `run(): Promise<Record<string, unknown>>`) and prints their figures: milliseconds as the median of several runs,
 * memory in MB. With `--json` prints one JSON object and nothing else:
 * `{ suiteName: figures, …, issue15: [...], issue15Scaling: [...], conditions: {...} }`, where `issue15` lists the
 * figures of issue 15 with their peers, ratios and targets (`issue-figures.ts`), `issue15Scaling` the scaling
 * table (10 to 600 units) with the growth exponent of each step, and `conditions` the machine's load average
 * (1 min) before and after, its cores and the seconds each suite took: wall times on a loaded machine are longer,
 * the ratios to peers measured in the same interleaved run much less so.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { issueFigures, issueScaling } from './issue-figures.js';

const here = dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const files = readdirSync(join(here, 'suites')).filter((f) => f.endsWith('.ts')).sort();
const load = (): number => Math.round(loadavg()[0]! * 10) / 10;
const loadBefore = load();
const seconds: Record<string, number> = {};
const started = performance.now();
const result: Record<string, unknown> = {};
for (const f of files) {
  const name = f.replace(/\.ts$/, '');
  if (only && !only.includes(name)) continue;
  const t = performance.now();
  const mod = (await import(pathToFileURL(join(here, 'suites', f)).href)) as { run: () => Promise<Record<string, unknown>> };
  const figures = await mod.run();
  seconds[name] = Math.round((performance.now() - t) / 100) / 10;
  result[name] = figures;
  if (!json) {
    process.stdout.write(`\n== ${name} (${seconds[name]} s) ==\n`);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`);
  }
}
const figures = issueFigures(result);
const scaling = issueScaling(result);
const conditions = { loadAvg1mBefore: loadBefore, loadAvg1mAfter: load(), cores: cpus().length, suiteSeconds: seconds, totalSeconds: Math.round((performance.now() - started) / 100) / 10 };
if (json) process.stdout.write(JSON.stringify({ ...result, issue15: figures, issue15Scaling: scaling, conditions }, null, 2) + '\n');
else {
  if (figures.length) {
    process.stdout.write('\n== issue 15: figure, value, peer, ratio, target ==\n');
    for (const f of figures) process.stdout.write(`  ${f.met === null ? '?' : f.met ? 'ok' : 'MISSED'}  ${f.figure}: ${f.value ?? '—'}${f.peer ? ` vs ${f.peer} ${f.peerValue ?? '—'} (×${f.ratio ?? '—'})` : ''}; target ${f.target}\n`);
  }
  if (scaling.length) {
    process.stdout.write('\n== issue 15: scaling (ms; compareHeap in MB; and the growth exponent of each step over the number of tasks) ==\n');
    const cols = ['import', 'checks', 'compare', 'compareCpu', 'compareHeap', 'render'];
    process.stdout.write(`  ${'units'.padStart(5)} ${'tasks'.padStart(6)} ${cols.map((c) => c.padStart(18)).join('')}\n`);
    for (const r of scaling) {
      const cell = (c: string) => `${r[`${c}Ms`] ?? r[`${c}Mb`] ?? '—'}${r[`${c}Exp`] !== undefined ? ` (^${r[`${c}Exp`]})` : ''}`.padStart(18);
      process.stdout.write(`  ${String(r.units).padStart(5)} ${String(r.tasks).padStart(6)} ${cols.map(cell).join('')}\n`);
    }
  }
  process.stdout.write(`\n== conditions ==\n  ${JSON.stringify(conditions)}\n`);
}
