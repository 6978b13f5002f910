/**
 * Best-effort declension of a head noun the lexicon does not know, from its ending and the alternations of its stem.
 * Used only as a fallback: names whose head is in `templates/unit-kinds.json` never come here, and `analyzeName`
 * reports `known: false` so that a check can treat such a form as uncertain.
 *
 * Endings (standard Polish noun paradigms; R. Grzegorczykowa et al., Gramatyka współczesnego języka polskiego.
 * Morfologia, declension of nouns; Wikipedia „Miejscownik”: hard stems take `-e` in the locative, soft stems and
 * `k`/`g`/`ch` take `-u`):
 * - masculine in a consonant: genitive `-u` (`-a` for a person, a noun in `-ec`, a town in `-ów`, a stem in `-ń`, and
 *   a few listed words: `kościoła`, `szpitala`),
 *   dative `-owi`, accusative = nominative (genitive for a person), instrumental `-em` (`-iem` after `k`/`g`),
 *   locative `-e` with the last consonant softened (`klub` → `klubie`, `instytut` → `instytucie`, `teatr` → `teatrze`),
 *   `-u` after a velar or a soft consonant (`Poznań` → `Poznaniu`);
 * - neuter in `-o`, `-e`, `-ie`, `-um`; feminine in `-a` (dative and locative `-e` with softening, `k` → `c`, `g` →
 *   `dz`, `ch` → `sz`: `droga` → `drodze`, `ręka` → `ręce`; `-i`/`-y` after a soft stem: `pracownia` → `pracowni`,
 *   `kancelaria` → `kancelarii`, `sekcja` → `sekcji`, `nadzieja` → `nadziei`), feminine in `-ść` (`własności`).
 *
 * Stem alternations (University of Silesia, „Pomoc gramatyczna — oboczności samogłoskowe”,
 * https://www.sjikp.us.edu.pl/pl/publikacje/e-nauczanie/grampol/pomoc/pomoc-gramatyczna/; Grzegorczykowa, op. cit.):
 * - `ó` : `o` — a masculine noun with `ó` before one final voiced consonant (`b d g z ż w ł r j`) has `o` in every
 *   form with an ending (`ogród` → `ogrodu`, `ogrodzie`; `zespół` → `zespole`; `Kraków` → `Krakowie`); the few that
 *   keep `ó` (`stróż`, `chór`) are listed; of the nouns in `-ót` only `-wrót` alternates (`powrotu`; `skrótu`).
 * - `ą` : `ę` and `e` : `a`/`o` (the Polish przegłos) — „no rule tells which words have them today” (the source
 *   above): they are listed word by word (`urząd` → `urzędzie`, `las` → `lesie`, `wiara` → `wierze`, `miasto` →
 *   `mieście`, `kościół` → `kościele`), and a word not listed keeps its vowel (`dział` → `dziale`, `wydziale`, by
 *   the analogical levelling the source describes).
 * - mobile `e` — `-ek` and `-ec` of a word of more than one syllable drop it (`budynek` → `budynku`, `dworzec` →
 *   `dworca`).
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
/** Hard stems that still take `-u` in the locative (`w domu`, `o panu`, `o synu`; popolsku.co.ua/33.html, „kilka wyjątków”). */
const LOCATIVE_U_WORDS = new Set(['dom', 'pan', 'syn']);
/**
 * Inanimate nouns with an ending the guesser takes for a person's (`-arz`, `-nik`, `-or`, `-er`, `-log`): their
 * accusative is the nominative (`na cmentarz`, `do dziennika`, `w inkubator`; Wiktionary: rodzaj męskorzeczowy).
 */
