/**
 * Declension of unit, position and department names (`Referat ds. Organizacyjnych`, `Biuro Prasowe`,
 * `I Zastępca Dyrektora`, `Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa`).
 *
 * A name is read as: an optional Roman ordinal (`I`, `II` …, kept), adjectives before the head noun (`Główny`,
 * `Samodzielne`), the head noun (from the lexicon `templates/unit-kinds.json`), adjectives after it agreeing
 * with it (`Prasowe`, `Informacyjno-Promocyjny`, also joined by `i`/`oraz`), and the rest — the part after
 * `ds.` or a genitive complement (`Mediów Miejskich`, `Prezydenta Miasta Krakowa`) — which never changes.
 * Only the head and its agreeing adjectives are declined; the letter case of the input is kept.
 * Six cases: nominative, genitive, dative, accusative (`nadzoruje Kancelarię`, `prowadzi Referat`), instrumental and
 * locative (`w Referacie`, `w Biurze Prasowym`); the vocative is never used in an order.
 * Source of the rules: spec/document-format.md (section Language), the forms seen in the fixtures
 * (`fixtures/expected/declension.json`; the locative `w Kancelarii Prezydenta`, `w Wydziale`, `w Urzędzie Miasta
 * Krakowa` and the accusative `przez Kancelarię Prezydenta`, `przez Wydział` stand in the fixture orders), and the
 * standard Polish declension for the rest (R. Grzegorczykowa et al., Gramatyka współczesnego języka polskiego.
 * Morfologia).
 */
import type { NameForms, UnitKind } from '../model/order.js';
import type { LexiconNoun } from '../templates/index.js';
import { adjectiveCase, adjectiveNominative, agreeingNominative, declineAdjective, isNominativeAdjective, matchCase, type Agreement } from './adjective.js';
import { agreementOf, lexicon } from './lexicon.js';
import { guessNoun, listedNominatives, mobileNominative, oKreskowaneNominative, softNominative } from './noun-guess.js';

/** The cases a name is read and written in (the six the orders use; never the vocative). */
export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'locative';
/** Every case but the nominative: the cases a written form is read back from. */
export type ObliqueCase = Exclude<GrammaticalCase, 'nominative'>;
/** The six cases, in the order of the Polish grammar (mianownik, dopełniacz, celownik, biernik, narzędnik, miejscownik). */
export const GRAMMATICAL_CASES: readonly GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'locative'];
/** The oblique cases, in the same order. */
export const OBLIQUE_CASES: readonly ObliqueCase[] = ['genitive', 'dative', 'accusative', 'instrumental', 'locative'];

type Noun = Pick<LexiconNoun, 'lemma' | 'gender' | 'number' | 'personal' | 'forms'> & Partial<LexiconNoun>;

/** How a name was read. Word indices point into `tokens` (even indices are words, odd ones whitespace). */
export interface NameAnalysis {
  tokens: string[];
  /** Token index of the Roman ordinal, or null. */
  ordinal: number | null;
  /** Token indices of the adjectives before the head that agree with it. */
  pre: number[];
  head: number;
  /** Token indices of the adjectives after the head that agree with it. */
  post: number[];
  noun: Noun;
  /** Whether the head noun is in the lexicon (false: declined by a guess from its ending). */
  known: boolean;
  /** The case the name was read in. */
  readAs: GrammaticalCase;
}

const ORDINAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
const MAX_HEAD_POS = 3;

/** Splits a hyphenated word: only the last part is declined (`Informacyjno-Promocyjny`). */
function lastPart(word: string): [string, string] {
  const i = word.lastIndexOf('-');
  return i > 0 && i < word.length - 1 ? [word.slice(0, i + 1), word.slice(i + 1)] : ['', word];
}

/** The nominative of `word` if it is an adjective in case `c` agreeing with the head noun `n`, else null. */
function adjectiveIn(word: string, n: Noun, c: GrammaticalCase): string | null {
  const { knownAdjectives, nonAdjectives } = lexicon();
  const agr = agreementOf(n);
  const [prefix, last] = lastPart(word);
  const ac = adjectiveCase(agr, n.personal, c);
  const nom = ac === 'nominative' ? last : adjectiveNominative(last, agr, ac);
  if (nom === null || !isNominativeAdjective(nom, agr, knownAdjectives, nonAdjectives)) return null;
  return prefix + nom;
}

