/**
 * Numerals in words and verb agreement for the sentences of § 1 and § 3.
 * Source: Polish grammar of masculine-personal numerals (`dwóch`, `trzech`, `czterech`, `pięciu` Zastępców;
 * with such a numeral as subject the verb is singular: `któremu podlega dwóch Zastępców`, 2006/2020 § 1 ust. 1),
 * and the fixtures (`przy pomocy dwóch Zastępców`, 3468/2024 § 1 ust. 1).
 */
import { lexicon } from './lexicon.js';
import { inflect } from './name.js';

const UNITS = ['', 'jednego', 'dwóch', 'trzech', 'czterech', 'pięciu', 'sześciu', 'siedmiu', 'ośmiu', 'dziewięciu'];
const TEENS = ['dziesięciu', 'jedenastu', 'dwunastu', 'trzynastu', 'czternastu', 'piętnastu', 'szesnastu', 'siedemnastu', 'osiemnastu', 'dziewiętnastu'];
const TENS = ['', '', 'dwudziestu', 'trzydziestu', 'czterdziestu', 'pięćdziesięciu', 'sześćdziesięciu', 'siedemdziesięciu', 'osiemdziesięciu', 'dziewięćdziesięciu'];

/**
 * The masculine-personal genitive of `n` in words (`2` → `dwóch`, `5` → `pięciu`, `21` → `dwudziestu jeden`),
 * the form used with `Zastępców` both after `przy pomocy` and as a subject. `n` must be an integer 1–99;
 * anything else is a programming error (RangeError).
 */
export function numeralMasculinePersonal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  // In compounds the last element 1 is `jeden` (uninflected): dwudziestu jeden Zastępców.
  return u === 0 ? TENS[t]! : `${TENS[t]} ${u === 1 ? 'jeden' : UNITS[u]}`;
}

/** Genitive plural of a person noun (`Zastępca` → `Zastępców`), from the lexicon or by adding `-ów`, in the noun's letter case. */
export function genitivePlural(noun: string): string {
  const lower = noun.toLowerCase();
  const form = lexicon().byLemma.get(lower)?.plural?.genitive ?? lower + 'ów';
  if (noun === noun.toUpperCase() && noun.length > 1) return form.toUpperCase();
  return noun[0] === noun[0]?.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}

/**
 * The deputies phrase of § 1: `n` = 1 → `Zastępcy` (genitive: `przy pomocy Zastępcy`) or with
 * `as: 'subject'` → `Zastępca` (`któremu podlega Zastępca`); `n` ≥ 2 → `dwóch Zastępców` in both uses;
 * `n` = 0 → `''` (the sentence then has no deputies part). `noun` is the nominative singular (default `Zastępca`).
 * RangeError for n outside 0–99.
 */
export function deputiesPhrase(n: number, opts: { noun?: string; as?: 'genitive' | 'subject' } = {}): string {
  const noun = opts.noun ?? 'Zastępca';
  if (n === 0) return '';
  if (n === 1) return opts.as === 'subject' ? noun : inflect(noun, 'genitive');
  return `${numeralMasculinePersonal(n)} ${genitivePlural(noun)}`;
}

/**
 * `podlega` or `podlegają` for a subordination sentence. `count` is the number of subjects listed (§ 3:
 * `… podlegają bezpośrednio: 1) … 2) …`; one → `podlega`). With `subject: 'numeral'` the subject is a
 * masculine-personal numeral phrase (`dwóch Zastępców`), which takes the singular: `podlega`.
 * RangeError for a count below 1.
 */
export function subordinationVerb(count: number, subject: 'list' | 'numeral' = 'list'): 'podlega' | 'podlegają' {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer: ${count}`);
  if (subject === 'numeral') return 'podlega';
  return count === 1 ? 'podlega' : 'podlegają';
}
