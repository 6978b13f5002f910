/**
 * The importer on the kinds of copy real orders reach a lawyer in, found by reading real orders of the city and of
 * other cities on the web (docplayer and 9lib copies, typeset PDFs, older orders that set leadership, units and own
 * tasks as the ustępy of § 1): a page that repeats the heading above the text with its own words between, a copy
 * that lost its § signs and writes `1. 1.`, the unit list in ust. 2 of § 1 with no dashes or semicolons, the
 * common duties in ust. 2 of their paragraf, words hyphenated at a line's end, tirety written as bullets. Every
 * fixture is an invented order written in the shape of the real ones; its outline.json was written by reading it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderBlocks } from '../../../core/docx/blocks.js';
import { importText } from '../../../core/import/index.js';
import { repeatedHeadingStart } from '../../../core/import/source.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { locateItems } from '../../../core/model/locate.js';
import { outlineKeys, outlineOf } from '../../../core/outline/outline.js';
import { renderDocument } from '../../../core/render/document.js';
import { renderText } from '../../../core/render/text.js';
import { OWN } from '../fixtures.js';
import { missingWords } from './words.js';

const read = (name: string): string => readFileSync(join(OWN, 'import', name), 'utf8');
const expected = (name: string): object => JSON.parse(read(name.replace(/\.txt$/, '.outline.json'))) as object;

function load(text: string): { order: Order; warnings: string[] } {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** The outline in the keys of the expected file, as the CLI prints it. */
const outline = (order: Order, exp: object): unknown => JSON.parse(JSON.stringify(outlineKeys(outlineOf(order), exp)));

const tasks = (o: Order, symbol: string): Item[] => {
  const u = o.units.find((x) => x.symbol === symbol);
  if (!u || u.scope.kind !== 'tasks') throw new Error(`${symbol}: brak listy zadań`);
  return u.scope.tasks;
};
const plain = (o: Order, items: Item[]): string[] => items.map((t) => RichText.plain(t.text, o));
/** The rendered text with non-breaking spaces as spaces. */
const printed = (o: Order): string => renderText(o).replace(/\u00a0/g, ' ');

describe('a copy from a document site that repeats the heading above the text and lost its § signs', () => {
  const name = 'kancelaria-z-serwisu-dokumentow.txt';
  const text = read(name);
  const r = load(text);

  it('reads the outline a lawyer reads, nothing unplaced and no word lost', () => {
    expect(outline(r.order, expected(name))).toEqual(expected(name));
    expect(r.order.unplaced).toEqual([]);
    expect(missingWords(text, r.order)).toEqual([]);
  });

  it('leaves the site’s words out of the heading and says so', () => {
    expect(r.order.meta.writtenHeading).toBe('ZARZĄDZENIE Nr 412/2016 PREZYDENTA MIASTA KRAKOWA z dnia 14.04.2016 r.');
    const note = r.warnings.find((w) => w.startsWith('Pominięto element strony przed treścią zarządzenia'));
    expect(note).toMatch(/Wielkość: px/);
  });

  it('finds the order’s own heading: the last one before the legal basis with a title after it', () => {
    expect(repeatedHeadingStart(['Share "ZARZĄDZENIE Nr 1/2020"', 'Copied!', 'ZARZĄDZENIE Nr 1/2020', 'w sprawie x', 'Na podstawie art. 1'])).toEqual({ line: 2, col: 0 });
    // written once: nothing of the text is the page's
    expect(repeatedHeadingStart(['ZARZĄDZENIE Nr 1/2020', 'w sprawie x', 'Na podstawie art. 1'])).toBeNull();
    // an amended order cited after the basis is no heading of the page
    expect(repeatedHeadingStart(['ZARZĄDZENIE Nr 2/2020', 'w sprawie zmiany', 'Na podstawie art. 1', 'W Zarządzeniu Nr 1/2019 wprowadza się'])).toBeNull();
  });

  it('takes `1. 1.` as § 1 with its ust. 1, so the next `2.` is its ust. 2 even when it reads as a paragraf’s opening', () => {
    const first = r.order.paragraphs[0]!;
    expect(first.role).toBe('leadership');
    expect(first.content?.map((u) => u.written?.label)).toEqual(['1.', '2.', '3.']);
    expect(r.order.leadership?.ownTasksClause).toBe(true);
  });

  it('prints the unit list of § 1 ust. 2 from the register, with dashes before the symbols', () => {
    const out = printed(r.order);
    expect(out).toContain('2. W skład Kancelarii Rady Dzielnic wchodzą następujące wewnętrzne komórki organizacyjne:\n1) Referat Obsługi Posiedzeń – RD-01;');
    expect(out).toContain('4) Stanowisko ds. Komunikacji – RD-04.\n3. Wszystkie zadania');
  });
});

