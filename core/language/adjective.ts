/**
 * Rules for the adjectives that agree with the head noun of a unit or position name (`Biuro Prasowe`,
 * `Główny Specjalista`, `Kancelaria Tajna`). Source: the standard Polish adjectival declension (hard stems
 * `-y`, soft and velar stems `-i`); the six cases the orders use are produced (the vocative never is). The
 * locative of the masculine and neuter adjective is the instrumental's (`-ym`/`-im`), of the feminine the
 * genitive's (`-ej`/`-iej`), of the plural the genitive's (`-ych`/`-ich`); the accusative of the feminine is the
 * instrumental's (`-ą`) and of the neuter, the plural and a masculine INANIMATE noun the nominative's, while a
 * masculine personal noun takes the genitive (`Głównego Specjalistę`): that choice depends on the noun, so it is
 * made by the caller (`adjectiveCase`). Source: standard Polish adjectival declension (e.g. Wikipedia „Deklinacja
 * przymiotnika w języku polskim”; R. Grzegorczykowa et al., Gramatyka współczesnego języka polskiego. Morfologia).
 *
 * Every function works on one word (a hyphenated compound is handled by the caller, which declines only its
 * last part: `Informacyjno-Promocyjny`). Input and output keep the letter case of the input: a word written in
 * capitals gets its ending in capitals.
 */

/** Agreement class of a head noun: masculine, feminine, neuter singular; plural (not masculine-personal). */
export type Agreement = 'm' | 'f' | 'n' | 'pl';
/** The cases the orders use. */
export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'locative';

const CONS = '[bcćdfghjklłmnńprsśtwzźż]';
/** Productive adjective suffixes per agreement class (lower case), on the nominative. */
const NOMINATIVE_SUFFIX: Record<Agreement, RegExp> = {
  m: new RegExp(`(?:owy|${CONS}ny|(?:l|ow|ew)any|${CONS}iony|ski|cki|dzki|ący|ejszy|${CONS}szy|ięty)$`),
  f: new RegExp(`(?:owa|${CONS}na|(?:l|ow|ew)ana|${CONS}iona|ska|cka|dzka|ąca|ejsza|${CONS}sza|ięta)$`),
  n: new RegExp(`(?:owe|${CONS}ne|(?:l|ow|ew)ane|${CONS}ione|skie|ckie|dzkie|ące|ejsze|${CONS}sze|ięte)$`),
  pl: new RegExp(`(?:owe|${CONS}ne|(?:l|ow|ew)ane|${CONS}ione|skie|ckie|dzkie|ące|ejsze|${CONS}sze|ięte)$`),
};

/** Endings by case for hard stems (`-y`) and soft/velar stems (`-i`), per agreement class. */
const ENDINGS: Record<Agreement, { hard: Record<Case, string>; soft: Record<Case, string> }> = {
  // accusative of `m`: the inanimate one (a personal noun's adjectives take the genitive, see `adjectiveCase`)
  m: {
    hard: { nominative: 'y', genitive: 'ego', dative: 'emu', accusative: 'y', instrumental: 'ym', locative: 'ym' },
    soft: { nominative: 'i', genitive: 'iego', dative: 'iemu', accusative: 'i', instrumental: 'im', locative: 'im' },
  },
  n: {
    hard: { nominative: 'e', genitive: 'ego', dative: 'emu', accusative: 'e', instrumental: 'ym', locative: 'ym' },
    soft: { nominative: 'ie', genitive: 'iego', dative: 'iemu', accusative: 'ie', instrumental: 'im', locative: 'im' },
  },
  f: {
    hard: { nominative: 'a', genitive: 'ej', dative: 'ej', accusative: 'ą', instrumental: 'ą', locative: 'ej' },
    soft: { nominative: 'a', genitive: 'iej', dative: 'iej', accusative: 'ą', instrumental: 'ą', locative: 'iej' },
  },
  pl: {
    hard: { nominative: 'e', genitive: 'ych', dative: 'ym', accusative: 'e', instrumental: 'ymi', locative: 'ych' },
    soft: { nominative: 'ie', genitive: 'ich', dative: 'im', accusative: 'ie', instrumental: 'imi', locative: 'ich' },
  },
};

/** Applies the letter case of `model` (all capitals or not) to `text`. */
export function matchCase(model: string, text: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return text.toUpperCase();
  return text;
}

