import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyzeName,
  compareNames,
  inflect,
  isDativeOf,
  isGenitiveOf,
  isInstrumentalOf,
  nameDistance,
  nominativeCandidates,
  sameName,
  toNominative,
  unitKindOf,
} from '../../../core/language/index.js';
import { OWN_CASES } from './cases.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, '../../../../shared/fixtures/expected/declension.json'), 'utf8')) as Record<
  'genitive' | 'dative' | 'instrumental',
  Record<string, string>
>;
const CASES = ['genitive', 'dative', 'instrumental'] as const;

describe('declension.json (fixtures)', () => {
  for (const c of CASES) {
    const rows = Object.entries(fixture[c]);
    it(`has ${c} rows`, () => expect(rows.length).toBeGreaterThan(0));
    it.each(rows)(`${c}: %s → %s`, (nom, form) => {
      expect(inflect(nom, c)).toBe(form);
      expect(toNominative(form, c)).toBe(nom);
    });
  }
});

describe('own names (kinds the fixtures do not show)', () => {
  it('covers at least 30 names', () => expect(OWN_CASES.length).toBeGreaterThanOrEqual(30));
  it.each(OWN_CASES)('%s', (nom, gen, dat, ins, kind) => {
    const forms = { genitive: gen, dative: dat, instrumental: ins };
    for (const c of CASES) {
      expect(inflect(nom, c)).toBe(forms[c]);
      expect(toNominative(inflect(nom, c), c)).toBe(nom);
    }
    expect(unitKindOf(nom)).toBe(kind);
  });
});

describe('inflect', () => {
  it('returns the nominative unchanged', () => expect(inflect('Biuro Prasowe', 'nominative')).toBe('Biuro Prasowe'));
  it('lets an override win, and only for its case', () => {
    const o = { genitive: 'Referatu „Biuro Prasowe”' };
    expect(inflect('Referat Biuro Prasowe', 'genitive', o)).toBe('Referatu „Biuro Prasowe”');
    expect(inflect('Referat Biuro Prasowe', 'dative', o)).toBe('Referatowi Biuro Prasowe');
  });
  it('keeps the capitalisation of the input', () => {
    expect(inflect('samodzielne stanowisko ds. audytu', 'genitive')).toBe('samodzielnego stanowiska ds. audytu');
    expect(inflect('Samodzielne Stanowisko ds. Audytu', 'genitive')).toBe('Samodzielnego Stanowiska ds. Audytu');
  });
  it('keeps the spacing of the input, including a no-break space', () => {
    expect(inflect('Referat  ds.\u00a0Organizacyjnych', 'genitive')).toBe('Referatu  ds.\u00a0Organizacyjnych');
  });
  it('declines only the last part of a hyphenated adjective', () => {
    expect(inflect('Biuro Prawno-Organizacyjne', 'instrumental')).toBe('Biurem Prawno-Organizacyjnym');
  });
  it('leaves the part after ds. alone even when it holds adjectives', () => {
    expect(inflect('Stanowisko ds. Prawnych i Ochrony Wartości Niematerialnych Miasta', 'genitive')).toBe(
      'Stanowiska ds. Prawnych i Ochrony Wartości Niematerialnych Miasta',
    );
  });
  it('keeps words before a misspelt head as written (Samodzielnie stanowisko …)', () => {
    expect(inflect('Samodzielnie stanowisko Rzecznika', 'genitive')).toBe('Samodzielnie stanowiska Rzecznika');
  });
  it('declines an unknown head by its ending and says so', () => {
    expect(inflect('Biblioteka Miejska', 'genitive')).toBe('Biblioteki Miejskiej');
    expect(inflect('Biblioteka Miejska', 'dative')).toBe('Bibliotece Miejskiej');
    expect(analyzeName('Biblioteka Miejska')?.known).toBe(false);
    expect(analyzeName('Biuro Prasowe')?.known).toBe(true);
  });
  it('returns an empty name unchanged', () => expect(inflect('', 'genitive')).toBe(''));
});

