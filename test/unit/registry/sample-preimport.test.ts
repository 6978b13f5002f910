/**
 * The sample registry read at build time (electron/services/registry/sample-preimport.ts): the first start adds
 * the pre-imported orders without running the importer and ends with the registry the importer would have made;
 * an entry whose file changed since, or a damaged pre-import, falls back to importing the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { preimportSample, type PreimportedSample } from '../../../electron/services/registry/sample-preimport.js';
import type { TextImporter } from '../../../electron/services/registry/types.js';

const sampleDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample');
const manifest = JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')) as { orders: { file: string }[] };
let dir: string;
let n = 0;
let sample: PreimportedSample;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sample-preimport-'));
  sample = preimportSample(sampleDir, importText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An importer that counts the files it is asked to read (and reads them with the real one). */
function counting(): { importText: TextImporter; calls: string[] } {
  const calls: string[] = [];
  return { calls, importText: (text, format) => (calls.push(text.slice(0, 40)), importText(text, format)) };
}

/** A fresh registry with the sample, from the pre-import written as `content` (null: none). */
async function firstStart(content: string | null, importer: TextImporter): Promise<Registry> {
  const preimported = join(dir, `pre-${n}.json`);
  if (content !== null) writeFileSync(preimported, content);
  const r = await openRegistry(join(dir, `r-${n++}.sqlite`), { sample: { dir: sampleDir, importText: importer, ...(content !== null ? { preimported } : {}) } });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.sample?.problems).toEqual([]);
  return r.registry;
}

/** What the registry holds: each order's number, status and model, and its stored source bytes. */
async function contents(reg: Registry) {
  const out = [];
  for (const e of await reg.listOrders()) {
    const o = await reg.getOrder(e.id);
    if (!o.ok) throw new Error(o.error.message);
    out.push({ number: e.number, status: e.status, order: o.order.order, source: (await reg.getSourceFile(e.id))?.bytes });
  }
  return out.sort((a, b) => String(a.number).localeCompare(String(b.number)));
}

describe('sample registry read at build time', () => {
  it('reads every file of the manifest', () => {
    expect(sample.entries.map((e) => e.file)).toEqual(manifest.orders.map((o) => o.file));
  });

  it('fills the first start without the importer, with what the importer would have stored', async () => {
    const imported = await firstStart(null, importText);
    const expected = await contents(imported);
    await imported.close();
    const c = counting();
    const reg = await firstStart(JSON.stringify(sample), c.importText);
    expect(c.calls).toEqual([]);
    expect(await contents(reg)).toEqual(expected);
    expect(expected).toHaveLength(manifest.orders.length);
    await reg.close();
  });

  it('imports a file whose bytes changed since the build (its entry is stale), and only that one', async () => {
    const stale = structuredClone(sample);
    stale.entries[1]!.sha256 = '0'.repeat(64);
    stale.entries[1]!.order.meta.title = 'w sprawie czegoś, czego plik nie mówi';
    const c = counting();
    const reg = await firstStart(JSON.stringify(stale), c.importText);
    expect(c.calls).toHaveLength(1);
    expect((await contents(reg)).map((o) => o.order.meta.title)).not.toContain('w sprawie czegoś, czego plik nie mówi');
    await reg.close();
  });

  it('imports every file when the pre-import is damaged or of another kind', async () => {
    for (const content of ['{"format": "rejestr-przykladowy-wczytany", "entries": [', JSON.stringify({ format: 'inny', entries: sample.entries }), JSON.stringify({ ...sample, entries: sample.entries.map((e) => ({ ...e, order: { ...e.order, units: 'zepsute' } })) })]) {
      const c = counting();
      const reg = await firstStart(content, c.importText);
      expect(c.calls).toHaveLength(manifest.orders.length);
      expect(await reg.listOrders()).toHaveLength(manifest.orders.length);
      await reg.close();
    }
  });
});
