/**
 * Bench: 10,000 inflections of real unit names (the fixtures' names and the test's own names, in rotation,
 * each into genitive, dative and instrumental in turn), and 10,000 inverse readings (toNominative).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflect, toNominative } from '../../../core/language/index.js';
import { OWN_CASES } from '../../unit/language/cases.js';
import { medianMs } from '../measure.js';

const N = 10_000;
const CASES = ['genitive', 'dative', 'instrumental'] as const;

export async function run(): Promise<Record<string, unknown>> {
  const here = dirname(fileURLToPath(import.meta.url));
  const fixture = JSON.parse(readFileSync(join(here, '../../../../shared/fixtures/expected/declension.json'), 'utf8')) as Record<string, Record<string, string>>;
  const names = [...new Set([...CASES.flatMap((c) => Object.keys(fixture[c] ?? {})), ...OWN_CASES.map((r) => r[0])])];
  const forms = names.map((n, i) => [inflect(n, CASES[i % 3]!), CASES[i % 3]!] as const);
  const inflectMs = await medianMs(() => {
    for (let i = 0; i < N; i++) inflect(names[i % names.length]!, CASES[i % 3]!);
  });
  const inverseMs = await medianMs(() => {
    for (let i = 0; i < N; i++) {
      const [f, c] = forms[i % forms.length]!;
      toNominative(f, c);
    }
  });
  return {
    distinctNames: names.length,
    inflect10kMs: inflectMs,
    inflectPerNameUs: Math.round((inflectMs / N) * 1000 * 100) / 100,
    toNominative10kMs: inverseMs,
  };
}