describe('toNominative', () => {
  it.each([
    ['I Zastępcy Dyrektora', 'dative', 'I Zastępca Dyrektora'],
    ['Dyrektorowi Wydziału', 'dative', 'Dyrektor Wydziału'],
    ['Wydziałem Komunikacji Społecznej', 'instrumental', 'Wydział Komunikacji Społecznej'],
    ['Kancelarią Prezydenta', 'instrumental', 'Kancelaria Prezydenta'],
    ['Referatu Organizacyjnego', 'genitive', 'Referat Organizacyjny'],
    ['Stanowisk ds. X', 'genitive', 'Stanowiska ds. X'],
    ['Stanowiska ds. X', 'genitive', 'Stanowisko ds. X'],
    ['Biura', 'genitive', 'Biuro'],
    ['Pełnomocnika Prezydenta Miasta Krakowa ds. Rozwoju Przedsiębiorczości', 'genitive', 'Pełnomocnik Prezydenta Miasta Krakowa ds. Rozwoju Przedsiębiorczości'],
    ['Bibliotece Miejskiej', 'dative', 'Biblioteka Miejska'],
  ] as const)('%s (%s) → %s', (form, c, nom) => expect(toNominative(form, c)).toBe(nom));

  it('lists both readings when an adjective may belong to the head or to the complement', () => {
    expect(nominativeCandidates('Biura Prasowego Prezydenta', 'genitive')).toEqual(['Biuro Prasowe Prezydenta', 'Biuro Prasowego Prezydenta']);
    expect(nominativeCandidates('Biura Miejskiego Konserwatora Zabytków', 'genitive')[0]).toBe('Biuro Miejskiego Konserwatora Zabytków');
  });
});

describe('unitKindOf', () => {
  it.each([
    ['Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa', 'samodzielneStanowisko'],
    ['Samodzielnie stanowisko Rzecznika Prezydenta Miasta Krakowa', 'samodzielneStanowisko'],
    ['Stanowiska ds. Spotkań z Mieszkańcami', 'stanowiska'],
    ['Stanowisko ds. Wystąpień Prezydenta', 'stanowisko'],
    ['Pełnomocnik Prezydenta Miasta Krakowa ds. Ochrony Informacji Niejawnych', 'pelnomocnik'],
    ['Główny Specjalista ds. organizacji samorządowych', 'specjalista'],
    ['Referatu Mediów Miejskich', 'referat'],
    ['Biblioteka Miejska', 'inny'],
  ] as const)('%s → %s', (name, kind) => expect(unitKindOf(name)).toBe(kind));
});

describe('comparing names', () => {
  const pel = 'Pełnomocnik Prezydenta Miasta Krakowa ds. Ochrony Informacji Niejawnych';
  it('matches a name written in another case', () => {
    expect(sameName(`Pełnomocnika Prezydenta Miasta Krakowa ds. Ochrony Informacji Niejawnych`, pel)).toBe(true);
    expect(sameName('Zastępcy Dyrektora ds. Promocji', 'Zastępca Dyrektora ds. Promocji')).toBe(true);
    expect(sameName('Referatu Kampanii Informacyjno – Promocyjnych Miasta', 'Referat Kampanii Informacyjno-Promocyjnych Miasta')).toBe(true);
  });
  it('tells a misspelt name from the same and from a different one', () => {
    const a = 'Samodzielnie stanowisko Rzecznika Prezydenta Miasta Krakowa';
    const b = 'Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa';
    expect(sameName(a, b)).toBe(false);
    expect(nameDistance(a, b)).toBe(1);
    expect(nameDistance('Samodzielnego stanowiska Rzecznika Prezydenta Miasta Krakowa', a)).toBe(1);
    expect(compareNames(a, b)).toBe('misspelt');
    expect(compareNames('Biuro Prasowe', 'Biura Prasowego')).toBe('same');
    expect(compareNames('Biuro Prasowe', 'Referat Organizacyjny')).toBe('different');
  });
  it('checks the case of a written form', () => {
    expect(isGenitiveOf('Biuro Prasowe', 'Biura Prasowego')).toBe(true);
    expect(isGenitiveOf('Biuro Prasowe', 'Biura Prasowe')).toBe(false);
    expect(isGenitiveOf('Biuro Prasowe', 'Biuro Prasowe')).toBe(false);
    expect(isDativeOf('I Zastępca Dyrektora', 'I Zastępcy Dyrektora')).toBe(true);
    expect(isDativeOf('Dyrektor Wydziału', 'Dyrektora Wydziału')).toBe(false);
    expect(isInstrumentalOf('Kancelaria Prezydenta', 'Kancelarią Prezydenta')).toBe(true);
    expect(isGenitiveOf('Referat Biuro Prasowe', 'Referatu Biura Prasowego', { genitive: 'Referatu Biura Prasowego' })).toBe(true);
    expect(isGenitiveOf('Referat Biuro Prasowe', 'Referatu Biuro Prasowe', { genitive: 'Referatu Biura Prasowego' })).toBe(false);
  });
});

describe('a form given with the wrong case', () => {
  it('is returned unchanged rather than guessed', () => {
    expect(toNominative('Wydziału Komunikacji Społecznej', 'dative')).toBe('Wydziału Komunikacji Społecznej');
    expect(toNominative('Referat Organizacyjny', 'genitive')).toBe('Referat Organizacyjny');
    expect(toNominative('Dyrektor Wydziału', 'dative')).toBe('Dyrektor Wydziału');
  });
});
