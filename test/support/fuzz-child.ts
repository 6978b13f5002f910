/**
 * The fuzz suite in a child process bundled like the app (`npm run bench`, suite `fuzz`): builds the inputs,
 * imports each through the import worker and prints one JSON object: a summary per format and for all inputs,
 * the violations of the suite's rules, and the process's peak resident memory (worker included).
 * Usage: `node fuzz-child.cjs` (the bundle must stand two folders below the project root, as `dist/<name>/`).
 */
import { closeImportWorker, importFileIsolated } from '../../electron/services/import-isolated.js';
import { fuzzInputs, fuzzSummary, fuzzViolation, runFuzz } from './fuzz.js';

async function main(): Promise<void> {
  const records = await runFuzz(fuzzInputs(), importFileIsolated);
  await closeImportWorker();
  const violations = records.map((r) => ({ name: r.input.name, why: fuzzViolation(r, 2_000) })).filter((v) => v.why !== null);
  process.stdout.write(`${JSON.stringify({ ...fuzzSummary(records), violations, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

void main();
