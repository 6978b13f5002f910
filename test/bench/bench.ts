/**
 * `npm run bench [-- --json]`: runs every suite in `test/bench/suites/*.ts` (each exports
 * `run(): Promise<Record<string, unknown>>`) and prints their figures: milliseconds as the median of several runs,
 * memory in MB. With `--json` prints one JSON object `{ suiteName: figures, …, issue15: [...] }` and nothing
 * else; `issue15` lists the figures of issue 15 with their peers, ratios and targets (`issue-figures.ts`).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { issueFigures } from './issue-figures.js';

const here = dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const files = readdirSync(join(here, 'suites')).filter((f) => f.endsWith('.ts')).sort();
const result: Record<string, unknown> = {};
for (const f of files) {
  const name = f.replace(/\.ts$/, '');
  if (only && name !== only) continue;
  const mod = (await import(pathToFileURL(join(here, 'suites', f)).href)) as { run: () => Promise<Record<string, unknown>> };
  const figures = await mod.run();
  result[name] = figures;
  if (!json) {
    process.stdout.write(`\n== ${name} ==\n`);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`);
  }
}
const figures = issueFigures(result);
if (json) process.stdout.write(JSON.stringify({ ...result, issue15: figures }, null, 2) + '\n');
else if (figures.length) {
  process.stdout.write('\n== issue 15: figure, value, peer, ratio, target ==\n');
  for (const f of figures) process.stdout.write(`  ${f.met === null ? '?' : f.met ? 'ok' : 'MISSED'}  ${f.figure}: ${f.value ?? '—'}${f.peer ? ` vs ${f.peer} ${f.peerValue ?? '—'} (×${f.ratio ?? '—'})` : ''}; target ${f.target}\n`);
}
