/**
 * Rendering: generated sentences, numbering and punctuation by position, typography, cross-references.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../../core/model/order.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath, OWN } from '../fixtures.js';

async function load(path: string): Promise<Order> {
  const r = await importFile(path);
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('render', () => {
  it('corrects the numbering and punctuation defects of 3468/2024', async () => {
    const text = plain(renderText(await load(fixturePath('3468'))));
    // § 10: the unnumbered last item becomes pkt 15 and ends the enumeration with a full stop
    expect(text).toContain('15) wykonywanie innych zadań zleconych przez Prezydenta Miasta Krakowa i Dyrektora.');
    // § 5 pkt 18 gets its closing full stop, § 9 pkt 6 its semicolon
    expect(text).toContain('Dyrektora Wydziału oraz Zastępcy Dyrektora ds. Mediów Miejskich.\n');
    expect(text).toContain('prezentującego stanowisko Prezydenta w kontaktach z mediami;\n');
  });

  it('punctuates letters and tirets by the enclosing unit', async () => {
    const text = plain(renderText(await load(join(OWN, 'orders', 'biuro-tabela-litery.md'))));
    expect(text).toContain('1) prowadzenie gminnej ewidencji zabytków, w tym:\n   a) zakładanie kart adresowych,\n   b) aktualizacja kart w przypadku:\n      – zmiany właściciela,\n      – zmiany stanu zachowania,\n   c) udostępnianie danych z ewidencji;');
    expect(text).toContain('3) wydawanie zaświadczeń.');
    // one deputy: the numeral gives way to the singular; one subordinate: `podlega`
    expect(text).toContain('kieruje Dyrektor, któremu podlega Zastępca');
    expect(text).toMatch(/Dyrektorowi Biura podlegają bezpośrednio:\n1\) Zastępca Dyrektora;\n2\) Kasa Biura – KZ-03\./);
  });

  it('writes § 1 with the instrumental and the numeral in words, § 3 in the dative', async () => {
    const text = plain(renderText(await load(join(OWN, 'orders', 'wydzial-trzech-zastepcow.txt'))));
    expect(text).toContain('§ 1. 1. Wydziałem Gospodarki Komunalnej, zwanym dalej Wydziałem, kieruje Dyrektor przy pomocy trzech Zastępców.');
    expect(text).toContain('2. I Zastępcy Dyrektora podlega bezpośrednio Referat Utrzymania Zieleni – GK-02.');
    expect(text).toContain('Samodzielne stanowisko ds. Audytu podlega bezpośrednio Sekretarzowi Miasta Krakowa.');
    expect(text).toContain('Do zakresu działania Samodzielnego stanowiska ds. Audytu (GK-05) należy przeprowadzanie audytu wewnętrznego w Wydziale.');
  });

  it('puts non-breaking spaces where Polish typography wants them', async () => {
    const text = renderText(await load(fixturePath('3468')));
    expect(text).toContain('§\u00a01.');
    expect(text).toContain('Dz.\u00a0U. z\u00a02024\u00a0r.');
    expect(text).toContain('ust.\u00a03');
    expect(text).toMatch(/ w\u00a0Wydziale/);
    expect(text).not.toMatch(/ [aiouwz] /);
  });

  it('cross-references follow renumbering', async () => {
    const order = await load(fixturePath('3842'));
    const before = plain(renderText(order));
    expect(before).toContain('realizuje czynności wynikające z nadzoru, o którym mowa w § 3 ust. 4;');
    // removing § 2 moves § 3 to § 2 and § 1 keeps its number
    order.paragraphs.splice(1, 1);
    const after = plain(renderText(order));
    expect(after).toContain('realizuje czynności wynikające z nadzoru, o którym mowa w § 2 ust. 4;');
    expect(after).toContain('o której mowa w § 1 ust. 5');
  });
});