/** Stand-ins for a head of each agreement class (and a masculine person), to tell whether a word is an adjective. */
const AGREEMENT_HEADS: Noun[] = [
  { lemma: '', gender: 'm', number: 'sg', personal: false, forms: {} as Noun['forms'] },
  { lemma: '', gender: 'm', number: 'sg', personal: true, forms: {} as Noun['forms'] },
  { lemma: '', gender: 'f', number: 'sg', personal: false, forms: {} as Noun['forms'] },
  { lemma: '', gender: 'n', number: 'sg', personal: false, forms: {} as Noun['forms'] },
  { lemma: '', gender: 'm', number: 'pl', personal: false, forms: {} as Noun['forms'] },
];

/** Whether `word` reads as an adjective in case `c` with a head of some agreement class (`Miejski`, `Miejskim`, `Miejskiej`). */
function isAdjectiveForm(word: string, c: GrammaticalCase): boolean {
  return AGREEMENT_HEADS.some((n) => adjectiveIn(word, n, c) !== null);
}

/** Whether an adjective written in case `c` belongs to the next word (a noun it typically precedes: `Miejskiego Konserwatora`). */
function belongsToNext(adjWord: string, next: string | undefined, c: GrammaticalCase): boolean {
  if (!next) return false;
  const nouns = lexicon().byForm[c].get(next.toLowerCase());
  if (!nouns) return false;
  for (const n of nouns) {
    if (!n.preAdjectives?.length) continue;
    const nom = adjectiveIn(adjWord, n, c);
    if (nom && n.preAdjectives.some((p) => toAgreement(p, agreementOf(n)) === nom.toLowerCase())) return true;
  }
  return false;
}

/** Masculine adjective lemma → its nominative agreeing with `agr` (`główny` → `główna`). */
function toAgreement(lemma: string, agr: Agreement): string {
  return agreeingNominative(lemma, agr);
}

/** Candidate head nouns for a written word in case `c`: from the lexicon, else guessed. */
function lexiconNouns(word: string, c: GrammaticalCase): Noun[] {
  return lexicon().byForm[c].get(word.toLowerCase()) ?? [];
}

