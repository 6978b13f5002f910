/**
 * The first start writes the sample registry in one transaction (`SqlRegistry.addOrders`, issue 15): a write
 * that fails leaves no order of the sample (the next start loads it whole), an input refused on its own is
 * answered in its place while the others are added, and the load is remembered with the orders.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import type { SqlRegistry } from '../../../electron/services/registry/registry.js';
import { fixturePath } from '../fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sample-tx-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fixture order as the importer reads it. */
function order(name: string): Order {
  const r = importText(readFileSync(fixturePath(name), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

async function open(withSample: boolean): Promise<Registry> {
  const r = await openRegistry(join(dir, 'r.sqlite'), withSample ? { sample: {} } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.registry;
}

describe('addOrders', () => {
  it('writes nothing at all when the transaction fails, and answers the engine error', async () => {
    const reg = (await open(false)) as SqlRegistry;
    const r = await reg.addOrders([{ order: order('3468') }, { order: order('2006') }], async () => {
      throw new Error('awaria dysku w połowie zapisu');
    });
    expect(r.ok).toBe(false);
    expect(await reg.listOrders()).toEqual([]);
    await reg.close();
  });

  it('answers an input refused on its own in its place and adds the others', async () => {
    const reg = (await open(false)) as SqlRegistry;
    const bad = order('2006');
    bad.meta.date = '2020-13-45';
    const r = await reg.addOrders([{ order: order('3468') }, { order: bad }]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.results.map((x) => x.ok)).toEqual([true, false]);
    expect(r.results[1]!.ok ? '' : r.results[1]!.error.code).toBe('invalidDate');
    expect((await reg.listOrders()).map((o) => o.number)).toEqual(['3468/2024']);
    await reg.close();
  });
});

describe('the sample registry on a first start', () => {
  it('is added whole and remembered, so a second start adds nothing', async () => {
    const first = await openRegistry(join(dir, 'r.sqlite'), { sample: {} });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.sample?.problems).toEqual([]);
    const numbers = (await first.registry.listOrders()).map((o) => o.number).sort();
    expect(numbers.length).toBe(first.sample?.added.length);
    await first.registry.close();
    const second = await openRegistry(join(dir, 'r.sqlite'), { sample: {} });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.sample).toBeNull();
    expect((await second.registry.listOrders()).map((o) => o.number).sort()).toEqual(numbers);
    await second.registry.close();
  });
});
