/**
 * The standing fuzz suite (issue #14): a few hundred mutated copies of the real orders in each format, imported as
 * the app imports them (through the import worker). Every input is answered with an order or one Polish line,
 * none stops the worker or passes its limits (memory: 192 MB of heap, 300 MB of growth; time), none takes more
 * than 2 s of work, and the text-keeping mutations import without losing a word. The figures are printed, and
 * measured again by `npm run bench` (suite `fuzz`, in a child process bundled like the app, with its peak memory).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeImportWorker, importFileIsolated } from '../../../electron/services/import-isolated.js';
import { fuzzInputs, fuzzViolation, runFuzz, type FuzzRecord } from '../../support/fuzz.js';

afterAll(() => closeImportWorker());

const inputs = fuzzInputs();
const formats = [...new Set(inputs.map((i) => i.format))];

describe('fuzz suite', () => {
  it('has a few hundred inputs in every format', () => {
    expect(inputs.length).toBeGreaterThan(200);
    expect(formats).toEqual(expect.arrayContaining(['txt', 'docx']));
  });

  for (const format of formats) {
    it(`${format}: every input answered within limits, text-keeping ones without a lost word`, async () => {
      const records: FuzzRecord[] = await runFuzz(inputs.filter((i) => i.format === format), importFileIsolated);
      const broken = records.map((r) => ({ name: r.input.name, why: fuzzViolation(r, 2_000) })).filter((b) => b.why !== null);
      const ms = records.map((r) => r.ms).sort((a, b) => a - b);
      process.stdout.write(
        `fuzz ${format}: ${records.length} inputs (${records.filter((r) => r.input.keepsText).length} text-keeping), ${records.filter((r) => r.ok).length} imported, ` +
          `p50 ${ms[ms.length >> 1]} ms, max ${ms[ms.length - 1]} ms, max work ${Math.max(...records.map((r) => r.cpuMs))} ms\n`,
      );
      expect(broken).toEqual([]);
    });
  }

});
