/**
 * Polish typography of printed legal text (spec/document-format.md, "Typography"): a non-breaking space after
 * `§`, inside `Dz. U.`, between a number and `r.`, after the one-letter words `a i o u w z` (and their capitals),
 * and between the abbreviations of editorial units and their numbers (`ust. 1`, `pkt 3`, `lit. a`, `nr 1837/2023`,
 * `poz. 1465`), so that none of them ends a line.
 */
const NBSP = '\u00a0';

/** Applies the non-breaking spaces to a text. Idempotent. */
export function polishTypography(text: string): string {
  return text
    .replace(/§ +/g, `§${NBSP}`)
    .replace(/Dz\. +U\./g, `Dz.${NBSP}U.`)
    .replace(/(\d) +(r\.)/g, `$1${NBSP}$2`)
    .replace(/\b(ust\.|pkt|lit\.|nr|Nr|poz\.|art\.) +(?=[\dA-Za-z])/g, `$1${NBSP}`)
    .replace(/(^|[\s(„])([aiouwzAIOUWZ]) +/g, `$1$2${NBSP}`)
    .replace(/(^|[\s(„])([aiouwzAIOUWZ]) +/g, `$1$2${NBSP}`);
}

/** Replaces non-breaking spaces by ordinary ones (for comparing texts). */
export function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