/** Guessed nominatives whose guessed form in case `c` is `word` (for heads the lexicon does not know). */
function guessedNouns(word: string, c: GrammaticalCase): Noun[] {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w)) return [];
  if (c === 'nominative') return [guessNoun(w)];
  // written ending → nominative endings it may come from; every candidate is checked by declining it again
  // a stem may carry an alternation (`Ogrodzie` → `ogrod-` → `ogród`): `nominativeVariants` undoes it, most likely first
  const strip: Record<ObliqueCase, [string, string[]][]> = {
    genitive: [['ści', ['ść']], ['u', ['']], ['a', ['', 'o', 'ie', 'e']], ['ii', ['ia']], ['ji', ['ja']], ['i', ['ia', 'a', 'ja']], ['y', ['a']]],
    dative: [
      ['owi', ['']], ['ści', ['ść']], ['u', ['o', 'ie', 'e']], ['ii', ['ia']], ['ji', ['ja']], ['i', ['ia', 'a', 'ja']], ['y', ['a']], ['ście', ['sta']], ['ździe', ['zda']],
      ['śle', ['sła']], ['śnie', ['sna']], ['źnie', ['zna']], ['ie', ['a']], ['ce', ['ka']], ['dze', ['ga']], ['sze', ['cha']], ['rze', ['ra']], ['cie', ['ta']], ['dzie', ['da']], ['le', ['ła']],
    ],
    accusative: [['ę', ['a']], ['a', ['']], ['', ['']]],
    instrumental: [['ścią', ['ść']], ['iem', ['', 'o']], ['em', ['', 'o', 'e']], ['ą', ['a']]],
    // `-sku` and `-twie` are far more often neuter (`Schronisku`, `Wydawnictwie`) than masculine; another velar before
    // `-u` masculine (`Parku`, `Żłobku`)
    locative: [
      ['sku', ['sko', 'sk']], ['ku', ['k', 'ko']], ['gu', ['g', 'go']], ['chu', ['ch', 'cho']], ['twie', ['two']], ['ści', ['ść']], ['u', ['', 'o', 'ie', 'e']], ['ście', ['st', 'sta', 'sto']], ['ździe', ['zd', 'zda', 'zdo']], ['śle', ['sł', 'sła', 'sło']], ['śnie', ['sn', 'sna', 'sno']],
      ['źnie', ['zn', 'zna', 'zno']], ['cie', ['t', 'ta', 'to']], ['dzie', ['d', 'da', 'do']], ['rze', ['r', 'ra', 'ro']], ['le', ['ł', 'ła', 'ło']],
      ['ie', ['', 'a', 'o']], ['ce', ['ka']], ['dze', ['ga']], ['sze', ['cha']], ['ii', ['ia']], ['ji', ['ja']], ['i', ['ia', 'a', 'ja']], ['y', ['a']], ['', ['']],
    ],
  };
  // a mobile `e` put back or a listed alternation undone first (`Budynku` is `Budynek`, `Mieście` is `Miasto`); then, ending by ending, an undone alternation before the
  // plain stem (`Ogrodzie` is `Ogród`); last a soft consonant respelt (`Poznaniu` is `Poznań`)
  const strong: Noun[] = [];
  const plain: Noun[] = [];
  const weak: Noun[] = [];
  const keep = (lemma: string | null, into: Noun[]): void => {
    if (!lemma) return;
    const g = guessNoun(lemma);
    if (g.forms[c] === w && ![...strong, ...plain, ...weak].some((o) => o.lemma === g.lemma)) into.push(g);
  };
  for (const [end, noms] of strip[c]) {
    if (!w.endsWith(end)) continue;
    const stem = w.slice(0, w.length - end.length);
    // the likelier nominative ending first: a neuter in `-e` after some soft stems (`zadaniu` → `zadanie`, `Miejscu` →
    // `Miejsce`, `Przedszkolu` → `Przedszkole`); a masculine after `-al`, `-el`, a vowel and `c`, `rz`, `ż`, `sz`, `cz`
    // (`Szpitalu`, `Pałacu`, `Cmentarzu`, `Garażu`), else a neuter in `-e`, not `-o` (`Morza` → `Morze`); a neuter in
    // `-o` after a cluster (`Miastem` → `Miasto`)
    const order = /(?:[ji]|[^aeiouyąęó]c|ol|dż)$/.test(stem) ? ['e', 'o', '', 'ie', 'a', ...noms] : /(?:sk|st|ctw|stw|zd|[tdsz]ł)$/.test(stem) ? ['o', '', ...noms] : /(?:[lżc]|cz|sz|rz)$/.test(stem) ? ['', 'e', ...noms] : noms;
    for (const nomEnd of [...new Set(order)].filter((x) => noms.includes(x))) {
      const base = stem + nomEnd;
      keep(mobileNominative(base), strong);
      for (const v of listedNominatives(base)) keep(v, strong);
      keep(oKreskowaneNominative(base), plain);
      // no masculine nominative ends in a consonant and `i`, or in `-oł` but after `i` (`anioł`; `stół` has `ó`)
      if (!/[^aeiouyąęó]i$/.test(base) && !/[^i]oł$/.test(base)) keep(base, plain);
      keep(softNominative(base), weak);
    }
  }
  const out = [...strong, ...plain, ...weak];
  return out;
}

/**
 * Reads a name written in case `c` (default nominative). Returns null for an empty name.
 * The head is the first lexicon noun among the first words whose preceding words are agreeing adjectives;
 * failing that, the first lexicon noun (words before it are then kept as written, e.g. a misspelt
 * `Samodzielnie stanowisko`); failing that, the first word, declined by a guess.
 */