const NOT_PERSONAL = new Set(['cmentarz', 'kalendarz', 'dziennik', 'słownik', 'zbiornik', 'wskaźnik', 'katalog', 'dialog', 'inkubator', 'sektor', 'komputer', 'kolor', 'monitor', 'rejestrator']);
/**
 * Inanimate masculine nouns whose genitive is `-a`, not the `-u` the guesser gives by default (the choice is lexical:
 * Grzegorczykowa, op. cit.; each word as in its Wiktionary table): `kościoła`, `szpitala`, `cmentarza`, `ratusza`,
 * `dziennika`, `inkubatora`, `sektora`.
 */
const GENITIVE_A_WORDS = new Set(['kościół', 'szpital', 'cmentarz', 'ratusz', 'kalendarz', 'dziennik', 'słownik', 'zbiornik', 'wskaźnik', 'inkubator', 'sektor', 'komputer', 'monitor', 'rejestrator']);

/** `ó` before one final voiced consonant: `o` before an ending (`ogród` → `ogrod-`). */
const O_BEFORE_VOICED = /ó([bdgzżwłrj])$/;
/** Nouns that keep `ó` (`stróża`, `chóru`), and the `-ót` nouns that lose it (`powrót` → `powrotu`). */
const KEEPS_O_KRESKOWANE = new Set(['stróż', 'chór', 'wtór']);
const WROT = /(?:wr|obr)ót$/;
/**
 * Words with `ą` : `ę` before an ending (`urzędu`; but `zarządu`, `sądu`, `samorządu` keep `ą`): whole words or their
 * prefixed compounds. Source: Wiktionary inflection tables of each word (pl.wiktionary.org, „odmiana”).
 */
const A_NASAL_TO_E = /(?:^|^nie|^ob)(?:urząd|rząd)$|^(?:ob|o)?krąg$|^dąb$/;

/**
 * The przegłos, word by word: the stem of the nominative (`-a`/`-o` taken off) → the stem before a softening `-e`.
 * Each entry is checked against the Wiktionary table of its words (pl.wiktionary.org, „odmiana”): `las` → `lesie`,
 * `świat` → `świecie`, `powiat` → `powiecie`, `kwiat` → `kwiecie`, `wiatr` → `wietrze`, `obiad` → `obiedzie`, `sąsiad` →
 * `sąsiedzie`, `zjazd`/`przejazd`/`wyjazd` → `-jeździe`, `jazda` → `jeździe`, `gwiazda` → `gwieździe`, `gniazdo` →
 * `gnieździe`, `miasto` → `mieście`, `ciasto` → `cieście`, `lato` → `lecie`, `ciało` → `ciele`, `światło` → `świetle`,
 * `wiara` → `wierze`, `miara` → `mierze`, `ofiara` → `ofierze`, `kościół` → `kościele`, `anioł` → `aniele`, `popiół` →
 * `popiele`. Not in it (no alternation today): `dział`, `oddział`, `wydział` (`w wydziale`), `pomiar`, `wymiar`,
 * `siano` (`w sianie`), `oświata` (`w oświacie`), `wiata` (`pod wiatą`, `w wiacie`).
 */
const PRZEGLOS: [RegExp, string, string][] = [
  [/^las$/, 'las', 'les'],
  [/^(?:za)?świat$/, 'świat', 'świet'],
  [/^(?:po|k)wiat$/, 'wiat', 'wiet'],
  [/^wiatr$/, 'wiatr', 'wietr'],
  [/^(?:ob|sąs)iad$/, 'iad', 'ied'],
  [/jazda?$/, 'jazd', 'jezd'],
  [/^(?:gwiazda|gniazdo)$/, 'iazd', 'iezd'],
  [/^miasto$/, 'miast', 'miest'],
  [/^ciasto$/, 'ciast', 'ciest'],
  [/^lato$/, 'lat', 'let'],
  [/^ciało$/, 'ciał', 'cieł'],
  [/^światło$/, 'światł', 'świetł'],
  [/^(?:wiara|miara|ofiara)$/, 'iar', 'ier'],
  [/^(?:kościół|popiół|anioł)$/, 'ioł', 'ieł'],
];