/** Splits a nominative adjective (lower case) into stem and stem type, or null when it has no adjective ending. */
function splitNominative(lower: string, agr: Agreement): { stem: string; soft: boolean } | null {
  if (agr === 'm') {
    if (lower.endsWith('y')) return { stem: lower.slice(0, -1), soft: false };
    if (lower.endsWith('i')) return { stem: lower.slice(0, -1), soft: true };
    return null;
  }
  if (agr === 'f') {
    if (!lower.endsWith('a')) return null;
    const stem = lower.slice(0, -1);
    // Velar stems take -iej (miejska → miejskiej); soft stems in -ia keep their i (ostatnia → ostatniej).
    return { stem, soft: /[kg]$/.test(stem) };
  }
  if (lower.endsWith('ie')) return { stem: lower.slice(0, -2), soft: true };
  if (lower.endsWith('e')) return { stem: lower.slice(0, -1), soft: false };
  return null;
}

/** Masculine lemma → nominative agreeing with `agr` (`główny` → `główna`, `główne`). */
export function agreeingNominative(lemma: string, agr: Agreement): string {
  const s = splitNominative(lemma, 'm');
  if (!s) return lemma;
  return s.stem + ENDINGS[agr][s.soft ? 'soft' : 'hard'].nominative;
}

/**
 * Whether `word` (one word, any letter case) is a nominative adjective agreeing with `agr`.
 * `known`: masculine lemmas accepted whatever their suffix; `excluded`: lower-case words never taken as
 * adjectives (genitive nouns that end like one, e.g. `ochrony`).
 */
export function isNominativeAdjective(word: string, agr: Agreement, known: ReadonlySet<string>, excluded: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (excluded.has(lower) || !/^\p{L}+$/u.test(lower)) return false;
  if (NOMINATIVE_SUFFIX[agr].test(lower)) return true;
  for (const lemma of known) if (agreeingNominative(lemma, agr) === lower) return true;
  return false;
}

/** Declines a nominative adjective (one word, agreeing with `agr`) into `c`. The word must have an adjective ending. */
export function declineAdjective(word: string, agr: Agreement, c: Case): string {
  if (c === 'nominative') return word;
  const lower = word.toLowerCase();
  const s = splitNominative(lower, agr);
  if (!s) return word;
  const ending = ENDINGS[agr][s.soft ? 'soft' : 'hard'][c];
  // Keep the writer's letters of the stem; only the ending is generated.
  return matchCase(word, word.slice(0, s.stem.length) + ending);
}

/**
 * The inverse of `declineAdjective`: the nominative of an adjective written in case `c` agreeing with `agr`, or
 * null when the word does not end as such an adjective would.
 */
export function adjectiveNominative(word: string, agr: Agreement, c: Case): string | null {
  if (c === 'nominative') return word;
  const lower = word.toLowerCase();
  const { hard, soft } = ENDINGS[agr];
  let stemLen = -1;
  let nominativeEnding = '';
  if (agr === 'f') {
    const e = hard[c];
    if (!lower.endsWith(e)) return null;
    let stem = lower.slice(0, -e.length);
    // miejskiej → miejsk|iej → miejska; ostatniej → ostatni|ej → ostatnia; tajnej → tajn|ej → tajna.
    if (e === 'ej' && /[kg]i$/.test(stem)) stem = stem.slice(0, -1);
    stemLen = stem.length;
    nominativeEnding = 'a';
  } else if (lower.endsWith(soft[c]) && lower.length > soft[c].length + 1) {
    stemLen = lower.length - soft[c].length;
    nominativeEnding = soft.nominative;
  } else if (lower.endsWith(hard[c]) && lower.length > hard[c].length + 1) {
    stemLen = lower.length - hard[c].length;
    nominativeEnding = hard.nominative;
  } else return null;
  return matchCase(word, word.slice(0, stemLen) + nominativeEnding);
}

/**
 * The case whose adjective ending goes with a head noun in case `c`: `c` itself, except the accusative of a
 * masculine personal noun, whose adjectives take the genitive (`nadzoruje Głównego Specjalistę`, `Miejskiego
 * Rzecznika`). In: the noun's agreement class and whether it names a person. Source: standard Polish declension
 * (the masculine personal accusative is the genitive; Grzegorczykowa et al., Morfologia).
 */
export function adjectiveCase(agr: Agreement, personal: boolean, c: Case): Case {
  return c === 'accusative' && agr === 'm' && personal ? 'genitive' : c;
}
