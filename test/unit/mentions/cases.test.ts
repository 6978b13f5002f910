/**
 * Unit mentions in every grammatical case the orders use (issue 11: "mentions are rendered in the right case,
 * tests per case"): for each of the six cases, a name written in that case inside a task becomes a mention of that
 * case, and renaming the unit rewrites it in the same case. Masculine (Referat, Zespół, Wydział), feminine
 * (Kancelaria, Pracownia), neuter (Biuro, Centrum) names, a samodzielne stanowisko, a position inside a unit
 * (`Stanowisko ds. …`) and the department itself; names with adjectives before and after the head. Forms that
 * several cases share are told apart by the word before them (core/mentions/units.ts, `likelyCases`).
 * The expected forms are written out by hand (standard Polish declension), not produced by `inflect`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { addUnit, renameUnit, type EditResult } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import type { GrammaticalCase } from '../../../core/language/index.js';
import { linkUnitMentions, mentionIndex, recognizeMentions } from '../../../core/mentions/index.js';
import { isAccusativeOfMotion } from '../../../core/mentions/units.js';
import { Inline, type Reference } from '../../../core/model/inline.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { OWN } from '../fixtures.js';

const BASE = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');
const CASES: GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'locative'];
/** Six forms in the order of CASES: mianownik, dopełniacz, celownik, biernik, narzędnik, miejscownik. */
type Forms = [string, string, string, string, string, string];

/** A sentence of a task naming X in each case, with the word that governs the case right before the name. */
const SENTENCE: Record<GrammaticalCase, (x: string) => string> = {
  nominative: (x) => `informowanie, że ${x} prowadzi sekretariat`,
  genitive: (x) => `udostępnianie danych do zakresu ${x}`,
  dative: (x) => `przekazywanie ${x} sprawozdań`,
  accusative: (x) => `opiniowanie spraw prowadzonych przez ${x}`,
  instrumental: (x) => `współpraca z ${x}`,
  locative: (x) => `prowadzenie narad w ${x}`,
};

