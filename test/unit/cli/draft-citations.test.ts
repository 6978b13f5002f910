/**
 * `draft --replacing FILE [--db REGISTRY]` takes the newer of the replaced order's journal citation and the newest
 * known (shipped data, and with `--db` the registry's user entries and learned citations).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OrderFile } from '../../../core/model/order-file.js';
import { main } from '../../../electron/cli/main.js';
import { addUserCitation, openRegistry } from '../../../electron/services/registry/index.js';
import { GMINA_ACT_KEY } from '../../../core/templates/index.js';
import { OWN } from '../fixtures.js';

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(args, { out: () => {}, err: (s) => void (err += s) });
  return { code, err };
}
const dir = mkdtempSync(join(tmpdir(), 'hc-draft-cit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');

async function citationOfDraft(text: string, ...extra: string[]) {
  const src = join(dir, `z-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(src, text);
  const out = join(dir, 'projekt.json');
  const r = await cli(['draft', '--replacing', src, '--today', '2026-02-01', '--out', out, ...extra]);
  expect(r.code, r.err).toBe(0);
  const o = OrderFile.parse(readFileSync(out, 'utf8'));
  if (!o.ok) throw new Error(o.message);
  return o.order.legalBasis!.citation;
}

describe('draft --replacing and the journal citation', () => {
  it('keeps the replaced order’s newer citation; takes the registry’s newer one with --db', async () => {
    // the base order cites the newest shipped citation
    expect(await citationOfDraft(base)).toEqual({ year: 2024, positions: [1465, 1572, 1907, 1940] });
    // an order citing a newer one than any known keeps it
    const newer = base.replace('(Dz. U. z 2024 r. poz. 1465, 1572, 1907, 1940)', '(Dz. U. z 2025 r. poz. 1153)');
    expect(await citationOfDraft(newer)).toEqual({ year: 2025, positions: [1153] });
    // an older one is replaced by the newest known
    const older = base.replace('(Dz. U. z 2024 r. poz. 1465, 1572, 1907, 1940)', '(Dz. U. z 2020 r. poz. 713)');
    expect(await citationOfDraft(older)).toEqual({ year: 2024, positions: [1465, 1572, 1907, 1940] });
    // the registry knows a newer one (added by a user): --db takes it
    const db = join(dir, 'rejestr.sqlite');
    const opened = await openRegistry(db);
    if (!opened.ok) throw new Error(opened.error.message);
    const added = await addUserCitation(opened.registry, { actKey: GMINA_ACT_KEY, text: 'Dz. U. z 2026 r. poz. 40', currentFrom: '2026-01-15', author: 'Test' });
    expect(added.ok).toBe(true);
    await opened.registry.close();
    expect(await citationOfDraft(newer, '--db', db)).toEqual({ year: 2026, positions: [40] });
    // check --db: the draft citing 2025 poz. 1153 is older than the registry's newest
    const draftFile = join(dir, 'projekt.json');
    writeFileSync(draftFile, readFileSync(draftFile, 'utf8').replace('"positions": [\n        40\n      ]', '"positions": [\n        1153\n      ]').replace('"year": 2026', '"year": 2025'));
    let out = '';
    const checked = await main(['check', draftFile, '--today', '2026-02-01', '--db', db, '--json'], { out: (s) => void (out += s), err: () => {} });
    expect(checked).toBe(0);
    const codes = (JSON.parse(out) as { findings: Array<{ code: string; message: string }> }).findings.filter((f) => f.code === 'final.journal-citation');
    expect(codes.map((f) => f.message).join()).toMatch(/Dz\. U\. z 2026 r\. poz\. 40/);
    const missing = await cli(['draft', '--replacing', join(dir, 'nie-ma.txt'), '--db', join(dir, 'brak', 'x', 'r.sqlite'), '--out', join(dir, 'p.json')]);
    expect(missing.code).not.toBe(0);
  });
});
