import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';
import { missingWords } from './words.js';

describe('no word of a real order is lost by the importer', () => {
  for (const f of fixtureOrders()) {
    it(f.name, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      const missing = missingWords(readFileSync(f.path, 'utf8'), r.order, f.name.endsWith('.md'));
      expect(missing).toEqual([]);
    });
  }
});

describe('the no-word-lost measure itself', () => {
  it('reports the words of a task removed from the model', async () => {
    const f = fixtureOrders().find((x) => x.name.includes('3468'))!;
    const r = await importFile(f.path);
    if (!r.ok) throw new Error(r.error.message);
    const unit = r.order.units.find((u) => u.symbol === 'KS-06')!;
    if (unit.scope.kind !== 'tasks') throw new Error('KS-06 should have tasks');
    unit.scope.tasks.splice(1, 1); // "udział w spotkaniach Prezydenta Miasta Krakowa z mieszkańcami"
    expect(missingWords(readFileSync(f.path, 'utf8'), r.order)).toContain('mieszkańcami');
  });
});