/** Units of the register (added to the base order unless it has them), each with its forms and a rename of another gender. */
const UNITS: { symbol: string; forms: Forms; renamed: Forms }[] = [
  {
    symbol: 'TW-01',
    forms: ['Referat Organizacyjny', 'Referatu Organizacyjnego', 'Referatowi Organizacyjnemu', 'Referat Organizacyjny', 'Referatem Organizacyjnym', 'Referacie Organizacyjnym'],
    renamed: ['Kancelaria Ogólna', 'Kancelarii Ogólnej', 'Kancelarii Ogólnej', 'Kancelarię Ogólną', 'Kancelarią Ogólną', 'Kancelarii Ogólnej'],
  },
  {
    symbol: 'TW-04',
    forms: ['Zespół Kontroli', 'Zespołu Kontroli', 'Zespołowi Kontroli', 'Zespół Kontroli', 'Zespołem Kontroli', 'Zespole Kontroli'],
    renamed: ['Biuro Kontroli', 'Biura Kontroli', 'Biuru Kontroli', 'Biuro Kontroli', 'Biurem Kontroli', 'Biurze Kontroli'],
  },
  {
    symbol: 'TW-05',
    forms: ['Kancelaria Tajna', 'Kancelarii Tajnej', 'Kancelarii Tajnej', 'Kancelarię Tajną', 'Kancelarią Tajną', 'Kancelarii Tajnej'],
    renamed: ['Referat Niejawny', 'Referatu Niejawnego', 'Referatowi Niejawnemu', 'Referat Niejawny', 'Referatem Niejawnym', 'Referacie Niejawnym'],
  },
  {
    symbol: 'TW-06',
    forms: ['Pracownia Graficzna', 'Pracowni Graficznej', 'Pracowni Graficznej', 'Pracownię Graficzną', 'Pracownią Graficzną', 'Pracowni Graficznej'],
    renamed: ['Zespół Graficzny', 'Zespołu Graficznego', 'Zespołowi Graficznemu', 'Zespół Graficzny', 'Zespołem Graficznym', 'Zespole Graficznym'],
  },
  {
    symbol: 'TW-03',
    forms: ['Biuro Prasowe', 'Biura Prasowego', 'Biuru Prasowemu', 'Biuro Prasowe', 'Biurem Prasowym', 'Biurze Prasowym'],
    renamed: ['Pracownia Prasowa', 'Pracowni Prasowej', 'Pracowni Prasowej', 'Pracownię Prasową', 'Pracownią Prasową', 'Pracowni Prasowej'],
  },
  {
    symbol: 'TW-07',
    forms: ['Centrum Obsługi Mieszkańców', 'Centrum Obsługi Mieszkańców', 'Centrum Obsługi Mieszkańców', 'Centrum Obsługi Mieszkańców', 'Centrum Obsługi Mieszkańców', 'Centrum Obsługi Mieszkańców'],
    renamed: ['Wydział Obsługi Mieszkańców', 'Wydziału Obsługi Mieszkańców', 'Wydziałowi Obsługi Mieszkańców', 'Wydział Obsługi Mieszkańców', 'Wydziałem Obsługi Mieszkańców', 'Wydziale Obsługi Mieszkańców'],
  },
  {
    symbol: 'TW-08',
    forms: ['Samodzielne stanowisko ds. Audytu', 'Samodzielnego stanowiska ds. Audytu', 'Samodzielnemu stanowisku ds. Audytu', 'Samodzielne stanowisko ds. Audytu', 'Samodzielnym stanowiskiem ds. Audytu', 'Samodzielnym stanowisku ds. Audytu'],
    renamed: ['Referat Audytu', 'Referatu Audytu', 'Referatowi Audytu', 'Referat Audytu', 'Referatem Audytu', 'Referacie Audytu'],
  },
  {
    symbol: 'TW-09',
    forms: ['Miejski Zespół Obsługi Inwestorów', 'Miejskiego Zespołu Obsługi Inwestorów', 'Miejskiemu Zespołowi Obsługi Inwestorów', 'Miejski Zespół Obsługi Inwestorów', 'Miejskim Zespołem Obsługi Inwestorów', 'Miejskim Zespole Obsługi Inwestorów'],
    renamed: ['Biuro Obsługi Inwestorów', 'Biura Obsługi Inwestorów', 'Biuru Obsługi Inwestorów', 'Biuro Obsługi Inwestorów', 'Biurem Obsługi Inwestorów', 'Biurze Obsługi Inwestorów'],
  },
];
/** A position inside Referat Organizacyjny. */
const POSITION: { forms: Forms; renamed: Forms } = {
  forms: ['Stanowisko ds. Kadr', 'Stanowiska ds. Kadr', 'Stanowisku ds. Kadr', 'Stanowisko ds. Kadr', 'Stanowiskiem ds. Kadr', 'Stanowisku ds. Kadr'],
  renamed: ['Zespół ds. Kadr', 'Zespołu ds. Kadr', 'Zespołowi ds. Kadr', 'Zespół ds. Kadr', 'Zespołem ds. Kadr', 'Zespole ds. Kadr'],
};
/** The department itself (the order's subject, `Wydział Testowy`), renamed to an office. */
const SUBJECT: { forms: Forms; renamed: Forms } = {
  forms: ['Wydział Testowy', 'Wydziału Testowego', 'Wydziałowi Testowemu', 'Wydział Testowy', 'Wydziałem Testowym', 'Wydziale Testowym'],
  renamed: ['Kancelaria Testowa', 'Kancelarii Testowej', 'Kancelarii Testowej', 'Kancelarię Testową', 'Kancelarią Testową', 'Kancelarii Testowej'],
};

function ok(r: EditResult & { unitId?: string }): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}
const unitOf = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!;
const host = (o: Order): Item[] => {
  const s = unitOf(o, 'TW-02').scope;
  if (s.kind !== 'tasks') throw new Error('TW-02 has no tasks');
  return s.tasks;
};

