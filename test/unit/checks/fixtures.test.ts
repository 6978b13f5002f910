/**
 * The checks on the real orders: every defect of ../shared/fixtures/expected/findings.json is reported at its
 * location, and the full list of findings equals the justified list in test/fixtures/checks/<fixture>.findings.json
 * (so a false alarm, or a defect no longer found, fails).
 * Timing is not asserted here: `npm run bench -- --only=checks` prints it (a slow or busy machine must not fail a test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder, type Finding } from '../../../core/checks/index.js';
import type { Order } from '../../../core/model/order.js';
import { importFile } from '../../../electron/services/import-file.js';
import { expected, fixturePath, OWN } from '../fixtures.js';

interface Justified {
  fixture: string;
  against?: string;
  findings: { code: string; where: string; document?: string; why: string }[];
}

const cache = new Map<string, Order>();
async function load(name: string): Promise<Order> {
  if (!cache.has(name)) {
    const r = await importFile(fixturePath(name));
    if (!r.ok) throw new Error(r.error.message);
    cache.set(name, r.order);
  }
  return cache.get(name)!;
}

async function run(key: string): Promise<Finding[]> {
  const [file, against] = key.split('--against--') as [string, string | undefined];
  return checkOrder(await load(file), { against: against ? await load(against) : undefined });
}

const key = (f: { code: string; where: string; document?: string }) => `${f.code} @ ${f.where}${f.document === 'against' ? ' (against)' : ''}`;

describe('checks on the fixtures', () => {
  const exp = expected<Record<string, { where: string; about: string }[] | string>>('findings.json');
  for (const [name, list] of Object.entries(exp)) {
    if (typeof list === 'string') continue;
    it(`reports every expected finding of ${name}`, async () => {
      const found = await run(name);
      for (const e of list) expect(found.filter((f) => f.document !== 'against').map((f) => f.where), e.about).toContain(e.where);
    });
  }

  const files = readdirSync(join(OWN, 'checks')).filter((f) => f.endsWith('.findings.json'));
  it('has a justified list for every fixture and the replaced-order pair', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  for (const f of files) {
    it(`finds exactly the justified defects of ${f}`, async () => {
      const j = JSON.parse(readFileSync(join(OWN, 'checks', f), 'utf8')) as Justified;
      for (const x of j.findings) expect(x.why.length, key(x)).toBeGreaterThan(15);
      const name = j.against ? `${j.fixture}--against--${j.against}` : j.fixture;
      const found = (await run(name)).map(key).sort();
      expect(found).toEqual(j.findings.map(key).sort());
    });
  }
});
