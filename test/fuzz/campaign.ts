/**
 * The hostile-file campaign, whole (issue 15, helper H): every hand-made hostile file and seeded mutations of real
 * documents (`test/support/hostile-campaign.ts`) through every entry point (`test/support/campaign-run.ts`): the
 * CLI's in-process import and `outline` with the window's work on the order (in a guarded child), a file dropped
 * on the window and read by `import:file` through the import worker, and HTML and text pasted (`import:paste`).
 * Prints the figures (cases, imports, refusals, crashes, hangs, guard stops, worst time and memory) and every
 * violation; exits 1 when there is one.
 *
 * Usage: `npm run campaign -- [--office] [--seed N] [--per N] [--only REGEX] [--json FILE]`
 * (`--office`: pandoc and LibreOffice make more real documents to mutate; `--per`: mutations per document, 12).
 */
import { writeFileSync } from 'node:fs';
import { closeImportWorker } from '../../electron/services/import-isolated.js';
import { judgeProcess, removeCases, runAppEntry, runProcessEntry, writeCases, type CampaignRecord } from '../support/campaign-run.js';
import { campaignMaterials, hostileCases, materialCases, mutationCases } from '../support/hostile-campaign.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const seed = Number(flag('--seed') ?? 15);
  const per = Number(flag('--per') ?? 12);
  const only = flag('--only');
  const t0 = performance.now();
  const m = await campaignMaterials({ office: process.argv.includes('--office') });
  let cases = [...materialCases(m), ...hostileCases(m), ...mutationCases(m, seed, per)];
  if (only) cases = cases.filter((c) => new RegExp(only).test(c.name));
  process.stderr.write(`kampania: ${cases.length} plików (materiały w ${Math.round(performance.now() - t0)} ms)\n`);
  const dir = writeCases(cases);
  const records: CampaignRecord[] = [];
  try {
    const answers = await runProcessEntry(cases, dir);
    for (const c of cases) records.push(judgeProcess(c, answers.get(c.name)!));
    process.stderr.write(`proces (CLI): gotowe po ${Math.round(performance.now() - t0)} ms\n`);
    records.push(...(await runAppEntry(cases, dir)));
  } finally {
    await closeImportWorker();
    removeCases(dir);
  }
  const summary: Record<string, unknown> = { cases: cases.length, seed, per };
  for (const entry of ['process', 'app', 'paste'] as const) {
    const rs = records.filter((r) => r.entry === entry);
    const worst = [...rs].sort((a, b) => b.ms - a.ms)[0];
    const worstMem = [...rs].filter((r) => r.maxRssMb !== null).sort((a, b) => b.maxRssMb! - a.maxRssMb!)[0];
    summary[entry] = {
      runs: rs.length,
      imported: rs.filter((r) => r.outcome === 'imported').length,
      refused: rs.filter((r) => r.outcome === 'refused').length,
      crash: rs.filter((r) => r.outcome === 'crash').length,
      hang: rs.filter((r) => r.outcome === 'hang').length,
      stoppedByGuard: rs.filter((r) => r.outcome === 'stopped').length,
      withViolations: rs.filter((r) => r.violations.length).length,
      worstMs: worst ? `${worst.ms} (${worst.name})` : null,
      worstRssMb: worstMem ? `${worstMem.maxRssMb} (${worstMem.name})` : null,
    };
  }
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const bad = records.filter((r) => r.violations.length);
  for (const r of bad) process.stdout.write(`[${r.entry}] ${r.name}: ${r.violations.join(' ; ')}\n`);
  const out = flag('--json');
  if (out) writeFileSync(out, JSON.stringify({ summary, records }, null, 1));
  return bad.length ? 1 : 0;
}

void main().then((code) => process.exit(code));
