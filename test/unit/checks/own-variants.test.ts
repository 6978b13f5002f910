/**
 * No false alarms on well-formed orders written in the other styles real orders use (deputies named in § 1,
 * symbols in parentheses, one-sentence subordination lists, `Do zadań` headings, `Uchyla się`), nor on a general
 * order appointing a team.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { OWN } from '../fixtures.js';

describe('checks on clean orders of other styles', () => {
  for (const name of ['wydzial-trzech-zastepcow.txt', 'wydzial-warianty-zapisu.txt', 'zespol-powolanie.txt']) {
    it(name, async () => {
      const r = await importFile(join(OWN, 'orders', name));
      if (!r.ok) throw new Error(r.error.message);
      expect(checkOrder(r.order, { today: '2025-07-01' }).map((f) => `${f.code} ${f.where}: ${f.message}`)).toEqual([]);
    });
  }
});
