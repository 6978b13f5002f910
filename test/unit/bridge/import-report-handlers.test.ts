/**
 * The import report's handlers over a real registry and the real importer (SQLite file; the registry operation
 * itself runs on both engines in test/unit/registry/revise-model.test.ts): a file imported into the registry with
 * unplaced text, a fragment placed in a unit's scope and one discarded through `registry:resolveUnplaced`, a stale
 * decision refused; an order opened from a file and one pasted saved through `registry:addImported` with their source.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RichText } from '../../../core/model/index.js';
import type { ApiResult, HandlerTable } from '../../../electron/contract/api.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import { UNPLACED_ORDER_LINES, UNPLACED_PASSAGE } from '../../support/unplaced-order.js';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let app: AppHandlers;
let openQueue: string[];
let file: string;

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-report-'));
  openQueue = [];
  file = join(dir, 'biuro-promocji.txt');
  writeFileSync(file, UNPLACED_ORDER_LINES.join('\n'));
  app = createAppHandlers({
    dataDir: dir,
    author: 'Anna Testowa',
    sampleDir: join(root, 'resources', 'sample'),
    dialogs: { chooseOrderFile: async () => openQueue.shift() ?? null, chooseSavePath: async () => null },
    registry: join(dir, 'rejestr.sqlite'),
  });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('registry:resolveUnplaced', () => {
  it('places a fragment of an imported order in a chosen unit’s scope and discards another, each in the audit log', async () => {
    openQueue.push(file);
    const imported = value(await h('registry:import')({}))!;
    expect(imported.outcome).toBe('added');
    const before = value(await h('registry:get')({ id: imported.id })).order;
    expect(before.unplaced.length).toBeGreaterThan(0);
    const index = before.unplaced.findIndex((u) => u.text.includes(UNPLACED_PASSAGE));
    const unit = before.units.find((u) => u.symbol === 'BP-01')!;
    const placed = value(await h('registry:resolveUnplaced')({ id: imported.id, resolution: { kind: 'place', index, text: before.unplaced[index]!.text, unitId: unit.id } }));
    expect(placed.entry).toMatchObject({ id: imported.id, number: '214/2025', status: 'inForce' });
    expect(placed.order.unplaced).toHaveLength(before.unplaced.length - 1);
    const scope = placed.order.units.find((u) => u.id === unit.id)!.scope;
    expect(scope.kind === 'tasks' && RichText.plain(scope.tasks.at(-1)!.text, placed.order)).toContain(UNPLACED_PASSAGE);
    // the search of the registry finds the placed point under its unit
    const hits = value(await h('registry:search')({ query: UNPLACED_PASSAGE }));
    expect(hits.map((x) => [x.number, x.symbol])).toContainEqual(['214/2025', 'BP-01']);

    // the same decision again (a second window, a double click) is refused and changes nothing
    const stale = await h('registry:resolveUnplaced')({ id: imported.id, resolution: { kind: 'place', index, text: before.unplaced[index]!.text, unitId: unit.id } });
    expect(!stale.ok && stale.error.code).toBe('revisionRefused');
    for (let left = placed.order.unplaced.length; left > 0; left--) {
      const now = value(await h('registry:get')({ id: imported.id })).order;
      value(await h('registry:resolveUnplaced')({ id: imported.id, resolution: { kind: 'discard', index: 0, text: now.unplaced[0]!.text } }));
    }
    expect(value(await h('registry:get')({ id: imported.id })).order.unplaced).toEqual([]);
    const log = value(await h('draft:audit')({ id: imported.id }));
    expect(log.map((e) => e.action)).toEqual(['imported', ...Array(before.unplaced.length).fill('saved')]);
    expect(log.slice(1).every((e) => e.actor === 'Anna Testowa')).toBe(true);
    expect(log[1]!.detail).toMatch(/^Umieszczono tekst nieprzypisany .* BP-01 Referat Wydawnictw/);
    expect(log.at(-1)!.detail).toMatch(/^Odrzucono tekst nieprzypisany/);

    const bad = await h('registry:resolveUnplaced')({ id: imported.id, resolution: { kind: 'move', index: 0, text: 'x' } });
    expect(!bad.ok && bad.error.code).toBe('invalid-argument');
  });
});

describe('registry:addImported', () => {
  it('saves an order opened from a file with the file as its source, and recognises the file afterwards', async () => {
    openQueue.push(file);
    const opened = value(await h('import:choose')(undefined))!;
    expect(opened.token).toMatch(/^[0-9a-f]{32}$/);
    const saved = value(await h('registry:addImported')({ order: opened.order, token: opened.token }));
    expect(saved).toMatchObject({ outcome: 'added', number: '214/2025' });
    expect(value(await h('registry:get')({ id: saved.id })).order.unplaced).toEqual(opened.order.unplaced);
    openQueue.push(file);
    expect(value(await h('registry:import')({}))!.outcome).toBe('sameFile');
    const forged = await h('registry:addImported')({ order: opened.order, token: file });
    expect(!forged.ok && forged.error.code).toBe('forbidden-file');
  });

  it('saves a pasted order (its copy kept as the source); the same paste saved twice is recognised', async () => {
    const text = UNPLACED_ORDER_LINES.join(' ');
    const read = value(await h('import:paste')({ text }));
    const saved = value(await h('registry:addImported')({ order: read.order, pasted: { text } }));
    expect(saved.outcome).toBe('added');
    const list = value(await h('registry:list')(undefined));
    expect(list.find((e) => e.id === saved.id)).toMatchObject({ number: '214/2025', status: 'inForce' });
    expect(value(await h('registry:addImported')({ order: read.order, pasted: { text } })).outcome).toBe('sameFile');
    const bad = await h('registry:addImported')({ order: { ...read.order, units: 'nie' }, pasted: { text } });
    expect(!bad.ok && bad.error.code).toBe('invalid-argument');
  });
});
