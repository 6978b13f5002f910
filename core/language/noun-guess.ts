/**
 * Best-effort declension of a head noun the lexicon does not know, from its ending (standard Polish noun
 * paradigms, without vowel alternations such as ó → o or a mobile e). Used only as a fallback: names whose
 * head is in `templates/unit-kinds.json` never come here, and `analyzeName` reports `known: false` so that
 * a check can treat such a form as uncertain.
 */
import type { LexiconNoun } from '../templates/index.js';

type Guess = Pick<LexiconNoun, 'lemma' | 'gender' | 'number' | 'personal' | 'forms'>;

const DATIVE_SOFTENING: [RegExp, string][] = [
  [/ch$/, 'sze'], [/k$/, 'ce'], [/g$/, 'dze'], [/r$/, 'rze'], [/t$/, 'cie'], [/d$/, 'dzie'], [/ł$/, 'le'],
  [/([nspbmwfz])$/, '$1ie'],
];

/** Guesses the forms of a lower-case nominative noun. */
export function guessNoun(lemma: string): Guess {
  const l = lemma;
  const mk = (gender: Guess['gender'], genitive: string, dative: string, instrumental: string, personal = false): Guess => ({
    lemma: l, gender, number: 'sg', personal, forms: { nominative: l, genitive, dative, instrumental },
  });
  if (l.endsWith('um')) return mk('n', l, l, l);
  if (l.endsWith('o')) {
    const s = l.slice(0, -1);
    return mk('n', s + 'a', s + 'u', s + (/[kg]$/.test(s) ? 'iem' : 'em'));
  }
  if (l.endsWith('ie')) {
    const s = l.slice(0, -1);
    return mk('n', s + 'a', s + 'u', s + 'em');
  }
  if (l.endsWith('a')) {
    const s = l.slice(0, -1);
    const personal = /(ist|yst|c)$/.test(s);
    const gender = personal ? 'm' : 'f';
    if (/[csznd]i$/.test(s)) return mk(gender, s, s, s + 'ą', personal); // pracownia → pracowni
    if (/[ij]$/.test(s)) return mk(gender, s + 'i', s + 'i', s + 'ą', personal); // kancelaria → kancelarii, sekcja → sekcji
    if (/(c|cz|sz|rz|ż|dż)$/.test(s)) return mk(gender, s + 'y', s + 'y', s + 'ą', personal); // ulica → ulicy
    if (/l$/.test(s)) return mk(gender, s + 'i', s + 'i', s + 'ą', personal);
    const gen = /[kg]$/.test(s) ? s + 'i' : s + 'y';
    let dat = s + 'ie';
    for (const [re, rep] of DATIVE_SOFTENING) if (re.test(s)) { dat = s.replace(re, rep); break; }
    return mk(gender, gen, dat, s + 'ą', personal);
  }
  const velar = /[kg]$/.test(l);
  const personal = /(or|er|ent|ant|nik|arz|log|yk)$/.test(l);
  return mk('m', l + (personal ? 'a' : 'u'), l + 'owi', l + (velar ? 'iem' : 'em'), personal);
}