/** The base order with every unit of UNITS, the position, and one task of Referat Kontroli (TW-02) per name and case. */
function build(): { order: Order; task: Map<string, number> } {
  const r = importText(BASE, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  let o = r.order;
  for (const u of UNITS) if (!o.units.some((x) => x.symbol === u.symbol)) o = ok(addUnit(o, { name: u.forms[0], symbol: u.symbol }));
  o = structuredClone(o);
  const s = unitOf(o, 'TW-01').scope;
  if (s.kind === 'tasks') s.positions.push({ id: 'p-kadry', name: POSITION.forms[0], lead: 'w szczególności', tasks: [] });
  const task = new Map<string, number>();
  const tasks = host(o);
  tasks.length = 0;
  const add = (key: string, forms: Forms) =>
    CASES.forEach((c, i) => {
      task.set(`${key}:${c}`, tasks.length);
      tasks.push({ id: `t-${key}-${c}`, text: [SENTENCE[c](forms[i]!)], children: [] });
    });
  for (const u of UNITS) add(u.symbol, u.forms);
  add('position', POSITION.forms);
  add('subject', SUBJECT.forms);
  return { order: linkUnitMentions(o), task };
}

const { order, task } = build();
const words = (o: Order, key: string) => RichText.plain(host(o)[task.get(key)!]!.text, o);
const refs = (o: Order, key: string) => Inline.refs(host(o)[task.get(key)!]!.text);

describe('a name in each case becomes a mention of that case, and a rename rewrites it in the same case', () => {
  for (const u of UNITS) {
    for (const [i, c] of CASES.entries()) {
      it(`${u.forms[0]} (${u.symbol}), ${c}: „${u.forms[i]}” → „${u.renamed[i]}”`, () => {
        const key = `${u.symbol}:${c}`;
        expect(refs(order, key)).toMatchObject([{ kind: 'unit', unitId: unitOf(order, u.symbol).id, case: c, symbol: false }]);
        expect(words(order, key)).toBe(SENTENCE[c](u.forms[i]!));
        const renamed = ok(renameUnit(order, unitOf(order, u.symbol).id, u.renamed[0]));
        expect(words(renamed, key)).toBe(SENTENCE[c](u.renamed[i]!));
      });
    }
  }

  for (const [i, c] of CASES.entries()) {
    it(`a position inside a unit, ${c}: „${POSITION.forms[i]}” → „${POSITION.renamed[i]}”`, () => {
      const key = `position:${c}`;
      expect(refs(order, key)).toMatchObject([{ kind: 'position', positionId: 'p-kadry', case: c }]);
      const o = structuredClone(order);
      const s = unitOf(o, 'TW-01').scope;
      if (s.kind === 'tasks') s.positions[0]!.name = POSITION.renamed[0];
      expect(words(o, key)).toBe(SENTENCE[c](POSITION.renamed[i]!));
    });

    it(`the department itself, ${c}: „${SUBJECT.forms[i]}” → „${SUBJECT.renamed[i]}”`, () => {
      const key = `subject:${c}`;
      expect(refs(order, key)).toMatchObject([{ kind: 'subject', short: false, case: c }]);
      const o = structuredClone(order);
      o.meta.subject = SUBJECT.renamed[0];
      expect(words(o, key)).toBe(SENTENCE[c](SUBJECT.renamed[i]!));
    });
  }
});

describe('forms several cases share are told apart by the word before them', () => {
  const kancelaria = () => unitOf(order, 'TW-05').id;
  const read = (text: string): Reference[] => Inline.refs(recognizeMentions([text], mentionIndex(order)));

  it('feminine genitive = dative = locative (`Kancelarii Tajnej`): zakresu → genitive, przekazywanie → dative, w/przy/o → locative', () => {
    expect(read('do zakresu Kancelarii Tajnej')).toMatchObject([{ unitId: kancelaria(), case: 'genitive' }]);
    expect(read('przekazywanie Kancelarii Tajnej akt')).toMatchObject([{ case: 'dative' }]);
    expect(read('podległej Kancelarii Tajnej')).toMatchObject([{ case: 'dative' }]);
    for (const p of ['w', 'przy', 'o', 'na', 'po']) expect(read(`sprawy ${p} Kancelarii Tajnej`), p).toMatchObject([{ case: 'locative' }]);
  });

  it('masculine nominative = accusative (`Referat Organizacyjny`): a subject before its verb, an object after przez or a transitive verb', () => {
    expect(read('informowanie, że Referat Organizacyjny prowadzi sekretariat')).toMatchObject([{ case: 'nominative' }]);
    for (const v of ['przez', 'prowadzi', 'nadzoruje', 'obsługuje', 'wspiera', 'reprezentuje']) {
      expect(read(`Dyrektor ${v} Referat Organizacyjny w sprawach kadrowych`), v).toMatchObject([{ case: 'accusative' }]);
    }
  });

  it('before `podlega`: the subject, else the superior in the dative (`Zastępcy Dyrektora … podlega Referat …`)', () => {
    expect(read('sprawy, w których Zastępcy Dyrektora ds. Kontroli podlega Referat Kontroli')).toMatchObject([
      { kind: 'deputy', case: 'dative' },
      { kind: 'unit', unitId: unitOf(order, 'TW-02').id, case: 'nominative' },
    ]);
  });

  it('neuter dative = locative (`Stanowisku ds. Kadr`): przekazywanie → dative, w → locative', () => {
    expect(read('przekazywanie Stanowisku ds. Kadr akt')).toMatchObject([{ kind: 'position', case: 'dative' }]);
    expect(read('prowadzenie akt w Stanowisku ds. Kadr')).toMatchObject([{ kind: 'position', case: 'locative' }]);
  });

  it('every case of an indeclinable name (`Centrum Obsługi Mieszkańców`) from the word before it, the nominative before its verb', () => {
    const centrum = UNITS.find((u) => u.symbol === 'TW-07')!;
    for (const [i, c] of CASES.entries()) expect(read(SENTENCE[c](centrum.forms[i]!)), c).toMatchObject([{ case: c }]);
  });

  it('the accusative after a transitive verb is rewritten as an accusative (`nadzoruje Referat` → `nadzoruje Kancelarię`)', () => {
    const o = structuredClone(order);
    host(o)[0]!.text = recognizeMentions(['Dyrektor nadzoruje Referat Organizacyjny w sprawach kadrowych'], mentionIndex(o));
    const r = ok(renameUnit(o, unitOf(o, 'TW-01').id, 'Kancelaria Ogólna'));
    expect(RichText.plain(host(r)[0]!.text, r)).toBe('Dyrektor nadzoruje Kancelarię Ogólną w sprawach kadrowych');
  });

  it('a name coordinated with another (`i`, `oraz`, a comma) takes its case', () => {
    expect(read('prowadzenie narad w Referacie Organizacyjnym i Kancelarii Tajnej')).toMatchObject([{ case: 'locative' }, { unitId: kancelaria(), case: 'locative' }]);
    expect(read('zadania przekazane Referatowi Organizacyjnemu oraz Kancelarii Tajnej')).toMatchObject([{ case: 'dative' }, { case: 'dative' }]);
    expect(read('w Biurze Prasowym, Kancelarii Tajnej i Pracowni Graficznej')).toMatchObject([{ case: 'locative' }, { case: 'locative' }, { case: 'locative' }]);
    expect(read('do zakresu Referatu Organizacyjnego i Kancelarii Tajnej')).toMatchObject([{ case: 'genitive' }, { case: 'genitive' }]);
    const o = structuredClone(order);
    host(o)[0]!.text = recognizeMentions(['prowadzenie narad w Referacie Organizacyjnym i Kancelarii Tajnej'], mentionIndex(o));
    const r = ok(renameUnit(o, kancelaria(), 'Referat Niejawny'));
    expect(RichText.plain(host(r)[0]!.text, r)).toBe('prowadzenie narad w Referacie Organizacyjnym i Referacie Niejawnym');
  });

  it('`w`/`na` after a word of motion or change governs the accusative; elsewhere the locative (`isAccusativeOfMotion`)', () => {
    for (const t of ['przekształcenie Referatu Kontroli w', 'przekazywanie spraw na', 'kierowanie pracowników na', 'wprowadzanie danych na', 'wpisywanie na', 'powołanie na', 'Referat Kontroli przekształca się w', 'połączenie obu referatów w']) {
      expect(isAccusativeOfMotion(t), t).toBe(true);
    }
    for (const t of ['prowadzenie narad w', 'przekazanie do realizacji w', 'przekazanie akt, prowadzenie spraw w', 'wpis w', 'przyjmowanie pism w', 'sprawy na', 'łączenie spraw na', 'przekazywanie dokumentów do archiwum na']) {
      expect(isAccusativeOfMotion(t), t).toBe(false);
    }
  });

  it('an indeclinable name after such a `w`/`na` is an accusative, and a rename writes the accusative (`w Centrum` → `w Wydział`)', () => {
    const centrum = () => unitOf(order, 'TW-07').id;
    expect(read('przekształcenie Referatu Kontroli w Centrum Obsługi Mieszkańców')).toMatchObject([{ unitId: unitOf(order, 'TW-02').id, case: 'genitive' }, { unitId: centrum(), case: 'accusative' }]);
    expect(read('kierowanie interesantów na Centrum Obsługi Mieszkańców')).toMatchObject([{ unitId: centrum(), case: 'accusative' }]);
    expect(read('prowadzenie narad w Centrum Obsługi Mieszkańców')).toMatchObject([{ unitId: centrum(), case: 'locative' }]);
    expect(read('przekazanie do realizacji w Centrum Obsługi Mieszkańców')).toMatchObject([{ unitId: centrum(), case: 'locative' }]);
    // `do` + the genitive after a word of motion; the dative right after `przekazywanie`
    expect(read('przekazywanie spraw do Kancelarii Tajnej')).toMatchObject([{ case: 'genitive' }]);
    expect(read('przekazywanie spraw na Kancelarię Tajną')).toMatchObject([{ case: 'accusative' }]);
    const o = structuredClone(order);
    host(o)[0]!.text = recognizeMentions(['przekształcenie Referatu Kontroli w Centrum Obsługi Mieszkańców'], mentionIndex(o));
    host(o)[1]!.text = recognizeMentions(['prowadzenie narad w Centrum Obsługi Mieszkańców'], mentionIndex(o));
    const linked = linkUnitMentions(o);
    const r = ok(renameUnit(linked, centrum(), 'Wydział Obsługi Mieszkańców'));
    expect(RichText.plain(host(r)[0]!.text, r)).toBe('przekształcenie Referatu Kontroli w Wydział Obsługi Mieszkańców');
    expect(RichText.plain(host(r)[1]!.text, r)).toBe('prowadzenie narad w Wydziale Obsługi Mieszkańców');
  });

  it('a mention stored with the dative after `w` (an earlier release) is read again as a locative, its words unchanged', () => {
    const o = structuredClone(order);
    host(o)[0]!.text = ['prowadzenie narad w ', { kind: 'unit', unitId: kancelaria(), case: 'dative', symbol: false }, ' i przy Biurze Prasowym'];
    const before = renderText(o);
    const linked = linkUnitMentions(structuredClone(o));
    expect(renderText(linked)).toBe(before);
    expect(Inline.refs(host(linked)[0]!.text)).toMatchObject([{ unitId: kancelaria(), case: 'locative' }, { case: 'locative' }]);
    const r = ok(renameUnit(linked, kancelaria(), 'Referat Niejawny'));
    expect(RichText.plain(host(r)[0]!.text, r)).toBe('prowadzenie narad w Referacie Niejawnym i przy Biurze Prasowym');
  });
});

describe('the importer reads the locative and the accusative, and render keeps the words', () => {
  const text = BASE.replace(
    '1) obsługa dziennikarzy;\n2) przygotowanie komunikatów prasowych.',
    [
      '1) obsługa narad w Referacie Organizacyjnym (TW-01);',
      '2) publikacja komunikatów przygotowanych przez Referat Kontroli;',
      '3) udział w naradach w Wydziale.',
    ].join('\n'),
  );
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  const o = r.order;
  const tasks = (x: Order) => {
    const s = unitOf(x, 'TW-03').scope;
    return s.kind === 'tasks' ? s.tasks : [];
  };

  it('turns the names into mentions of those cases', () => {
    expect(Inline.refs(tasks(o)[0]!.text)).toMatchObject([{ kind: 'unit', unitId: unitOf(o, 'TW-01').id, case: 'locative', symbol: true }]);
    expect(Inline.refs(tasks(o)[1]!.text)).toMatchObject([{ kind: 'unit', unitId: unitOf(o, 'TW-02').id, case: 'accusative', symbol: false }]);
    expect(Inline.refs(tasks(o)[2]!.text)).toMatchObject([{ kind: 'subject', short: true, case: 'locative' }]);
  });

  it('renders the text as written, and a rename in the same case', () => {
    expect(renderText(o).replace(/\u00a0/g, ' ')).toContain('obsługa narad w Referacie Organizacyjnym (TW-01);');
    let x = ok(renameUnit(o, unitOf(o, 'TW-01').id, 'Biuro Organizacyjne'));
    x = ok(renameUnit(x, unitOf(x, 'TW-02').id, 'Kancelaria Kontroli'));
    const t = tasks(x).map((it) => RichText.plain(it.text, x));
    expect(t).toEqual(['obsługa narad w Biurze Organizacyjnym (TW-01)', 'publikacja komunikatów przygotowanych przez Kancelarię Kontroli', 'udział w naradach w Wydziale']);
  });
});

describe('checks read the locative and the accusative too', () => {
  const withTask = (task: string): Order => {
    const r = importText(BASE.replace('2) przygotowanie komunikatów prasowych.', `2) ${task}.`), 'txt');
    if (!r.ok) throw new Error(r.error.message);
    return r.order;
  };

  it('a misspelt unit in the locative is offered the register’s name in the locative', () => {
    const f = checkOrder(withTask('udział w naradach w Referacie Kontrolli')).find((x) => x.code === 'mentions.unknown-unit');
    expect(f?.fix?.label).toBe('Zamień na „Referacie Kontroli”');
  });

  it('another kind of department named in the locative or the accusative is offered the subject in that case', () => {
    const loc = checkOrder(withTask('przygotowanie komunikatów prasowych w Biurze')).find((x) => x.code === 'structure.subject-name');
    expect(loc?.fix?.label).toBe('Zamień na „Wydziale Testowym”');
    const acc = checkOrder(withTask('przygotowanie komunikatów prasowych zleconych przez Kancelarię')).find((x) => x.code === 'structure.subject-name');
    expect(acc?.fix?.label).toBe('Zamień na „Wydział Testowy”');
  });
});
