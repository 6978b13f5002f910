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

describe('§ 1 as written', () => {
  // an order that names its deputy in § 1 (written for this test, as a clerk writes it)
  const order = (leadership: string) => [
    'ZARZĄDZENIE NR 214/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 20 stycznia 2025 r.',
    'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Biura Promocji',
    'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zarządza się, co następuje:',
    `§ 1. Biurem Promocji, zwanym dalej Biurem, kieruje Dyrektor przy pomocy ${leadership}.`,
    '§ 2. W skład Biura wchodzą następujące wewnętrzne komórki organizacyjne:', '1) Referat Wydawnictw – BP-01;', '2) Referat Wydarzeń Miejskich – BP-02.',
    '§ 3. Do zakresu działania Referatu Wydawnictw (BP-01) należą sprawy:', '1) przygotowywanie wydawnictw promocyjnych Miasta.',
    '§ 4. Do zakresu działania Referatu Wydarzeń Miejskich (BP-02) należą sprawy:', '1) organizacja obchodów świąt miejskich.',
    '§ 5. Zarządzenie wchodzi w życie z dniem podpisania.',
  ].join('\n');

  it('keeps the deputies § 1 names, one or two (two deputies whose names share their first letters stay two)', () => {
    for (const [written, printed] of [
      ['Zastępcy Dyrektora ds. Wydawnictw', 'kieruje Dyrektor przy pomocy Zastępcy Dyrektora ds. Wydawnictw.'],
      ['Zastępcy Dyrektora ds. Wydawnictw i Zastępcy Dyrektora ds. Wydarzeń', 'kieruje Dyrektor przy pomocy Zastępcy Dyrektora ds. Wydawnictw i Zastępcy Dyrektora ds. Wydarzeń.'],
      // a helper who is not a deputy (the Główny Księgowy) is printed back, not dropped
      ['Zastępcy Dyrektora ds. Wydawnictw oraz Głównego Księgowego Biura', 'kieruje Dyrektor przy pomocy Zastępcy Dyrektora ds. Wydawnictw oraz Głównego Księgowego Biura.'],
      ['Głównego Księgowego Biura', 'kieruje Dyrektor przy pomocy Głównego Księgowego Biura.'],
      ['Zastępcy Dyrektora ds. Wydawnictw, Zastępcy Dyrektora ds. Wydarzeń oraz Głównego Księgowego Biura', 'kieruje Dyrektor przy pomocy Zastępcy Dyrektora ds. Wydawnictw i Zastępcy Dyrektora ds. Wydarzeń oraz Głównego Księgowego Biura.'],
    ] as const) {
      const r = importText(order(written), 'txt');
      if (!r.ok) throw new Error(r.error.message);
      const text = renderText(r.order);
      expect(text.replace(/\s+/g, ' ')).toContain(printed);
      const back = importText(text, 'txt');
      if (!back.ok) throw new Error(back.error.message);
      expect(renderText(back.order)).toBe(text);
    }
  });

  it('says so when § 1 counts deputies it never names', () => {
    const r = importText(order('dwóch Zastępców Dyrektora'), 'txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.warnings.some((w) => /§ 1: zarządzenie zapowiada 2 zastępców/.test(w))).toBe(true);
  });
});