describe('common duties listed in ust. 2 of their paragraf', () => {
  const name = 'wydzial-zadania-wspolne-w-ust-2.txt';
  const text = read(name);

  it('are the common duties when ust. 1 refers them to ust. 2', () => {
    const r = load(text);
    expect(outline(r.order, expected(name))).toEqual(expected(name));
    expect(r.order.unplaced).toEqual([]);
    expect(missingWords(text, r.order)).toEqual([]);
    expect(plain(r.order, r.order.commonDuties ?? [])).toEqual([
      'terminowe załatwianie spraw',
      'ochrona danych osobowych przetwarzanych w komórce',
      'udział w przygotowaniu projektu budżetu Wydziału',
      'współpraca z Biurem Kontroli Wewnętrznej',
    ]);
  });

  it('are the common duties when ust. 2 opens with the common-duties sentence', () => {
    const moved = text
      .replace('1. Wszystkie komórki organizacyjne Wydziału realizują, każda w swoim zakresie, zadania wspólne wymienione w ust. 2.', '1. Komórki organizacyjne Wydziału współdziałają ze sobą.')
      .replace('2. Do zadań wspólnych komórek organizacyjnych Wydziału należy:', '2. Wszystkie wewnętrzne komórki organizacyjne Wydziału są odpowiedzialne za:');
    expect(outlineOf(load(moved).order).commonDuties).toBe(4);
  });

  it('are cited, printed and kept in their place: ust. 1 and ust. 3 as written, the list as ust. 2', () => {
    const { order } = load(text);
    const duty = order.commonDuties![2]!;
    expect(locateItems(order).get(duty.id)?.citation).toEqual({ paragraf: 5, ustep: 2, punkt: 3 });
    expect(printed(order)).toContain(
      '§ 5. 1. Wszystkie komórki organizacyjne Wydziału realizują, każda w swoim zakresie, zadania wspólne wymienione w ust. 2.\n2. Do zadań wspólnych komórek organizacyjnych Wydziału należy:\n1) terminowe załatwianie spraw;\n2) ochrona danych osobowych przetwarzanych w komórce;\n3) udział w przygotowaniu projektu budżetu Wydziału:\n   a) w części dotyczącej wydatków bieżących,\n   b) w części dotyczącej wydatków majątkowych;\n4) współpraca z Biurem Kontroli Wewnętrznej.\n3. Kierownicy komórek organizacyjnych odpowiadają za podział zadań między pracowników.',
    );
  });
});

describe('a word hyphenated at a line end of a PDF copy', () => {
  const name = 'biuro-przenoszenie-wyrazow-z-pdf.txt';
  const text = read(name);
  const r = load(text);

  it('does not change the outline', () => {
    expect(outline(r.order, expected(name))).toEqual(expected(name));
    expect(r.order.unplaced).toEqual([]);
    expect(missingWords(text, r.order)).toEqual([]);
  });

  it('is read whole where the typesetter broke it, and keeps its hyphen where it is a compound or a name', () => {
    expect(plain(r.order, tasks(r.order, 'OT-01'))).toEqual([
      'koordynacja obsługi kancelaryjno-biurowej Biura',
      'przygotowywanie planów finansowo-księgowych Biura',
      'prowadzenie spraw administracyjnych Biura, w tym koordynacja zamówień',
    ]);
    // `biało-` / `czerwonej` keeps the hyphen the order writes elsewhere; `Podgórze-` / `Wschód` is a name
    expect(plain(r.order, tasks(r.order, 'OT-02'))).toEqual([
      'obsługa mieszkańców obszaru Podgórze-Wschód',
      'oznakowanie obiektów w barwach biało-czerwonej flagi, zgodnie z zasadami barw biało-czerwonej flagi państwowej',
    ]);
  });

  it('gives the same outline as the text with the words written whole', () => {
    const whole = text.replace(/([\p{L}]+)-\n([\p{L}]+)/gu, (_m, a: string, b: string) => (/^(?:kancelaryjno|finansowo|Podgórze|biało)$/u.test(a) ? `${a}-${b}` : `${a}${b}`));
    expect(whole).toContain('koordynacja obsługi kancelaryjno-biurowej');
    expect(outlineOf(load(whole).order)).toEqual(outlineOf(r.order));
  });
});

