/**
 * Round trip: the rendered text of every imported order, read back by the importer, gives the same outline
 * (issue 3, item 5). Where the original had a defect the rendered text is the corrected one.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, OWN } from '../fixtures.js';
import { join } from 'node:path';

const inputs = [...fixtureOrders().map((f) => f.path), join(OWN, 'orders', 'wydzial-trzech-zastepcow.txt'), join(OWN, 'orders', 'biuro-tabela-litery.md')];

describe('render → import gives the same outline', () => {
  for (const path of inputs) {
    it(path.split('/').pop()!, async () => {
      const r = await importFile(path);
      if (!r.ok) throw new Error(r.error.message);
      const text = renderText(r.order);
      const back = importText(text, 'txt');
      if (!back.ok) throw new Error(back.error.message);
      expect(outlineOf(back.order)).toEqual(outlineOf(r.order));
      // and the rendered text is stable: rendering the re-imported order gives the same text
      expect(renderText(back.order)).toBe(text);
    });
  }
});
