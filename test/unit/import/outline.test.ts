import { describe, expect, it } from 'vitest';
import { outlineKeys, outlineOf } from '../../../core/outline/outline.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';

describe('outline of every real order equals ../shared/fixtures/expected/<name>.outline.json', () => {
  for (const f of fixtureOrders().filter((x) => x.expectedOutline)) {
    it(f.name, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      // round-trip through JSON: the outline is compared as the CLI prints it
      const o = outlineOf(r.order);
      expect(JSON.parse(JSON.stringify(outlineKeys(o, f.expectedOutline as object)))).toEqual(f.expectedOutline);
      // checked apart from the expected files (spec/outline.md): a real order leaves nothing unplaced
      expect(o.unplaced).toBe(0);
    });
  }
});
