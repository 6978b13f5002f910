import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../core/outline/outline.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';

describe('outline of every real order equals ../shared/fixtures/expected/<name>.outline.json', () => {
  for (const f of fixtureOrders().filter((x) => x.expectedOutline)) {
    it(f.name, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      // round-trip through JSON: the outline is compared as the CLI prints it
      expect(JSON.parse(JSON.stringify(outlineOf(r.order)))).toEqual(f.expectedOutline);
    });
  }
});