/** The stem of `lemma` with the przegłos applied, when the word is listed (`las` → `les`, `kościół` → `kościeł`); else the stem. */
function przeglos(stem: string, lemma: string): string {
  for (const [re, from, to] of PRZEGLOS) if (re.test(lemma) && stem.endsWith(from)) return stem.slice(0, -from.length) + to;
  return stem;
}

/**
 * The listed nominatives whose softened stem is `soft` with the nominative ending `ending` (`les` → `las`, `kościeł`
 * → `kościół`, `miest` + `o` → `miasto`): the inverse of `przeglos`.
 */
function unPrzeglos(soft: string, ending: string): string[] {
  const out: string[] = [];
  for (const [re, from, to] of PRZEGLOS) {
    if (!soft.endsWith(to)) continue;
    const back = soft.slice(0, -to.length) + from;
    for (const lemma of [back.replace(/o(\p{L})$/u, 'ó$1') + ending, back + ending]) if (re.test(lemma) && !out.includes(lemma)) out.push(lemma);
  }
  return out;
}

/** Spelling of a soft consonant before a vowel ending: `ń` + `a` → `nia`, `ś` + `u` → `siu`; before `i`, only the letter. */
function join(stem: string, ending: string): string {
  const m = /(dź|[ńśćź])$/.exec(stem);
  if (!m || !ending || !/^[aeiouyąęó]/.test(ending)) return stem + ending;
  const hard = { ń: 'n', ś: 's', ć: 'c', ź: 'z', dź: 'dz' }[m[1] as 'ń'] + (ending.startsWith('i') ? '' : 'i');
  return stem.slice(0, -m[1]!.length) + hard + ending;
}

/** The stem a masculine noun in a consonant takes before an ending: `ó` → `o`, `ą` → `ę`, mobile `e` dropped. */
function masculineStem(lemma: string): string {
  if (!KEEPS_O_KRESKOWANE.has(lemma) && (O_BEFORE_VOICED.test(lemma) || WROT.test(lemma))) return lemma.replace(/ó(\p{L})$/u, 'o$1');
  if (A_NASAL_TO_E.test(lemma)) return lemma.replace(/ą(\p{L})$/u, 'ę$1');
  // mobile e: the word keeps a vowel without it (`budynek` → `budynk-`, but `lek`, `piec` keep theirs); not after a
  // soft `i` (`przeciek` → `przecieku`, `człowiek`)
  const mobile = /^(.*?)(rzec|niec|ek|ec)$/.exec(lemma);
  if (mobile && /[aeiouyąęó]/.test(mobile[1]!)) {
    if (mobile[2] === 'rzec') return mobile[1] + 'rc';
    if (mobile[2] === 'niec') return mobile[1] + 'ńc';
    if (mobile[2] === 'ec' && /[pbwm]i$/.test(mobile[1]!)) return mobile[1]!.slice(0, -1) + 'c';
    if (/[^aeiouyąęói]$/.test(mobile[1]!)) return mobile[1] + mobile[2]!.slice(-1);
  }
  return lemma;
}

/** The locative of a masculine or neuter stem (`klub` → `klubie`, `schronisk` → `schronisku`, `ogrod` → `ogrodzie`). */
function locativeOfStem(stem: string, lemma: string): string {
  if (LOCATIVE_U.test(stem) || LOCATIVE_U_WORDS.has(lemma)) return join(stem, 'u');
  const soft = przeglos(stem, lemma);
  for (const [re, rep] of HARD_SOFTENING) if (re.test(soft)) return soft.replace(re, rep);
  return stem + 'u';
}

/** The dative (= locative) of a feminine or masculine noun in `-a` from its stem (`drog` → `drodze`, `wiar` → `wierze`). */
function dativeOfAStem(stem: string, lemma: string): string {
  const soft = przeglos(stem, lemma);
  for (const [re, rep] of DATIVE_SOFTENING) if (re.test(soft)) return soft.replace(re, rep);
  return stem + 'ie';
}