export function analyzeName(name: string, c: GrammaticalCase = 'nominative'): NameAnalysis | null {
  const tokens = name.split(/(\s+)/);
  if (tokens[0] === '') tokens.splice(0, 2);
  const words: number[] = [];
  for (let i = 0; i < tokens.length; i += 2) if (tokens[i]) words.push(i);
  if (!words.length) return null;
  let start = 0;
  let ordinal: number | null = null;
  if (words.length > 1 && ORDINAL.test(tokens[words[0]!]!)) {
    ordinal = words[0]!;
    start = 1;
  }
  const limit = Math.min(words.length, start + MAX_HEAD_POS);
  let head = -1;
  let noun: Noun | null = null;
  let pre: number[] = [];
  let known = true;
  // Pass 1: a lexicon noun preceded only by agreeing adjectives.
  outer: for (let j = start; j < limit; j++) {
    for (const n of lexiconNouns(tokens[words[j]!]!, c)) {
      if (words.slice(start, j).every((wi) => adjectiveIn(tokens[wi]!, n, c) !== null)) {
        head = j;
        noun = n;
        pre = words.slice(start, j);
        break outer;
      }
    }
  }
  // Pass 2: the first lexicon noun; words before it stay as written.
  if (!noun) {
    for (let j = start; j < limit && !noun; j++) {
      const n = lexiconNouns(tokens[words[j]!]!, c)[0];
      if (n) {
        head = j;
        noun = n;
      }
    }
  }
  // Pass 3: the first word that is not an adjective, by its ending, when the adjectives before it agree with it
  // (`Miejski Ogród Botaniczny`, `Miejska Biblioteka Publiczna`); else the first word.
  if (!noun) {
    let j = start;
    while (j < limit - 1 && isAdjectiveForm(tokens[words[j]!]!, c)) j++;
    const guessAt = (at: number) => {
      // A lexicon noun written in another case means the caller gave the wrong case: no guess.
      const word = tokens[words[at]!]!;
      if (Object.values(lexicon().byForm).some((m) => m.has(word.toLowerCase()))) return undefined;
      return guessedNouns(word, c).find((g) => words.slice(start, at).every((wi) => adjectiveIn(tokens[wi]!, g, c) !== null));
    };
    let g = j > start && !isAdjectiveForm(tokens[words[j]!]!, c) ? guessAt(j) : undefined;
    if (g) {
      head = j;
      pre = words.slice(start, j);
    } else {
      g = guessAt(start);
      head = start;
    }
    if (!g) return null;
    noun = g;
    known = false;
  }
  const post: number[] = [];
  let k = head + 1;
  while (k < words.length) {
    const w = tokens[words[k]!]!;
    if (adjectiveIn(w, noun, c) !== null && !(c !== 'nominative' && belongsToNext(w, tokens[words[k + 1]!], c))) {
      post.push(words[k]!);
      k++;
      continue;
    }
    // Coordinated adjectives: `Organizacyjny i Kadrowy`.
    const next = words[k + 1] !== undefined ? tokens[words[k + 1]!]! : undefined;
    if (post.length && (w === 'i' || w === 'oraz') && next && adjectiveIn(next, noun, c) !== null) {
      k++;
      continue;
    }
    break;
  }
  return { tokens, ordinal, pre, head: words[head]!, post, noun, known, readAs: c };
}

/** Puts `form` (lower case) in the letter case of `model` (capitalised, all capitals or lower case). */
function caseLike(model: string, form: string): string {
  const up = matchCase(model, form);
  if (up !== form) return up;
  return model[0] && model[0] !== model[0].toLowerCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}

function rebuild(a: NameAnalysis, word: (tokenIndex: number, text: string) => string): string {
  return a.tokens.map((t, i) => (i % 2 === 0 ? word(i, t) : t)).join('');
}

/**
 * The form of a nominative name in `grammaticalCase`: head noun and agreeing adjectives declined, the rest
 * unchanged (`Biuro Prasowe` → genitive `Biura Prasowego`; `I Zastępca Dyrektora` → dative `I Zastępcy
 * Dyrektora`). When `overrides` has a form for that case, it wins. The nominative is returned as given.
 * Never throws: a name it cannot read (empty) is returned unchanged.
 */
