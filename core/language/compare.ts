/**
 * Comparing names written in any case, for the checks (one unit named twice differently, a heading with the
 * wrong case).
 */
import type { NameForms } from '../model/order.js';
import { inflect, levenshtein, nominativeCandidates, OBLIQUE_CASES, type ObliqueCase } from './name.js';

/**
 * Normal form used to compare names: no-break and repeated spaces collapsed, dashes and hyphens with or without
 * spaces around them made one `-` (`Informacyjno – Promocyjnych` = `Informacyjno-Promocyjnych`), trimmed.
 */
export function normalizeName(s: string): string {
  return s.replace(/[\u00a0\s]+/g, ' ').replace(/\s*[-\u2010\u2011\u2013\u2014]\s*/g, '-').trim();
}

/** The nominatives a text may stand for: itself (read as a nominative) and its nominative read from each oblique case. */
function readings(s: string): string[] {
  const n = normalizeName(s);
  const out = new Set([n]);
  for (const c of OBLIQUE_CASES) for (const x of nominativeCandidates(n, c)) out.add(normalizeName(x));
  return [...out];
}

/**
 * Smallest edit distance between the nominatives two names written in any case may stand for (0: the same
 * name). A small distance (1–2) with a length over ~10 letters means "the same unit, misspelt"
 * (`Samodzielnie stanowisko …` vs `Samodzielne stanowisko …` → 1).
 */
export function nameDistance(a: string, b: string): number {
  const ra = readings(a);
  const rb = readings(b);
  let best = Infinity;
  for (const x of ra) for (const y of rb) best = Math.min(best, levenshtein(x, y));
  return best;
}

/**
 * True when two names, each written in any case, denote the same name (`Pełnomocnika Prezydenta … ds. Ochrony
 * Informacji Niejawnych` and `Pełnomocnik Prezydenta … ds. Ochrony Informacji Niejawnych`). Spacing and dash
 * variants are ignored; any difference of letters (including capitalisation) is not: use `nameDistance`.
 */
export function sameName(a: string, b: string): boolean {
  return nameDistance(a, b) === 0;
}

/** Result of classifying two names: same, same name misspelt (distance ≤ 2, or only letter case differs), different. */
export function compareNames(a: string, b: string): 'same' | 'misspelt' | 'different' {
  const d = nameDistance(a, b);
  if (d === 0) return 'same';
  if (d <= 2 || nameDistance(a.toLowerCase(), b.toLowerCase()) === 0) return 'misspelt';
  return 'different';
}

/** Whether `written` is a correct form of the nominative name in case `c` (spacing and dash variants ignored). */
export function isFormOf(nominative: string, written: string, c: ObliqueCase, overrides?: NameForms): boolean {
  // The override, when given, is the correct form (it wins over the generated one).
  return normalizeName(inflect(nominative, c, overrides)) === normalizeName(written);
}

/** Whether `written` is a correct genitive of the nominative name (spacing and dash variants ignored). */
export function isGenitiveOf(nominative: string, written: string, overrides?: NameForms): boolean {
  return isFormOf(nominative, written, 'genitive', overrides);
}

/** Whether `written` is a correct dative of the nominative name (spacing and dash variants ignored). */
export function isDativeOf(nominative: string, written: string, overrides?: NameForms): boolean {
  return isFormOf(nominative, written, 'dative', overrides);
}

/** Whether `written` is a correct instrumental of the nominative name (spacing and dash variants ignored). */
export function isInstrumentalOf(nominative: string, written: string, overrides?: NameForms): boolean {
  return isFormOf(nominative, written, 'instrumental', overrides);
}
