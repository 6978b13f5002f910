/**
 * Best-effort declension of a head noun the lexicon does not know, from its ending (standard Polish noun
 * paradigms, without vowel alternations such as ó → o or a mobile e). The locative of a hard stem softens its last
 * consonant as the feminine dative does (`klub` → `klubie`, `instytut` → `instytucie`, `teatr` → `teatrze`); velar
 * and soft stems take `-u` (`schronisko` → `schronisku`, `pogotowie` → `pogotowiu`); a feminine or a masculine noun in `-a`
 * has the dative's form. The accusative is the nominative's, except `-a` nouns (`-ę`) and masculine personal nouns
 * (the genitive's). Source: R. Grzegorczykowa et al., Gramatyka współczesnego języka polskiego. Morfologia
 * (declension of nouns; the alternations before the locative `-e`). Used only as a fallback: names whose
 * head is in `templates/unit-kinds.json` never come here, and `analyzeName` reports `known: false` so that
 * a check can treat such a form as uncertain.
 */
import type { LexiconNoun } from '../templates/index.js';

type Guess = Pick<LexiconNoun, 'lemma' | 'gender' | 'number' | 'personal' | 'forms'>;

/** Hard consonants softened before the ending `-e` (feminine dative and locative, masculine and neuter locative). */
const HARD_SOFTENING: [RegExp, string][] = [
  [/st$/, 'ście'], [/zd$/, 'ździe'], [/sł$/, 'śle'], [/sn$/, 'śnie'], [/zn$/, 'źnie'],
  [/r$/, 'rze'], [/t$/, 'cie'], [/d$/, 'dzie'], [/ł$/, 'le'], [/([nspbmwfz])$/, '$1ie'],
];
/** The same before the dative and locative `-e` of a noun in `-a`, whose velars soften too (`-ka` → `-ce`, `-ga` → `-dze`, `-cha` → `-sze`). */
const DATIVE_SOFTENING: [RegExp, string][] = [[/ch$/, 'sze'], [/k$/, 'ce'], [/g$/, 'dze'], ...HARD_SOFTENING];
/** Stems that take `-u` in the masculine and neuter locative: velars and soft or historically soft consonants. */
const LOCATIVE_U = /(?:[kg]|ch|[cjlńśćź]|cz|sz|rz|ż|dż|i)$/;

/** The locative of a masculine or neuter stem (`klub` → `klubie`, `schronisk` → `schronisku`). */
function locativeOfStem(stem: string): string {
  if (LOCATIVE_U.test(stem)) return stem + 'u';
  for (const [re, rep] of HARD_SOFTENING) if (re.test(stem)) return stem.replace(re, rep);
  return stem + 'u';
}

/** Guesses the forms of a lower-case nominative noun. */
export function guessNoun(lemma: string): Guess {
  const l = lemma;
  const mk = (
    gender: Guess['gender'],
    f: { genitive: string; dative: string; accusative: string; instrumental: string; locative: string },
    personal = false,
  ): Guess => ({ lemma: l, gender, number: 'sg', personal, forms: { nominative: l, ...f } });
  if (l.endsWith('um')) return mk('n', { genitive: l, dative: l, accusative: l, instrumental: l, locative: l });
  if (l.endsWith('o')) {
    const s = l.slice(0, -1);
    return mk('n', { genitive: s + 'a', dative: s + 'u', accusative: l, instrumental: s + (/[kg]$/.test(s) ? 'iem' : 'em'), locative: locativeOfStem(s) });
  }
  if (l.endsWith('ie')) {
    const s = l.slice(0, -1);
    return mk('n', { genitive: s + 'a', dative: s + 'u', accusative: l, instrumental: s + 'em', locative: s + 'u' });
  }
  if (l.endsWith('a')) {
    const s = l.slice(0, -1);
    const personal = /(ist|yst|c)$/.test(s);
    const gender = personal ? 'm' : 'f';
    // the locative of an `-a` noun is its dative (kasa → kasie, pracownia → pracowni), the accusative ends in `-ę`
    const forms = (gd: string, dat = gd) => ({ genitive: gd, dative: dat, accusative: s + 'ę', instrumental: s + 'ą', locative: dat });
    if (/[csznd]i$/.test(s)) return mk(gender, forms(s), personal); // pracownia → pracowni
    if (/[ij]$/.test(s)) return mk(gender, forms(s + 'i'), personal); // kancelaria → kancelarii, sekcja → sekcji
    if (/(c|cz|sz|rz|ż|dż)$/.test(s)) return mk(gender, forms(s + 'y'), personal); // ulica → ulicy
    if (/l$/.test(s)) return mk(gender, forms(s + 'i'), personal);
    const gen = /[kg]$/.test(s) ? s + 'i' : s + 'y';
    let dat = s + 'ie';
    for (const [re, rep] of DATIVE_SOFTENING) if (re.test(s)) { dat = s.replace(re, rep); break; }
    return mk(gender, forms(gen, dat), personal);
  }
  const velar = /[kg]$/.test(l);
  const personal = /(or|er|ent|ant|nik|arz|log|yk)$/.test(l);
  const genitive = l + (personal ? 'a' : 'u');
  return mk('m', { genitive, dative: l + 'owi', accusative: personal ? genitive : l, instrumental: l + (velar ? 'iem' : 'em'), locative: locativeOfStem(l) }, personal);
}