/** Number of vowel letters (a rough count of syllables; `ia`, `ie` count as one with their `i` before a vowel). */
function syllables(word: string): number {
  return (word.replace(/i(?=[aeouyąęó])/g, '').match(/[aeiouyąęó]/g) ?? []).length;
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
    return mk('n', { genitive: s + 'a', dative: s + 'u', accusative: l, instrumental: s + (/[kg]$/.test(s) ? 'iem' : 'em'), locative: locativeOfStem(s, l) });
  }
  if (l.endsWith('e')) {
    // `zadanie`, `pogotowie` (soft stem written with `i`), `pole`, `wybrzeże`: genitive `-a`, locative `-u`
    const s = l.slice(0, -1);
    return mk('n', { genitive: s + 'a', dative: s + 'u', accusative: l, instrumental: s + 'em', locative: s + 'u' });
  }
  if (l.endsWith('a')) {
    const s = l.slice(0, -1);
    const personal = /(ist|yst|c)$/.test(s);
    const gender = personal ? 'm' : 'f';
    // the locative of an `-a` noun is its dative (kasa → kasie, pracownia → pracowni), the accusative ends in `-ę`
    const forms = (gd: string, dat = gd) => ({ genitive: gd, dative: dat, accusative: s + 'ę', instrumental: s + 'ą', locative: dat });
    // a borrowed `-ania`, `-enia`, `-onia` of three syllables or more: `kampania` → `kampanii` (native `pracowni`, `łani`)
    if (/[aeo]ni$/.test(s) && syllables(l) >= 3) return mk(gender, forms(s + 'i'), personal);
    if (/[csznd]i$/.test(s)) return mk(gender, forms(s), personal); // pracownia → pracowni
    if (/[aeouy]j$/.test(s)) return mk(gender, forms(s.slice(0, -1) + 'i'), personal); // nadzieja → nadziei, aleja → alei
    if (/[ij]$/.test(s)) return mk(gender, forms(s + 'i'), personal); // kancelaria → kancelarii, sekcja → sekcji
    if (/(c|cz|sz|rz|ż|dż)$/.test(s)) return mk(gender, forms(s + 'y'), personal); // ulica → ulicy
    if (/l$/.test(s)) return mk(gender, forms(s + 'i'), personal);
    const gen = /[kg]$/.test(s) ? s + 'i' : s + 'y';
    return mk(gender, forms(gen, dativeOfAStem(s, l)), personal);
  }
  if (l.endsWith('ść')) {
    // feminine in `-ść` (`własność`, `część`): genitive, dative and locative `-ści`, instrumental `-ścią`
    const s = l.slice(0, -2);
    return mk('f', { genitive: s + 'ści', dative: s + 'ści', accusative: l, instrumental: s + 'ścią', locative: s + 'ści' });
  }
  const s = masculineStem(l);
  const velar = /[kg]$/.test(s);
  const personal = /(or|er|ent|ant|nik|arz|log|yk)$/.test(l) && !NOT_PERSONAL.has(l);
  const takesA = personal || GENITIVE_A_WORDS.has(l) || /ów$/.test(l) || /ec$/.test(l) || /ń$/.test(l);
  const genitive = join(s, takesA ? 'a' : 'u');
  return mk(
    'm',
    { genitive, dative: join(s, 'owi'), accusative: personal ? genitive : l, instrumental: join(s, velar ? 'iem' : 'em'), locative: locativeOfStem(s, l) },
    personal,
  );
}

/**
 * The listed nominatives whose stem a lexical alternation (the przegłos, `ą` : `ę`) changed into `candidate`'s:
 * `les` → `las`, `kościeł` → `kościół`, `miesto` → `miasto`, `wiera` → `wiara`, `urzęd` → `urząd`. The word being
 * listed, such a reading is preferred to every other that declines back alike (`Mieście` is `Miasto`, not `Miest`).
 */
