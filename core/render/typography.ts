/**
 * Polish typography of printed legal text (spec/document-format.md, "Typography"): a non-breaking space after
 * `§`, inside `Dz. U.`, between a number and `r.`, after the one-letter words `a i o u w z` (and their capitals),
 * and between the abbreviations of editorial units and their numbers (`ust. 1`, `pkt 3`, `lit. a`, `nr 1837/2023`,
 * `poz. 1465`), so that none of them ends a line.
 */
import { UNIT_ABBREVIATION_SOURCE } from '../lexicon/index.js';

const NBSP = '\u00a0';
/** An abbreviation of an editorial unit or act before its number (`ust. 1`, `pkt 3`; the lexicon's list). */
const UNIT_ABBREVIATION_BEFORE = new RegExp(`\\b(${UNIT_ABBREVIATION_SOURCE}) +(?=[\\dA-Za-z])`, 'g');

/** Applies the non-breaking spaces to a text. Idempotent. */
export function polishTypography(text: string): string {
  return text
    .replace(/§ +/g, `§${NBSP}`)
    .replace(/Dz\. +U\./g, `Dz.${NBSP}U.`)
    .replace(/(\d) +(r\.)/g, `$1${NBSP}$2`)
    .replace(UNIT_ABBREVIATION_BEFORE, `$1${NBSP}`)
    .replace(/(^|[\s(„])([aiouwzAIOUWZ]) +/g, `$1$2${NBSP}`)
    .replace(/(^|[\s(„])([aiouwzAIOUWZ]) +/g, `$1$2${NBSP}`);
}

/** Replaces non-breaking spaces by ordinary ones (for comparing texts). */
export function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
