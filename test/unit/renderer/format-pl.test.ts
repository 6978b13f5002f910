/** Polish dates: typed as dd.mm.rrrr (or pasted as ISO), shown as dd.mm.rrrr and in words. */
import { describe, expect, it } from 'vitest';
import { countPl, formatDateNumericPl, formatDatePl, parseDatePl } from '../../../renderer/src/format.js';

describe('Polish dates', () => {
  it('reads a date written day first, in the usual Polish ways, and ISO', () => {
    expect(parseDatePl('05.01.2027')).toBe('2027-01-05');
    expect(parseDatePl('5.1.2027 r.')).toBe('2027-01-05');
    expect(parseDatePl('5-01-2027')).toBe('2027-01-05');
    expect(parseDatePl(' 31/12/2026 ')).toBe('2026-12-31');
    expect(parseDatePl('2027-01-05')).toBe('2027-01-05');
  });
  it('refuses what is not a real date (never the month first)', () => {
    expect(parseDatePl('31.02.2027')).toBeNull();
    expect(parseDatePl('12/31/2026')).toBeNull();
    expect(parseDatePl('5.01.27')).toBeNull();
    expect(parseDatePl('jutro')).toBeNull();
    expect(parseDatePl('')).toBeNull();
  });
  it('shows dd.mm.rrrr and the date in words', () => {
    expect(formatDateNumericPl('2027-01-05')).toBe('05.01.2027');
    expect(formatDatePl('2027-01-05')).toBe('5 stycznia 2027 r.');
  });
});

describe('Polish nouns after a number', () => {
  it('takes the form of 1, of 2–4 (not 12–14) and of the rest', () => {
    const f = (n: number) => `${n} ${countPl(n, 'punkt', 'punkty', 'punktów')}`;
    expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 24, 25, 112, 122].map(f)).toEqual([
      '0 punktów', '1 punkt', '2 punkty', '4 punkty', '5 punktów', '11 punktów', '12 punktów', '14 punktów',
      '21 punktów', '22 punkty', '24 punkty', '25 punktów', '112 punktów', '122 punkty',
    ]);
  });
});
