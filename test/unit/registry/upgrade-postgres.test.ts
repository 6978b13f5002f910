/**
 * The data migration of stored models on the office's PostgreSQL registry (the same engine-neutral code as on
 * SQLite, `upgrade-models.ts`): a draft stored by the release of schema 2 before references were recognised (its
 * texts plain words) is upgraded when the registry is opened, in one transaction: every row becomes the current
 * schema, the draft reads with its mentions, and renders exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachOrderText, mapOrderTexts } from '../../../core/mentions/texts.js';
import { OrderFile, RichText, SCHEMA_VERSION, type Order } from '../../../core/model/index.js';
import { renderText } from '../../../core/render/text.js';
import { openRegistry } from '../../../electron/services/registry/index.js';
import { queryRows as query, startPostgres, type PgTestServer } from '../../support/postgres-server.js';
import { OWN } from '../fixtures.js';

let server: PgTestServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

const refCount = (o: Order) => {
  let n = 0;
  forEachOrderText(o, (t) => (n += RichText.refs(t).length));
  return n;
};

describe('stored models on PostgreSQL', () => {
  it('a schema-2 draft without references is upgraded once when the registry opens; it reads with mentions and renders as before', async () => {
    const file = OrderFile.parse(readFileSync(join(OWN, 'v2', 'krakow-3468-2024-wydzial-komunikacji-spolecznej.draft.json'), 'utf8'));
    if (!file.ok) throw new Error(file.message);
    const ctx = RichText.context(file.order);
    const plain = mapOrderTexts(structuredClone(file.order), (t) => RichText.of(RichText.plain(t, ctx)));
    expect(refCount(plain)).toBe(0);

    const url = await server.createDatabase();
    const first = await openRegistry(url);
    if (!first.ok) throw new Error(first.error.message);
    const saved = await first.registry.createDraft({ order: file.order, author: 'test' });
    if (!saved.ok) throw new Error(saved.error.message);
    await first.registry.close();
    // what the release of schema 2 stored: plain words, version 2, and a registry that knew only schema 2
    const stored = JSON.stringify({ ...plain, schemaVersion: 2 });
    await query(url, 'UPDATE registry_order SET model = $1 WHERE id = $2', [stored, saved.draftId]);
    await query(url, 'UPDATE draft_version SET model = $1 WHERE id = $2', [stored, saved.versionId]);
    await query(url, "UPDATE registry_meta SET value = '2' WHERE key = 'modelSchemaVersion'");

    const again = await openRegistry(url);
    if (!again.ok) throw new Error(again.error.message);
    try {
      const versions = await query<{ v: string }>(url, "SELECT DISTINCT model::json->>'schemaVersion' AS v FROM draft_version UNION SELECT DISTINCT model::json->>'schemaVersion' FROM registry_order");
      expect(versions.map((r) => Number(r.v))).toEqual([SCHEMA_VERSION]);
      const v = await again.registry.getVersion(saved.versionId);
      if (!v.ok) throw new Error(v.error.message);
      expect(refCount(v.order)).toBeGreaterThan(0);
      expect(renderText(v.order)).toBe(renderText(plain));
      const o = await again.registry.getOrder(saved.draftId);
      if (!o.ok) throw new Error(o.error.message);
      expect(renderText(o.order.order)).toBe(renderText(plain));
      const meta = await query<{ value: string }>(url, "SELECT value FROM registry_meta WHERE key = 'modelSchemaVersion'");
      expect(meta[0]?.value).toBe(String(SCHEMA_VERSION));
    } finally {
      await again.registry.close();
    }
  });
});