export function inflect(name: string, grammaticalCase: GrammaticalCase, overrides?: NameForms): string {
  if (grammaticalCase === 'nominative') return name;
  const o = overrides?.[grammaticalCase];
  if (o) return o;
  const a = analyzeName(name, 'nominative');
  if (!a) return name;
  const agr = agreementOf(a.noun);
  const adjCase = adjectiveCase(agr, a.noun.personal, grammaticalCase);
  const adj = new Set([...a.pre, ...a.post]);
  return rebuild(a, (i, t) => {
    if (i === a.head) return caseLike(t, a.noun.forms[grammaticalCase]);
    if (adj.has(i)) {
      const [prefix, last] = lastPart(t);
      return prefix + declineAdjective(last, agr, adjCase);
    }
    return t;
  });
}

/**
 * The nominative of a name written in `fromCase` (the inverse of `inflect`): `Dyrektorowi Wydziału` →
 * `Dyrektor Wydziału`, `Stanowisk ds. X` → `Stanowiska ds. X`, locative `Biurze Prasowym` → `Biuro Prasowe`,
 * accusative `Kancelarię Tajną` → `Kancelaria Tajna`. Ambiguous forms are resolved through the lexicon
 * (genitive `Biura` is `Biuro`). Returns the text unchanged when it has no readable head.
 */
export function toNominative(form: string, fromCase: ObliqueCase): string {
  const a = analyzeName(form, fromCase);
  if (!a) return form;
  return nominativeOf(a, a.post.length);
}

function nominativeOf(a: NameAnalysis, postCount: number): string {
  const adj = new Set([...a.pre, ...a.post.slice(0, postCount)]);
  return rebuild(a, (i, t) => {
    if (i === a.head) return caseLike(t, a.noun.lemma);
    if (adj.has(i)) return adjectiveIn(t, a.noun, a.readAs) ?? t;
    return t;
  });
}

/**
 * Every nominative that `inflect` would turn into `form` in `fromCase`, most likely first. More than one when the
 * adjectives after the head could belong to the head or to the complement (genitive `Biura Prasowego
 * Prezydenta`): a caller holding the register can pick the one it knows.
 */
export function nominativeCandidates(form: string, fromCase: ObliqueCase): string[] {
  const a = analyzeName(form, fromCase);
  if (!a) return [form];
  const out: string[] = [];
  for (let n = a.post.length; n >= 0; n--) {
    const cand = nominativeOf(a, n);
    if (!out.includes(cand) && inflect(cand, fromCase) === form) out.push(cand);
  }
  return out.length ? out : [nominativeOf(a, a.post.length)];
}

/**
 * The kind of unit a nominative name denotes, from the lexicon (`Referat ds. …` → `referat`, `Samodzielne
 * stanowisko …` → `samodzielneStanowisko`, also when misspelt by one or two letters). `inny` for names whose head
 * is not a unit kind (`Dyrektor`, `Urząd …`) or is unknown. A name written in another case is read too.
 */
export function unitKindOf(name: string): UnitKind {
  // the reading whose known head comes first (`Kierowniku Referatu` is a Kierownik in the locative, not a Referat in
  // the genitive); on a tie the nominative, then the cases in their order
  let a: NameAnalysis | null = null;
  for (const c of GRAMMATICAL_CASES) {
    const b = analyzeName(name, c);
    if (b?.known && (!a || b.head < a.head)) a = b;
  }
  if (!a) return 'inny';
  const first = a.ordinal !== null ? a.ordinal + 2 : 0;
  const lead = a.tokens.slice(first, a.head + 1).filter((_, i) => i % 2 === 0).map((w) => w.toLowerCase());
  const leadNom = a.readAs === 'nominative' ? lead.join(' ') : (toNominative(a.tokens.slice(first, a.head + 1).join(''), a.readAs)).toLowerCase();
  for (const p of lexicon().phrases) {
    const phrase = p.words.join(' ');
    if (p.words.length === lead.length && levenshtein(phrase, leadNom) <= 2) return p.unitKind;
  }
  return a.noun.unitKind ?? 'inny';
}

/** Edit distance (insertions, deletions, substitutions) between two strings, by code unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
