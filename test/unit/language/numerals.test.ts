import { describe, expect, it } from 'vitest';
import { deputiesPhrase, genitivePlural, numeralMasculinePersonal, subordinationVerb } from '../../../core/language/index.js';

describe('numerals', () => {
  it.each([
    [1, 'jednego'], [2, 'dwóch'], [3, 'trzech'], [4, 'czterech'], [5, 'pięciu'], [9, 'dziewięciu'], [10, 'dziesięciu'],
    [12, 'dwunastu'], [19, 'dziewiętnastu'], [20, 'dwudziestu'], [21, 'dwudziestu jeden'], [22, 'dwudziestu dwóch'], [45, 'czterdziestu pięciu'], [99, 'dziewięćdziesięciu dziewięciu'],
  ])('%i → %s', (n, w) => expect(numeralMasculinePersonal(n)).toBe(w));
  it('rejects numbers outside 1–99', () => {
    expect(() => numeralMasculinePersonal(0)).toThrow(RangeError);
    expect(() => numeralMasculinePersonal(100)).toThrow(RangeError);
    expect(() => numeralMasculinePersonal(2.5)).toThrow(RangeError);
  });
});

describe('deputiesPhrase', () => {
  it('writes the § 1 phrase', () => {
    expect(deputiesPhrase(0)).toBe('');
    expect(deputiesPhrase(1)).toBe('Zastępcy');
    expect(deputiesPhrase(1, { as: 'subject' })).toBe('Zastępca');
    expect(deputiesPhrase(2)).toBe('dwóch Zastępców');
    expect(deputiesPhrase(2, { as: 'subject' })).toBe('dwóch Zastępców');
    expect(deputiesPhrase(3)).toBe('trzech Zastępców');
    expect(deputiesPhrase(4)).toBe('czterech Zastępców');
    expect(deputiesPhrase(5)).toBe('pięciu Zastępców');
  });
  it('takes another person noun', () => {
    expect(deputiesPhrase(2, { noun: 'Pełnomocnik' })).toBe('dwóch Pełnomocników');
    expect(deputiesPhrase(3, { noun: 'Radca' })).toBe('trzech Radców');
    expect(genitivePlural('ZASTĘPCA')).toBe('ZASTĘPCÓW');
  });
});

describe('subordinationVerb', () => {
  it('agrees with the number of subjects listed', () => {
    expect(subordinationVerb(1)).toBe('podlega');
    expect(subordinationVerb(2)).toBe('podlegają');
    expect(subordinationVerb(7)).toBe('podlegają');
  });
  it('is singular with a masculine-personal numeral subject (któremu podlega dwóch Zastępców)', () => {
    expect(subordinationVerb(2, 'numeral')).toBe('podlega');
  });
  it('rejects a count below 1', () => expect(() => subordinationVerb(0)).toThrow(RangeError));
});
