/**
 * Polish language of the orders: declension of unit, position and department names (both ways), the unit kind a
 * name denotes, numerals in words and verb agreement, and comparison of names written in any case.
 * Pure TypeScript; the lexicon is `templates/unit-kinds.json`.
 */
export { inflect, toNominative, nominativeCandidates, unitKindOf, analyzeName, levenshtein, GRAMMATICAL_CASES, OBLIQUE_CASES } from './name.js';
export type { GrammaticalCase, ObliqueCase, NameAnalysis } from './name.js';
export { numeralMasculinePersonal, genitivePlural, deputiesPhrase, subordinationVerb } from './numerals.js';
export { normalizeName, sameName, nameDistance, compareNames, isGenitiveOf, isDativeOf, isInstrumentalOf, isFormOf } from './compare.js';
