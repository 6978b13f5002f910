/**
 * `amend OLD NEW --out ZM.json` and `consolidate BASE ZM.json --out ORDER.json` through the CLI (from source, in
 * this process): the amending order renders, and the text in force has NEW's units.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { main } from '../../../electron/cli/main.js';
import { fixturePath } from '../fixtures.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'h17-amend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('amend and consolidate on the command line', () => {
  it('writes the amending order, renders it, and consolidates it back', async () => {
    const base = fixturePath('3468');
    const r = importText(readFileSync(base, 'utf8'), 'txt');
    if (!r.ok) throw new Error(r.error.message);
    const next = structuredClone(r.order);
    next.units[1]!.name += ' i Analiz';
    delete next.units[1]!.forms;
    writeFileSync(join(dir, 'new.json'), OrderFile.serialize(next));
    const a = await cli(['amend', base, join(dir, 'new.json'), '--out', join(dir, 'zm.json')]);
    expect(a.code).toBe(0);
    expect(a.err).toMatch(/^Zmian: \d+; zmienione jednostki redakcyjne: \d+ z \d+ \(\d+%, próg 50%\)/);
    const shown = await cli(['render', join(dir, 'zm.json')]);
    expect(shown.out.replace(/\u00a0/g, ' ')).toContain('W zarządzeniu nr 3468/2024 Prezydenta Miasta Krakowa');
    // checked against the order it amends: no finding (its points cite the amended order's units, not its own)
    const checked = await cli(['check', join(dir, 'zm.json'), '--against', base]);
    expect(checked.out).toBe('Nie znaleziono błędów.\n');
    const c = await cli(['consolidate', base, join(dir, 'zm.json'), '--out', join(dir, 'tj.json')]);
    expect(c.code).toBe(0);
    const tj = OrderFile.parse(readFileSync(join(dir, 'tj.json'), 'utf8'));
    expect(tj.ok && tj.order.units.map((u) => u.name)).toEqual(next.units.map((u) => u.name));
    const same = await cli(['amend', base, base]);
    expect(same.code).toBe(1);
    expect(same.err).toContain('nie ma czego zmieniać');
  });
});