export function listedNominatives(candidate: string): string[] {
  const ending = /[ao]$/.test(candidate) ? candidate.slice(-1) : '';
  const out = unPrzeglos(candidate.slice(0, candidate.length - ending.length), ending);
  const e = /^(.*)ę(\p{L})$/u.exec(candidate);
  if (e && A_NASAL_TO_E.test(`${e[1]}ą${e[2]}`)) out.push(`${e[1]}ą${e[2]}`);
  return out.filter((v) => v !== candidate);
}

/**
 * The nominative with `ó` put back where the stem `candidate` may have lost it (`ogrod` → `ogród`, `zespoł` →
 * `zespół`, `powrot` → `powrót`), or null. A caller keeps it only when its form, declined again, is the one it read,
 * and prefers it to `candidate` itself (`Ogrodzie` is `Ogród`, not `Ogrod`).
 * Where both readings decline alike (`koloru`: `kolor` or `kolór`?), `ó` is offered only where native words have it:
 * before `d` after `ch`, `w`, `r`, `l`, `m` (`chód`, `powód`, `ród`, `lód`, `miód`; not `kod`, `epizod`), before `r`
 * after `b`, `z`, `w`, `p`, `i` (`wybór`, `wzór`, `dwór`, `spór`, `zbiór`; not `kolor`, `sektor`), before `ł` not after
 * `i` or `k` (`stół`, `zespół`; not `anioł`; `Szkole` is `Szkoła`), before `g` not in `-log` (`róg`; not `katalog`), before `b` not in `-lob`,
 * before `w`, `z`, `ż`, `j` always (`Kraków`, `wóz`, `nóż`, `pokój`), and in a word of the przegłos list (`kościół`).
 */
export function oKreskowaneNominative(candidate: string): string | null {
  if (/(?:wr|obr)ot$/.test(candidate)) return candidate.replace(/ot$/, 'ót');
  const o = /^(.*)o([bdgzżwłrj])$/u.exec(candidate);
  if (!o) return null;
  const before = o[1]!;
  const c = o[2]!;
  const withO = `${before}ó${c}`;
  const native =
    (c === 'd' && /(?:ch|[wrlm])$/.test(before)) ||
    (c === 'r' && /[bzwpi]$/.test(before)) ||
    (c === 'ł' && !/[ik]$/.test(before)) ||
    (c === 'g' && !/l$/.test(before)) ||
    (c === 'b' && !/l$/.test(before)) ||
    'wzżj'.includes(c) ||
    PRZEGLOS.some(([re]) => re.test(withO));
  return native && !KEEPS_O_KRESKOWANE.has(withO) ? withO : null;
}

/**
 * The nominative with a mobile `e` put back, when `candidate` ends as a stem that lost one: `dworc` → `dworzec`,
 * `końc` → `koniec`, `chłopc` → `chłopiec` (not `miejsc`: `miejsce`), `budynk` → `budynek` (not `bank`, `park`, `kiosk`, `rynk`… by the same test: `rynek`); else null.
 * Stronger evidence than any other reading (`Budynku` is `Budynek`, not `Budynko`).
 */
export function mobileNominative(candidate: string): string | null {
  if (/rc$/.test(candidate)) return candidate.replace(/rc$/, 'rzec');
  if (/ńc$/.test(candidate)) return candidate.replace(/ńc$/, 'niec');
  if (/[pbwm]c$/.test(candidate)) return candidate.replace(/c$/, 'iec');
  if (/[^aeiouyąęóirs]k$/.test(candidate) && !/[aiu]nk$/.test(candidate)) return candidate.replace(/k$/, 'ek');
  return null;
}

/** A soft consonant spelt with `i` before an ending, as a nominative would end in it: `poznani` → `poznań`; else null. */
export function softNominative(candidate: string): string | null {
  const soft = /^(.*?)(dz|[nszc])i$/.exec(candidate);
  return soft ? soft[1] + { n: 'ń', s: 'ś', z: 'ź', c: 'ć', dz: 'dź' }[soft[2] as 'n'] : null;
}
