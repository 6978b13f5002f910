/**
 * The DOCX the app writes is read back by the app's own importer into the same outline: what leaves the app can
 * come back as the order in force next time (the annex heading after the signature is not part of the body).
 */
import { describe, expect, it } from 'vitest';
import { orderDocx } from '../../../core/docx/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { importBytes, importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';

describe('exported DOCX read back', () => {
  for (const f of fixtureOrders()) {
    it(f.name, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      for (const order of [r.order, draftReplacing(r.order, { today: '2026-11-22' })]) {
        const back = await importBytes(await orderDocx(order), 'zarzadzenie.docx');
        if (!back.ok) throw new Error(back.error.message);
        expect(outlineOf(back.order)).toEqual(outlineOf(order));
      }
    });
  }
});
