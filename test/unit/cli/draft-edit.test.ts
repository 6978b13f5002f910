/**
 * `draft edit PROJEKT.json --out NOWY.json` with repeatable register operations (from source, in this process): the
 * operations apply in the order given and the mentions in the text follow; a failed operation writes nothing and
 * prints one Polish line; a malformed command line exits 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandCitations } from '../../../core/draft/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import type { Order } from '../../../core/model/order.js';
import { main } from '../../../electron/cli/main.js';
import { OWN } from '../fixtures.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'hb-draft-edit-'));
const draft = join(dir, 'projekt.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // the small valid order with tasks of the Biuro Prasowe naming the Referat Kontroli and the Referat Organizacyjny
  const text = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8').replace(
    '2) przygotowanie komunikatów prasowych.',
    '2) przygotowanie komunikatów prasowych we współpracy z Referatem Kontroli (TW-02);\n3) przekazywanie informacji Referatowi Organizacyjnemu.',
  );
  writeFileSync(join(dir, 'zarzadzenie.txt'), text);
  const r = await cli(['draft', '--replacing', join(dir, 'zarzadzenie.txt'), '--today', '2026-02-01', '--out', draft]);
  expect(r.code, r.err).toBe(0);
});

const read = (path: string): Order => {
  const r = OrderFile.parse(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.order;
};
const rendered = async (path: string) => (await cli(['render', path])).out.replace(/\u00a0/g, ' ');

describe('draft edit', () => {
  it('applies the operations in order, and the mentions follow', async () => {
    const out = join(dir, 'nowy.json');
    const r = await cli(['draft', 'edit', draft, '--out', out, '--rename', 'TW-02', 'Biuro Kontroli', '--symbol', 'TW-02', 'TW-12', '--merge', 'TW-01', 'TW-03', '--superior', 'TW-12', 'Dyrektor']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Zapisano projekt: ${out}\n`);
    const o = read(out);
    expect(o.units.map((u) => `${u.symbol} ${u.name}`)).toEqual(['TW-12 Biuro Kontroli', 'TW-03 Biuro Prasowe']);
    expect(o.units[0]!.reportsTo).toEqual({ kind: 'head' });
    const text = await rendered(out);
    expect(text).toContain('we współpracy z Biurem Kontroli (TW-12);');
    // the Referat Organizacyjny was merged into the Biuro Prasowe: its mention names the Biuro Prasowe
    expect(text).toContain('przekazywanie informacji Biuru Prasowemu');
    expect(text).not.toContain('TW-02');
    expect(text).not.toContain('Referat Organizacyjny');
  });

  it('moves a task by its citation and splits a unit (issue 12)', async () => {
    const out = join(dir, 'podzial.json');
    const r = await cli(['draft', 'edit', draft, '--out', out, '--move-task', '§ 5 pkt 3', 'TW-03', '--split', 'TW-01', 'TW-04', 'Referat Kadr', '§ 4 pkt 2-3']);
    expect(r.code, r.err).toBe(0);
    const o = read(out);
    const kadry = o.units.find((u) => u.symbol === 'TW-04')!;
    expect(kadry.name).toBe('Referat Kadr');
    expect(kadry.scope.kind === 'tasks' && kadry.scope.tasks.length).toBe(2);
    const press = o.units.find((u) => u.symbol === 'TW-03')!;
    expect(press.scope.kind === 'tasks' && press.scope.tasks.length).toBe(4);
    expect(await rendered(out)).toContain('Do zakresu działania Referatu Kadr (TW-04) należą sprawy:');
  });

  it('a failed operation changes nothing: one Polish line, exit 1, no file', async () => {
    const out = join(dir, 'nic.json');
    const r = await cli(['draft', 'edit', draft, '--out', out, '--rename', 'TW-02', 'Biuro Kontroli', '--merge', 'TW-99', 'TW-01']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('--merge TW-99 TW-01: Nie ma komórki o symbolu „TW-99”. Nie zapisano zmian.\n');
    expect(existsSync(out)).toBe(false);
    const taken = await cli(['draft', 'edit', draft, '--out', out, '--symbol', 'TW-01', 'TW-03']);
    expect(taken.code).toBe(1);
    expect(taken.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(taken.err).toContain('Symbol TW-03 nosi już komórka „Biuro Prasowe”.');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a malformed command line with exit 2', async () => {
    expect(await cli(['draft', 'edit', draft, '--merge', 'TW-01'])).toMatchObject({ code: 2, err: 'Operacja --merge potrzebuje 2 wartości.\n' });
    expect(await cli(['draft', 'edit', draft, '--rozdziel', 'TW-01'])).toMatchObject({ code: 2, err: 'Nieznana operacja „--rozdziel”.\n' });
    expect((await cli(['draft', 'edit', draft])).code).toBe(2);
  });

  it('reads task lists as the split names them', () => {
    expect(expandCitations('§ 6 pkt 2, 3')).toEqual(['§ 6 pkt 2', '§ 6 pkt 3']);
    expect(expandCitations('§ 6 pkt 2-4')).toEqual(['§ 6 pkt 2', '§ 6 pkt 3', '§ 6 pkt 4']);
    expect(expandCitations('§ 6 pkt 2, § 7 pkt 1')).toEqual(['§ 6 pkt 2', '§ 7 pkt 1']);
    expect(expandCitations('pkt 2')).toBeNull();
  });
});
