/**
 * The importer on copies of orders as they reach a lawyer (PDF text of a Word file, a web page, a copy that lost
 * its § signs, numeric dates, sub-units opened by `w skład którego wchodzą`, two paragrafy with one number),
 * and the no-word-lost guarantee of every import: what the model does not hold is kept as unplaced text with a
 * warning that says where it stood, and `render` prints it after `NIEPRZYPISANY TEKST`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { discardUnplaced, placeUnplaced } from '../../../core/import/unplaced.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { renderText } from '../../../core/render/text.js';
import { decodeText } from '../../../electron/services/import-file.js';
import { OWN } from '../fixtures.js';
import { utf16 } from './transforms.js';
import { missingWords } from './words.js';

const read = (name: string): string => readFileSync(join(OWN, 'import', name), 'utf8');

function load(text: string): { order: Order; warnings: string[] } {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const tasksOf = (o: Order, symbol: string): Item[] => {
  const u = o.units.find((x) => x.symbol === symbol);
  if (!u || u.scope.kind !== 'tasks') throw new Error(`${symbol}: brak listy zadań`);
  return u.scope.tasks;
};

describe('a symbol broken across lines is never a label', () => {
  const { order } = load(read('wydzial-drog-z-pdf-worda.txt'));
  it('keeps the whole scope of a unit whose heading breaks inside its symbol', () => {
    const tasks = tasksOf(order, 'DK-06');
    expect(tasks).toHaveLength(10);
    expect(tasks[4]!.children.map((c) => c.written?.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)']);
    expect(order.unplaced).toEqual([]);
  });
  it('keeps a task whose symbol breaks over a blank line as one task', () => {
    const second = tasksOf(order, 'DK-01')[1]!;
    expect(RichText.plain(second.text, order)).toContain('(DK-06), komórkami organizacyjnymi');
    expect(RichText.plain(tasksOf(order, 'DK-05')[4]!.text, order)).toMatch(/\(DK-02\) w sprawach oznakowania strefy$/);
  });
  it('drops the page numbers of the PDF and says so', () => {
    const r = load(read('wydzial-drog-z-pdf-worda.txt'));
    expect(r.warnings.filter((w) => w.startsWith('Pominięto numer strony'))).toHaveLength(2);
  });
});

describe('a web copy on one line', () => {
  const text = read('wydzial-finansowy-ze-strony-www.txt');
  it('is one line and reads all its paragrafy, with every word placed', () => {
    expect(text.trim().split('\n')).toHaveLength(1);
    const { order } = load(text);
    expect(outlineOf(order).paragraphs).toBe(13);
    expect(missingWords(text, order)).toEqual([]);
    expect(order.unplaced).toEqual([]);
  });
  it('takes the subject from § 1 when the title does not name it, and the short name in quotes', () => {
    const { order } = load(text);
    expect(order.meta.subject).toBe('Wydział Finansowy');
    expect(order.leadership?.shortName).toBe('Wydział');
  });
  it('nests flat sub-units under the unit whose symbol they extend', () => {
    const o = outlineOf(load(text).order);
    expect(o.units.filter((u) => u.parent === 'FK-01').map((u) => u.symbol)).toEqual(['FK-01-1', 'FK-01-2']);
  });
  it('finds a deputy named only in § 3', () => {
    expect(outlineOf(load(text).order).deputies).toEqual(['Zastępca Dyrektora ds. Budżetu i Płac']);
  });
});

describe('a copy without § signs', () => {
  const r = load(read('zarzadzenie-bez-znakow-paragrafu.txt'));
  it('gives number, date, title and the paragrafy recognised by their numbers, with a warning', () => {
    const o = outlineOf(r.order);
    expect([o.number, o.date, o.paragraphs]).toEqual(['1544/2016', '2016-06-01', 4]);
    expect(r.order.paragraphs[1]!.content?.map((u) => u.written?.label)).toEqual(['1.', '2.']);
    expect(r.warnings.some((w) => /nie ma znaków paragrafu/.test(w))).toBe(true);
  });
  it('is refused only when nothing of an order is there', () => {
    const bare = importText('Notatka służbowa\n1 Spotkanie w czwartek.\n2 Proszę o potwierdzenie.', 'txt');
    expect(bare.ok).toBe(false);
  });
});

describe('dates and parts of the heading', () => {
  it('reads a numeric heading date in ISO form with heading, title and basis on one line', () => {
    const { order } = load(read('wydzial-inwestycji-podkomorki.txt'));
    expect(order.meta.date).toBe('2013-08-14');
    expect(order.meta.title).toBe('w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Inwestycji');
    expect(order.legalBasis?.written).toMatch(/^Na podstawie art\. 33 ust\. 3 .* zarządza się, co następuje:$/);
  });
  it('reads `w skład którego wchodzą: a) …` as sub-units of the entry', () => {
    const o = outlineOf(load(read('wydzial-inwestycji-podkomorki.txt')).order);
    expect(o.units.find((u) => u.symbol === 'WI-04')?.name).toBe('Biuro Rozliczeń Inwestycji');
    expect(o.units.filter((u) => u.parent === 'WI-04').map((u) => u.symbol)).toEqual(['WI-04-1', 'WI-04-2']);
  });
  it('reads the number of an order written in NFD', () => {
    const { order } = load(read('zarzadzenie-bez-znakow-paragrafu.txt').normalize('NFD'));
    expect(order.meta.number).toBe('1544/2016');
    expect(order.meta.title).toContain('dostępności w Urzędzie Miasta Krakowa');
  });
});

describe('text decoding', () => {
  const text = 'ZARZĄDZENIE NR 1/2025\nzażółć gęślą jaźń „§ 1”';
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(text, true))).toBe(text);
    expect(decodeText(utf16(text, false))).toBe(text);
  });
  it('reads UTF-16 LE without a BOM', () => {
    expect(decodeText(utf16(text, true).subarray(2))).toBe(text);
  });
  it('normalises to NFC', () => {
    expect(decodeText(new TextEncoder().encode(text.normalize('NFD')))).toBe(text);
  });
});

describe('no word lost, in every import', () => {
  it('keeps words the model has no place for as an unplaced fragment with where they stood', () => {
    const text = [
      'ZARZĄDZENIE NR 10/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 2 stycznia 2025 r.', 'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Sportu',
      'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zarządza się, co następuje:',
      '§ 1. Wydziałem Sportu, zwanym dalej Wydziałem, kieruje Dyrektor.',
      '§ 2. W skład Wydziału wchodzą następujące wewnętrzne komórki organizacyjne:', '1) Referat Organizacyjny – SP-01.',
      // a scope has no place for a sentence of its own after the unit's list
      '§ 3. 1. Do zakresu działania Referatu Organizacyjnego (SP-01) należą sprawy:', '1) prowadzenie sekretariatu.',
      '2. Obowiązki z ust. 1 kierownik Referatu rozlicza kwartalnie w sprawozdaniu dla Dyrektora.',
      '§ 4. Wszystkie komórki organizacyjne Wydziału są odpowiedzialne za:', '1) przestrzeganie dyscypliny pracy;', '2) archiwizowanie dokumentacji.',
      '§ 5. Zarządzenie wchodzi w życie z dniem podpisania.',
    ].join('\n');
    const r = load(text);
    expect(missingWords(text, r.order)).toEqual([]);
    const fragment = r.order.unplaced.find((u) => u.text.includes('rozlicza kwartalnie'));
    expect(fragment?.where).toMatch(/^§ 3 ust\. 2/);
    expect(r.warnings.some((w) => w.includes('§ 3 ust. 2') && w.includes('rozlicza kwartalnie'))).toBe(true);
    expect(outlineOf(r.order).unplaced).toBe(r.order.unplaced.length);
  });

  it('render prints unplaced text after NIEPRZYPISANY TEKST, and reading it back keeps it unplaced', () => {
    const { order } = load(read('wydzial-podwojny-paragraf.txt'));
    const withFragment: Order = { ...order, unplaced: [{ text: 'zdanie bez miejsca w strukturze', where: 'wiersz 3: próba' }] };
    const text = renderText(withFragment);
    expect(text.trimEnd().split('\n').slice(-3)).toEqual(['NIEPRZYPISANY TEKST', '', '[wiersz 3: próba] zdanie bez miejsca w strukturze']);
    const back = load(text);
    expect(back.order.unplaced.map((u) => u.text)).toEqual(['[wiersz 3: próba] zdanie bez miejsca w strukturze']);
    expect(back.order.signature.name).toBeNull();
    expect(renderText(order)).not.toContain('NIEPRZYPISANY TEKST');
  });
});

describe('resolving unplaced text', () => {
  const withFragment = (): Order => {
    const { order } = load(read('wydzial-podwojny-paragraf.txt'));
    return { ...order, unplaced: [{ text: 'prowadzenie rejestru skarg;', where: 'wiersz 30: próba' }] };
  };
  it('places a fragment as the last point of the chosen unit’s scope, or discards it', () => {
    const order = withFragment();
    const unit = order.units.find((u) => u.symbol === 'SO-02')!;
    const placed = placeUnplaced(order, 0, unit.id);
    expect(placed.unplaced).toEqual([]);
    expect(tasksOf(placed, 'SO-02').map((t) => RichText.plain(t.text, placed)).at(-1)).toBe('prowadzenie rejestru skarg');
    expect(order.unplaced).toHaveLength(1);
    expect(discardUnplaced(order, 0).unplaced).toEqual([]);
  });
  it('keeps a warning in the order and in a draft made from it until the fragment is resolved', () => {
    const order = withFragment();
    const warned = (o: Order) => checkOrder(o).filter((f) => f.code === 'import.unplaced');
    expect(warned(order)).toHaveLength(1);
    const draft = draftReplacing(order, { today: '2026-01-01' });
    expect(warned(draft).map((f) => f.severity)).toEqual(['warning']);
    expect(warned(placeUnplaced(draft, 0, draft.units[0]!.id))).toEqual([]);
  });
});