describe('tirety written as bullets or dashes', () => {
  const name = 'wydzial-tirety-z-punktorow.txt';
  const r = load(read(name));

  it('are read as tirety under their point, and as a scope’s own list', () => {
    expect(outline(r.order, expected(name))).toEqual(expected(name));
    expect(tasks(r.order, 'DT-01')[0]!.children.map((c) => c.written?.label)).toEqual(['–', '–']);
    expect(tasks(r.order, 'DT-02').map((c) => c.written?.label)).toEqual(['–', '–']);
  });

  it('are printed back as tirety, not as letters, while letters stay letters', () => {
    const out = printed(r.order);
    expect(out).toContain('1) prowadzenie ewidencji w zakresie:\n   – dróg gminnych,\n   – mostów i wiaduktów;\n2) koordynacja przeglądów:\n   a) rocznych,\n   b) pięcioletnich.');
    expect(out).toContain('należą sprawy:\n– obsługa kancelaryjna Wydziału,\n– archiwizacja dokumentów Wydziału.');
  });

  it('go into the DOCX with the tiret style and label', () => {
    const blocks = orderBlocks(renderDocument(r.order)).filter((b) => b.label === '–');
    expect(blocks).toHaveLength(4);
    expect(new Set(blocks.map((b) => b.style))).toEqual(new Set(['Tiret']));
  });
});

describe('a copy from a document site that counts its pages in brackets', () => {
  const name = 'wydzial-zadania-wspolne-w-ust-2.txt';
  const text = read(name);
  // the site's title and buttons above, `(1)` before the text, `(2)` where its second page starts (inside a list)
  const site = `• Nie znaleziono wyników\n\nZARZĄDZENIE NR 955/2021 PREZYDENTA MIASTA KRAKOWA\n\nShare "ZARZĄDZENIE NR 955/2021"\n\nCopied!\n12\n0\n\nPełen tekst\n\n(1)\n\n${text.replace('2) rozliczanie udzielonych dotacji;', '2) rozliczanie udzielonych\n\n(2)\n\ndotacji;')}`;

  it('reads the same outline and text, the counters and the site’s words left out and reported', () => {
    const r = load(site);
    expect(outline(r.order, expected(name))).toEqual(expected(name));
    expect(r.order.unplaced).toEqual([]);
    expect(plain(r.order, tasks(r.order, 'ZT-02'))[1]).toBe('rozliczanie udzielonych dotacji');
    expect(renderText(r.order)).toBe(renderText(load(text).order));
    expect(r.warnings.filter((w) => w.startsWith('Pominięto numer strony'))).toHaveLength(1);
    expect(r.warnings.some((w) => w.startsWith('Pominięto element strony przed treścią zarządzenia') && w.includes('Copied!'))).toBe(true);
  });
});

describe('a unit of § 2 whose scope the text does not give', () => {
  it('is said so in a warning (a copy cut short), and only that unit', () => {
    const text = read('wydzial-zadania-wspolne-w-ust-2.txt');
    const cut = text.slice(0, text.indexOf('§ 4.'));
    const r = load(cut);
    const notes = r.warnings.filter((w) => /nie ma w tekście zakresu działania/.test(w));
    expect(notes).toEqual(['Komórka „Referat Dotacji Konserwatorskich” (ZT-02) nie ma w tekście zakresu działania: zarządzenie go nie określa albo kopia jest niepełna; uzupełnij go przed wydrukiem.']);
    expect(load(text).warnings.filter((w) => /nie ma w tekście zakresu działania/.test(w))).toEqual([]);
  });
});

