/**
 * The locative and the accusative of unit, position and department names (core/language): hand-written forms of
 * every kind of name (test/unit/language/cases.ts), the forms that stand in the fixture orders after the
 * prepositions that govern these cases, adjectives agreeing on both sides of the head, overrides, guessed heads and
 * reading a form back to its nominative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeName, inflect, isFormOf, nominativeCandidates, sameName, toNominative, unitKindOf } from '../../../core/language/index.js';
import { fixturePath } from '../fixtures.js';
import { OWN_ACCUSATIVE_LOCATIVE, OWN_CASES } from './cases.js';

describe('own names: accusative and locative written by hand', () => {
  it('covers every name of the four-case table', () => {
    const four = new Set(OWN_CASES.map((r) => r[0]));
    expect(OWN_ACCUSATIVE_LOCATIVE.filter((r) => four.has(r[0])).length).toBe(four.size);
  });
  it.each(OWN_ACCUSATIVE_LOCATIVE)('%s', (nom, acc, loc) => {
    expect(inflect(nom, 'accusative')).toBe(acc);
    expect(inflect(nom, 'locative')).toBe(loc);
    expect(toNominative(acc, 'accusative')).toBe(nom);
    expect(toNominative(loc, 'locative')).toBe(nom);
    expect(unitKindOf(loc)).toBe(unitKindOf(nom));
  });
});

describe('the forms the fixture orders write', () => {
  // [fixture, nominative, case, the words that stand in the fixture]
  const seen = [
    ['3468-2024', 'Wydział', 'locative', 'w Wydziale'],
    ['3468-2024', 'Wydział', 'accusative', 'przez Wydział'],
    ['3468-2024', 'Kancelaria Prezydenta', 'accusative', 'przez Kancelarię'],
    ['2006-2020', 'Kancelaria Prezydenta', 'accusative', 'przez Kancelarię Prezydenta'],
    ['2006-2020', 'Kancelaria Prezydenta', 'locative', 'w Kancelarii Prezydenta'],
    ['2006-2020', 'Urząd Miasta Krakowa', 'locative', 'w Urzędzie Miasta Krakowa'],
    ['1630-2007', 'Kancelaria Prezydenta', 'locative', 'w Kancelarii Prezydenta'],
  ] as const;
  it.each(seen)('%s: %s in the %s', (fixture, nom, c, words) => {
    const text = readFileSync(fixturePath(fixture), 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(words);
    const form = inflect(nom, c);
    expect(words.endsWith(form) || words.endsWith(form.split(' ')[0]!)).toBe(true);
    expect(toNominative(form, c)).toBe(nom);
  });
});

describe('agreement', () => {
  it('declines adjectives before and after the head in both cases', () => {
    expect(inflect('Biuro Prasowe', 'locative')).toBe('Biurze Prasowym');
    expect(inflect('Miejski Zespół Obsługi', 'locative')).toBe('Miejskim Zespole Obsługi');
    expect(inflect('Kancelaria Tajna', 'accusative')).toBe('Kancelarię Tajną');
    expect(inflect('Pracownia Graficzna', 'locative')).toBe('Pracowni Graficznej');
    expect(inflect('Stanowiska Samodzielne ds. Kontroli', 'locative')).toBe('Stanowiskach Samodzielnych ds. Kontroli');
  });
  it('gives the adjectives of a person in the accusative the genitive ending, of a thing the nominative one', () => {
    expect(inflect('Główny Specjalista ds. Kadr', 'accusative')).toBe('Głównego Specjalistę ds. Kadr');
    expect(inflect('Rzecznik Prasowy', 'accusative')).toBe('Rzecznika Prasowego');
    expect(inflect('Punkt Informacyjny', 'accusative')).toBe('Punkt Informacyjny');
    expect(inflect('Samodzielne stanowisko ds. Audytu', 'accusative')).toBe('Samodzielne stanowisko ds. Audytu');
  });
  it('keeps letter case, spacing and the hyphenated first part', () => {
    expect(inflect('WYDZIAŁ KOMUNIKACJI SPOŁECZNEJ', 'locative')).toBe('WYDZIALE KOMUNIKACJI SPOŁECZNEJ');
    expect(inflect('Referat  ds.\u00a0Organizacyjnych', 'locative')).toBe('Referacie  ds.\u00a0Organizacyjnych');
    expect(inflect('Biuro Prawno-Organizacyjne', 'locative')).toBe('Biurze Prawno-Organizacyjnym');
  });
});

describe('overrides (name forms)', () => {
  it('an override of the locative or the accusative wins, and only for its case', () => {
    const o = { locative: 'Referacie „Biuro Prasowe”', accusative: 'Referat „Biuro Prasowe”' };
    expect(inflect('Referat Biuro Prasowe', 'locative', o)).toBe('Referacie „Biuro Prasowe”');
    expect(inflect('Referat Biuro Prasowe', 'accusative', o)).toBe('Referat „Biuro Prasowe”');
    expect(inflect('Referat Biuro Prasowe', 'genitive', o)).toBe('Referatu Biuro Prasowe');
    expect(isFormOf('Referat Biuro Prasowe', 'Referacie „Biuro Prasowe”', 'locative', o)).toBe(true);
    expect(isFormOf('Referat Biuro Prasowe', 'Referacie Biuro Prasowe', 'locative', o)).toBe(false);
  });
});

describe('heads the lexicon does not know (guessed by their ending)', () => {
  it.each([
    ['Klub Seniora', 'Klub Seniora', 'Klubie Seniora'],
    ['Instytut Kultury', 'Instytut Kultury', 'Instytucie Kultury'],
    ['Teatr Miejski', 'Teatr Miejski', 'Teatrze Miejskim'],
    ['Muzeum Historyczne', 'Muzeum Historyczne', 'Muzeum Historycznym'],
    ['Schronisko Miejskie', 'Schronisko Miejskie', 'Schronisku Miejskim'],
    ['Wydawnictwo Miejskie', 'Wydawnictwo Miejskie', 'Wydawnictwie Miejskim'],
    ['Biblioteka Miejska', 'Bibliotekę Miejską', 'Bibliotece Miejskiej'],
    ['Przychodnia Rejonowa', 'Przychodnię Rejonową', 'Przychodni Rejonowej'],
  ])('%s → %s, %s', (nom, acc, loc) => {
    expect(analyzeName(nom)?.known).toBe(false);
    expect(inflect(nom, 'accusative')).toBe(acc);
    expect(inflect(nom, 'locative')).toBe(loc);
    expect(toNominative(acc, 'accusative')).toBe(nom);
    expect(toNominative(loc, 'locative')).toBe(nom);
  });
});

describe('reading back', () => {
  it('lists both readings when an adjective may belong to the head or to the complement', () => {
    expect(nominativeCandidates('Biurze Prasowym Prezydenta', 'locative')).toEqual(['Biuro Prasowe Prezydenta', 'Biuro Prasowym Prezydenta']);
  });
  it('returns a form given with the wrong case unchanged', () => {
    expect(toNominative('Wydziału Komunikacji Społecznej', 'locative')).toBe('Wydziału Komunikacji Społecznej');
    expect(toNominative('Referatowi Organizacyjnemu', 'accusative')).toBe('Referatowi Organizacyjnemu');
  });
  it('compares a name written in the locative or the accusative with its nominative', () => {
    expect(sameName('Referacie ds. Organizacyjnych', 'Referat ds. Organizacyjnych')).toBe(true);
    expect(sameName('Kancelarię Tajną', 'Kancelaria Tajna')).toBe(true);
    expect(sameName('Biurze Prasowym', 'Biuro Promocji')).toBe(false);
  });
});
