/**
 * How an order cites a place of itself or of another act: `§ 4 ust. 1 pkt 2 lit. a`, `ust. 2`, `art. 33 ust. 3`.
 * Source: ZTP § 56–§ 60 (citing editorial units). The formatting and parsing of the citations the app computes
 * is `core/model/citation.ts`; this module holds the patterns for finding citations in written text.
 */

/** Source of a citation of a place inside an order: `§ 4`, `§ 4 ust. 1 pkt 2 lit. a` (no flags). */
export const CITATION_SOURCE = '§\\s*\\d+[a-z]?(?:\\s+ust\\.\\s*\\d+)?(?:\\s+pkt\\s*\\d+)?(?:\\s+lit\\.\\s*[a-z]{1,2})?';

/**
 * A citation in running text, global: `w § 4 ust. 1 pkt 2`. Group 1 is the paragraf number, group 2 the rest
 * (` ust. 1 pkt 2`). Not preceded by a letter or a digit.
 */
export function citationPattern(): RegExp {
  return /(?<![\p{L}\d])§\s*(\d+)((?:\s+ust\.\s*\d+)?(?:\s+pkt\s*\d+)?(?:\s+lit\.\s*[a-z]+)?)/gu;
}

/** Words after which `ust. n` refers to an ustęp of the same paragraf (`o którym mowa w ust. 1`). */
export const RELATIVE_USTEP = /(?:mowa\s+w|wynikających\s+z|określon\w*\s+w|zgodnie\s+z)\s+ust\.\s*(\d+)(?:\s*(?:i|oraz|,)\s*(\d+))?/gu;

/** Words after a citation that make it a citation of another act (`§ 3 rozporządzenia …`). */
export const OTHER_ACT_AFTER = /^\s*(?:i\s+\d+\s+)?(?:ustawy|zarządzenia|rozporządzenia|uchwały|regulaminu|statutu|instrukcji|załącznika|Zasad|aktu)/u;

/**
 * Text that, standing right before a number, makes the number part of a reference and never an editorial
 * label: `ust. 1.`, `pkt 2)`, `art. 33.`, `poz. 1465)`, `nr 12.`, `§ 4.`, and the following numbers of a list of
 * them (`pkt 1 i 2)`, `poz. 40, 572, 1463 i 1688)`). Anchored at the end.
 */
export const REFERENCE_BEFORE_NUMBER = /(?:^|[^\p{L}])(?:ust\.|pkt\.?|lit\.|art\.|poz\.|nr\.?|Nr\.?|NR|§|Dz\.\s*U\.|ustęp(?:ie|u)?|punkt(?:cie|u)?|paragraf(?:ie|u)?)\s*(?:\d+[a-z]?\s*(?:,|i|oraz|lub|albo|-|–)\s*)*$/u;

/**
 * The journal citation in brackets of a legal basis as written: `(Dz. U. z 2024 r. poz. 1465)`, `(tekst jednolity:
 * Dz. U. z 2013 r. poz. 594 … oraz z 2014 r. poz. 379)`. In: the basis sentence. Out: the bracketed text verbatim,
 * or null when the sentence cites no journal in brackets.
 */
export function bracketedJournalCitation(basis: string): string | null {
  return /\([^()]*Dz\.\s*U[^()]*\)/u.exec(basis)?.[0] ?? null;
}