describe('chapter headings of a regulation (`Rozdział 2 Zadania wspólne`)', () => {
  const text = [
    'ZARZĄDZENIE NR 77/2019',
    'PREZYDENTA MIASTA KRAKOWA',
    'z dnia 4 lutego 2019 r.',
    'w sprawie regulaminu pracy Zespołu Testowego',
    'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym (Dz. U. z 2018 r. poz. 994) zarządza się, co następuje:',
    'Rozdział 1',
    'Przepisy ogólne',
    '§ 1. Ustala się regulamin pracy Zespołu Testowego.',
    '§ 2. Do zadań Zespołu należy:',
    '1) opiniowanie projektów;',
    '2) wydawanie zaświadczeń.',
    'Rozdział 2',
    'Posiedzenia',
    '§ 3. Posiedzenia zwołuje Przewodniczący Zespołu, o którym mowa w rozdziale 1.',
    '§ 4. Zarządzenie wchodzi w życie z dniem podpisania.',
  ].join('\n');

  it('are cut off the text before them and kept apart, never as words of the last point', () => {
    const r = load(text);
    expect(outlineOf(r.order).paragraphs).toBe(4);
    const second = r.order.paragraphs[1]!.content![0]!;
    expect(second.items.map((i) => RichText.plain(i.text, r.order))).toEqual(['opiniowanie projektów', 'wydawanie zaświadczeń']);
    expect(r.order.unplaced.map((u) => u.text)).toEqual(['Rozdział 1 Przepisy ogólne', 'Rozdział 2 Posiedzenia']);
    expect(r.order.unplaced.every((u) => /nagłówek rozdziału/.test(u.where))).toBe(true);
    expect(missingWords(text, r.order)).toEqual([]);
  });

  it('read the same flattened to one line, and a chapter cited in a sentence is no heading', () => {
    const flat = load(text.replace(/\n/g, ' '));
    expect(flat.order.unplaced.map((u) => u.text)).toEqual(['Rozdział 1 Przepisy ogólne', 'Rozdział 2 Posiedzenia']);
    expect(outlineOf(flat.order)).toEqual(outlineOf(load(text).order));
  });
});

describe('an order number written with spaces around its slash (`Nr 2208 / 2008`, as some PDFs set it)', () => {
  it('is read as the number, in the heading and in the repeal', () => {
    const text = read('kancelaria-z-serwisu-dokumentow.txt').replace(/Nr 412\/2016/g, 'Nr 412 / 2016').replace('Nr 2210/2012', 'Nr 2210 / 2012');
    const o = outlineOf(load(text).order);
    expect(o.number).toBe('412/2016');
    expect(o.repeals).toEqual([{ number: '2210/2012', date: '2012-09-05' }]);
  });
});

describe('a symbol broken before its hyphen (`ZT` / `-01`)', () => {
  const name = 'wydzial-zadania-wspolne-w-ust-2.txt';
  const broken = read(name)
    .replace('1) Referat Ewidencji Zabytków – ZT-01;', '1) Referat Ewidencji Zabytków – ZT\n-01;')
    .replace('Konserwatorskich (ZT-02) należą', 'Konserwatorskich (ZT\n-02) należą');

  it('is one symbol, in § 2 and in a scope heading, on its lines and flattened to one line', () => {
    for (const text of [broken, broken.replace(/\n/g, ' ')]) {
      const r = load(text);
      expect(outline(r.order, expected(name))).toEqual(expected(name));
      expect(r.order.unplaced).toEqual([]);
    }
  });
});

describe('a legal basis whose journal citation spans several years (older orders)', () => {
  const text = read('kancelaria-z-serwisu-dokumentow.txt').replace('(Dz. U. z 2016 r. poz. 446)', '(tekst jednolity: Dz. U. z 2013 r. poz. 594 i poz. 645 oraz z 2014 r. poz. 379)');

  it('is printed as the order wrote it, and the lawyer is told it was not read', () => {
    const r = load(text);
    expect(r.order.legalBasis?.citation).toBeNull();
    expect(printed(r.order)).toContain('o samorządzie gminnym (tekst jednolity: Dz. U. z 2013 r. poz. 594 i poz. 645 oraz z 2014 r. poz. 379), zarządza się, co następuje:');
    expect(r.warnings.some((w) => w.startsWith('Podstawa prawna: nie odczytano metryczki ustawy (tekst jednolity: Dz. U. z 2013 r.'))).toBe(true);
  });

  it('a citation the model reads is printed from the model, with no such warning', () => {
    const r = load(read('kancelaria-z-serwisu-dokumentow.txt'));
    expect(r.order.legalBasis?.citation).toEqual({ year: 2016, positions: [446] });
    expect(r.warnings.some((w) => w.startsWith('Podstawa prawna:'))).toBe(false);
  });
});
