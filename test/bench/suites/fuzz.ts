/**
 * Hostile files and the standing fuzz suite (issue #14), run the way the app imports (through the import worker)
 * in child processes bundled like the app, so that time, work (CPU) and peak memory are the import's own:
 * - `hostile.<file>`: each hostile file of the issue, alone in a fresh child: wall ms, CPU ms, peak RSS MB and
 *   the answer (target: 3 s, 500 MB, one Polish line);
 * - `fuzz.<format>`: a few hundred mutated real orders: inputs, imports, refusals, lost words (target 0), time and
 *   work per input; `fuzz.violations` (target 0) and the child's peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_WORKER_BUNDLE } from '../../../electron/services/import-isolated.js';
import { bundleNode } from '../../../scripts/build-electron.js';
import { buildImportChild, HOSTILE_CASES, importHostile } from '../../support/hostile-cases.js';
import { fixturePath } from '../../unit/fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export async function run(): Promise<Record<string, unknown>> {
  // two folders below the root: the fuzz child finds the fixtures from there, as the tests do
  const dir = join(root, 'dist', `bench-fuzz-${process.pid}`);
  const out: Record<string, unknown> = {};
  try {
    const importOne = await buildImportChild(root, dir);
    for (const c of HOSTILE_CASES) {
      const a = importHostile(importOne, c, dir, fixturePath('3842'));
      out[`hostile.${c.name}`] = { ms: a.ms, cpuMs: a.cpuMs, peakRssMb: a.maxRssMb, answer: a.ok ? `import (${a.units} units)` : a.message };
    }
    await bundleNode(join(root, 'test/support/fuzz-child.ts'), join(dir, 'fuzz-child.cjs'));
    await bundleNode(join(root, 'electron/services/import-worker.ts'), join(dir, IMPORT_WORKER_BUNDLE));
    const t = performance.now();
    const fuzz = JSON.parse(execFileSync(process.execPath, [join(dir, 'fuzz-child.cjs')], { encoding: 'utf8', timeout: 600_000 }).trim()) as Record<string, unknown>;
    for (const [k, v] of Object.entries(fuzz)) out[`fuzz.${k}`] = v;
    out['fuzz.totalMs'] = Math.round(performance.now() - t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
