/**
 * A bounded, seeded sample of the hostile-file campaign (`test/fuzz/campaign.ts` runs it whole): the hand-made
 * files that once crashed, hung, ran away or reached the user in English, and a few seeded mutations of real
 * documents, each through every entry point (`test/support/campaign-run.ts`): the CLI's in-process import and
 * `outline` with the window's work on the order, in a guarded child; the file dropped on the window and read
 * through the import worker; HTML and text pasted. No input may crash, hang, be stopped by the worker's guard when
 * it must import, answer in English or in several lines, lose a word of a file that must import, or import a file
 * that must be refused. The figures are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportWorker } from '../../../electron/services/import-isolated.js';
import { judgeProcess, removeCases, runAppEntry, runProcessEntry, writeCases, type CampaignRecord } from '../../support/campaign-run.js';
import { campaignMaterials, hostileCases, mutationCases, type CampaignCase } from '../../support/hostile-campaign.js';

/** The cases of the sample: each a file that broke a rule before its fix (see the final report of helper H). */
const REGRESSIONS = [
  'ratio-bomb.docx', 'utf16-document.docx', 'zip64-extras.docx', 'zip64-end-record.docx', 'data-descriptors.docx', 'duplicate-case.docx',
  'encrypted-password.pdf', 'image-only.pdf', 'deep-arrays.pdf', 'nested-divs-100k.html', 'unclosed-divs-100k.html', 'latin2-no-meta.html',
  'latin2-meta-says-utf8.html', 'cp1250-no-meta.html', 'utf16le-no-bom.html', 'nul-bytes.html', 'nul-bytes.txt', 'one-line-30mb.txt',
  'li-200k.html', 'name-10mb.json', 'order-missing.json', 'version-string.json', 'units-not-array.json', 'parent-cycle.json', 'parent-self.json', 'duplicate-ids.json', 'order.json', 'billion-laughs.docx',
];

let cases: CampaignCase[] = [];
let dir = '';
const records: CampaignRecord[] = [];

beforeAll(async () => {
  const m = await campaignMaterials();
  const hostile = hostileCases(m).filter((c) => REGRESSIONS.includes(c.name));
  cases = [...hostile, ...mutationCases(m, 15, 2)];
  dir = writeCases(cases);
  const answers = await runProcessEntry(cases, dir, { deadlineMs: 60_000 });
  for (const c of cases) records.push(judgeProcess(c, answers.get(c.name)!));
  records.push(...(await runAppEntry(cases, dir)));
}, 600_000);

afterAll(async () => {
  await closeImportWorker();
  if (dir) removeCases(dir);
});

describe('hostile-file campaign (bounded sample)', () => {
  it('has every regression case and the mutations', () => {
    expect(cases.filter((c) => REGRESSIONS.includes(c.name)).map((c) => c.name).sort()).toEqual([...REGRESSIONS].sort());
    expect(cases.length).toBeGreaterThanOrEqual(REGRESSIONS.length + 10);
  });

  for (const entry of ['process', 'app', 'paste'] as const) {
    it(`${entry}: no crash, hang, runaway, English message or lost word`, () => {
      const rs = records.filter((r) => r.entry === entry);
      expect(rs.length).toBeGreaterThan(0);
      const worst = [...rs].sort((a, b) => b.ms - a.ms)[0]!;
      process.stdout.write(
        `campaign ${entry}: ${rs.length} runs, ${rs.filter((r) => r.outcome === 'imported').length} imported, ${rs.filter((r) => r.outcome === 'refused').length} refused, ` +
          `${rs.filter((r) => r.outcome === 'crash' || r.outcome === 'hang').length} crashed or hung, worst ${worst.ms} ms (${worst.name})` +
          `${entry === 'process' ? `, peak of the child ${Math.max(0, ...rs.map((r) => r.maxRssMb ?? 0))} MB` : ''}\n`,
      );
      expect(rs.filter((r) => r.violations.length).map((r) => `${r.name}: ${r.violations.join('; ')}`)).toEqual([]);
    });
  }
});
