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

  it('amends an order already amended: earlier amending orders applied first and cited in the introductory sentence', async () => {
    const base = fixturePath('3468');
    const r = importText(readFileSync(base, 'utf8'), 'txt');
    if (!r.ok) throw new Error(r.error.message);
    const first = structuredClone(r.order);
    first.units[1]!.name += ' i Analiz';
    delete first.units[1]!.forms;
    writeFileSync(join(dir, 'n1.json'), OrderFile.serialize(first));
    expect((await cli(['amend', base, join(dir, 'n1.json'), '--out', join(dir, 'z1.json')])).code).toBe(0);
    const z1 = OrderFile.parse(readFileSync(join(dir, 'z1.json'), 'utf8'));
    if (!z1.ok) throw new Error('z1');
    writeFileSync(join(dir, 'z1s.json'), OrderFile.serialize({ ...z1.order, meta: { ...z1.order.meta, number: '55/2025', date: '2025-02-03', status: 'signed' } }));
    // the second draft is made from the text in force (the first amendment applied), then changed again
    const c1 = await cli(['consolidate', base, join(dir, 'z1s.json'), '--out', join(dir, 'tj1.json')]);
    expect(c1.code).toBe(0);
    const tj1 = OrderFile.parse(readFileSync(join(dir, 'tj1.json'), 'utf8'));
    if (!tj1.ok) throw new Error('tj1');
    const second = structuredClone(tj1.order);
    second.units[0]!.name += ' i Kadr';
    delete second.units[0]!.forms;
    writeFileSync(join(dir, 'n2.json'), OrderFile.serialize(second));
    const a2 = await cli(['amend', base, join(dir, 'z1s.json'), join(dir, 'n2.json'), '--out', join(dir, 'z2.json')]);
    expect(a2.code).toBe(0);
    const shown = (await cli(['render', join(dir, 'z2.json')])).out.replace(/\u00a0/g, ' ');
    expect(shown).toContain('zmienionym zarządzeniem nr 55/2025 z dnia 3 lutego 2025 r.,');
    // only the second change is in it: the first one's new name is already the text in force
    expect(shown).not.toContain('„2) Biuro Prasowe i Analiz');
    writeFileSync(join(dir, 'z2s.json'), readFileSync(join(dir, 'z2.json'), 'utf8').replace('"number": null', '"number": "70/2025"').replace('"date": null', '"date": "2025-03-01"'));
    const c2 = await cli(['consolidate', base, join(dir, 'z1s.json'), join(dir, 'z2s.json'), '--out', join(dir, 'tj2.json')]);
    expect(c2.code).toBe(0);
    const tj2 = OrderFile.parse(readFileSync(join(dir, 'tj2.json'), 'utf8'));
    expect(tj2.ok && tj2.order.units.map((u) => u.name)).toEqual(second.units.map((u) => u.name));
    // at a date before the earlier amending order enters into force, the text in force is the base order's: the
    // amendment is written from it (the first change included) and cites no earlier amending order
    const early = await cli(['amend', base, join(dir, 'z1s.json'), join(dir, 'n2.json'), '--date', '2025-01-01', '--out', join(dir, 'z2e.json')]);
    expect(early.code).toBe(0);
    const shownEarly = (await cli(['render', join(dir, 'z2e.json')])).out.replace(/\u00a0/g, ' ');
    expect(shownEarly).not.toContain('zmienionym zarządzeniem');
    expect(shownEarly).toContain('„2) Biuro Prasowe i Analiz');
    expect((await cli(['amend', base, join(dir, 'n2.json'), '--date', '1.01.2025'])).code).toBe(2);
    // an earlier amending order of another order is refused, and nothing is written
    const other = OrderFile.serialize({ ...z1.order, meta: { ...z1.order.meta, number: '56/2025', date: '2025-02-04', status: 'signed' } }).replace(/W zarządzeniu nr 3468\/2024/, 'W zarządzeniu nr 1/2020');
    writeFileSync(join(dir, 'zx.json'), other);
    const bad = await cli(['amend', base, join(dir, 'zx.json'), join(dir, 'n2.json'), '--out', join(dir, 'z3.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('zmienia zarządzenie nr 1/2020, a nie nr 3468/2024');
  });
});
