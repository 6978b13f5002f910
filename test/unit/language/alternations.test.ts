/**
 * The noun guesser's stem alternations (`core/language/noun-guess.ts`): heads the lexicon does not know are declined
 * with `ó` : `o`, `ą` : `ę`, the przegłos (`e` : `a`, `e` : `o`), the mobile `e` and the softening of `k`, `g`, `ch`,
 * and read back to their nominative.
 *
 * Every expected form below is the form of the word's inflection table in Wiktionary (pl.wiktionary.org/wiki/WORD,
 * section „odmiana”), which agrees with a standard grammar; those also found through the search tool:
 * `ogród` (ogrodu, ogrodowi, ogrodem, ogrodzie: infinitelexicon.pages.dev/ogrodach), `stół` → `stole`, `samochód` →
 * `samochodzie`, `jezioro` → `jeziorze`, `pokój` → `pokoju`, `lekcja` → `lekcji` (przypadki.marcdevens.com/reference/locative),
 * `miasto` → `mieście`, `dom` → `domu` (popolsku.co.ua/33.html), `las` → `lesie` and the przegłos being lexical
 * (sjikp.us.edu.pl, „Pomoc gramatyczna — oboczności samogłoskowe”), `wydziale`, `dziale`, `udziale` without it
 * (the levelled forms of the historical grammar quoted at zanotowane.pl/832/9045).
 */
import { describe, expect, it } from 'vitest';
import { analyzeName, inflect, toNominative } from '../../../core/language/index.js';
import { guessNoun } from '../../../core/language/noun-guess.js';
import { loadUnitKinds } from '../../../core/templates/index.js';

type Forms = [genitive: string, dative: string, accusative: string, instrumental: string, locative: string];

/** Nouns not in the lexicon, with their verified singular forms (gen., dat., acc., instr., loc.). */
const VERIFIED: [string, Forms][] = [
  // ó : o before a final voiced consonant
  ['ogród', ['ogrodu', 'ogrodowi', 'ogród', 'ogrodem', 'ogrodzie']],
  ['stół', ['stołu', 'stołowi', 'stół', 'stołem', 'stole']],
  ['samochód', ['samochodu', 'samochodowi', 'samochód', 'samochodem', 'samochodzie']],
  ['zbiór', ['zbioru', 'zbiorowi', 'zbiór', 'zbiorem', 'zbiorze']],
  ['nadzór', ['nadzoru', 'nadzorowi', 'nadzór', 'nadzorem', 'nadzorze']],
  ['sposób', ['sposobu', 'sposobowi', 'sposób', 'sposobem', 'sposobie']],
  ['pokój', ['pokoju', 'pokojowi', 'pokój', 'pokojem', 'pokoju']],
  ['wóz', ['wozu', 'wozowi', 'wóz', 'wozem', 'wozie']],
  ['kraków', ['krakowa', 'krakowowi', 'kraków', 'krakowem', 'krakowie']],
  ['powrót', ['powrotu', 'powrotowi', 'powrót', 'powrotem', 'powrocie']],
  // ó kept: voiceless final consonant, or a word that keeps it
  ['skrót', ['skrótu', 'skrótowi', 'skrót', 'skrótem', 'skrócie']],
  ['chór', ['chóru', 'chórowi', 'chór', 'chórem', 'chórze']],
  // ą : ę (listed), ą kept elsewhere
  ['okrąg', ['okręgu', 'okręgowi', 'okrąg', 'okręgiem', 'okręgu']],
  ['sąd', ['sądu', 'sądowi', 'sąd', 'sądem', 'sądzie']],
  // the przegłos (listed words), with ó : o in kościół
  ['kościół', ['kościoła', 'kościołowi', 'kościół', 'kościołem', 'kościele']],
  ['las', ['lasu', 'lasowi', 'las', 'lasem', 'lesie']],
  ['powiat', ['powiatu', 'powiatowi', 'powiat', 'powiatem', 'powiecie']],
  ['zjazd', ['zjazdu', 'zjazdowi', 'zjazd', 'zjazdem', 'zjeździe']],
  ['obiad', ['obiadu', 'obiadowi', 'obiad', 'obiadem', 'obiedzie']],
  ['miasto', ['miasta', 'miastu', 'miasto', 'miastem', 'mieście']],
  ['światło', ['światła', 'światłu', 'światło', 'światłem', 'świetle']],
  ['wiara', ['wiary', 'wierze', 'wiarę', 'wiarą', 'wierze']],
  ['gwiazda', ['gwiazdy', 'gwieździe', 'gwiazdę', 'gwiazdą', 'gwieździe']],
  // no przegłos today
  ['pomiar', ['pomiaru', 'pomiarowi', 'pomiar', 'pomiarem', 'pomiarze']],
  ['oświata', ['oświaty', 'oświacie', 'oświatę', 'oświatą', 'oświacie']],
  ['udział', ['udziału', 'udziałowi', 'udział', 'udziałem', 'udziale']],
  // mobile e
  ['budynek', ['budynku', 'budynkowi', 'budynek', 'budynkiem', 'budynku']],
  ['dworzec', ['dworca', 'dworcowi', 'dworzec', 'dworcem', 'dworcu']],
  ['koniec', ['końca', 'końcowi', 'koniec', 'końcem', 'końcu']],
  ['sosnowiec', ['sosnowca', 'sosnowcowi', 'sosnowiec', 'sosnowcem', 'sosnowcu']],
  // k, g, ch softened before -e; soft stems
  ['droga', ['drogi', 'drodze', 'drogę', 'drogą', 'drodze']],
  ['ręka', ['ręki', 'ręce', 'rękę', 'ręką', 'ręce']],
  ['mucha', ['muchy', 'musze', 'muchę', 'muchą', 'musze']],
  ['dom', ['domu', 'domowi', 'dom', 'domem', 'domu']],
  ['poznań', ['poznania', 'poznaniowi', 'poznań', 'poznaniem', 'poznaniu']],
  // feminine -ia, -ja, -cja, -sja, -ść; neuter -e
  ['kancelaria', ['kancelarii', 'kancelarii', 'kancelarię', 'kancelarią', 'kancelarii']],
  ['kampania', ['kampanii', 'kampanii', 'kampanię', 'kampanią', 'kampanii']],
  ['pracownia', ['pracowni', 'pracowni', 'pracownię', 'pracownią', 'pracowni']],
  ['aleja', ['alei', 'alei', 'aleję', 'aleją', 'alei']],
  ['inwestycja', ['inwestycji', 'inwestycji', 'inwestycję', 'inwestycją', 'inwestycji']],
  ['misja', ['misji', 'misji', 'misję', 'misją', 'misji']],
  ['własność', ['własności', 'własności', 'własność', 'własnością', 'własności']],
  ['pole', ['pola', 'polu', 'pole', 'polem', 'polu']],
];
const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'locative'] as const;

describe('the guesser declines nouns the lexicon does not know, with their stem alternations', () => {
  it.each(VERIFIED)('%s', (lemma, forms) => {
    const g = guessNoun(lemma);
    expect(CASES.map((c) => g.forms[c])).toEqual(forms);
  });

  it('gives the lexicon’s own forms for the lexicon nouns whose stems alternate (urząd, zespół, oddział, wydział, biuro …)', () => {
    const nouns = loadUnitKinds().nouns.filter((n) => ['urząd', 'zespół', 'oddział', 'wydział', 'dział', 'biuro', 'zakład', 'zarząd', 'referat', 'kancelaria', 'sekcja', 'delegatura', 'rada', 'kasa', 'grupa'].includes(n.lemma));
    expect(nouns).toHaveLength(15);
    for (const n of nouns) {
      const g = guessNoun(n.lemma);
      for (const c of CASES) expect(`${n.lemma} ${c} ${g.forms[c]}`).toBe(`${n.lemma} ${c} ${n.forms[c]}`);
    }
  });
});

describe('names whose head is guessed: declined and read back', () => {
  it.each([
    ['Ogród Botaniczny', 'Ogrodzie Botanicznym', 'Ogrodu Botanicznego'],
    ['Kościół Mariacki', 'Kościele Mariackim', 'Kościoła Mariackiego'],
    ['Miasto Kraków', 'Mieście Kraków', 'Miasta Kraków'],
    ['Sąd Rejonowy', 'Sądzie Rejonowym', 'Sądu Rejonowego'],
    ['Powiat Krakowski', 'Powiecie Krakowskim', 'Powiatu Krakowskiego'],
    ['Dworzec Główny', 'Dworcu Głównym', 'Dworca Głównego'],
    ['Budynek Administracyjny', 'Budynku Administracyjnym', 'Budynku Administracyjnego'],
    ['Szpital Miejski', 'Szpitalu Miejskim', 'Szpitala Miejskiego'],
    ['Aleja Róż', 'Alei Róż', 'Alei Róż'],
    ['Droga Krajowa', 'Drodze Krajowej', 'Drogi Krajowej'],
    ['Inwestycja Miejska', 'Inwestycji Miejskiej', 'Inwestycji Miejskiej'],
  ])('%s → %s, %s', (nom, loc, gen) => {
    expect(analyzeName(nom)?.known).toBe(false);
    expect(inflect(nom, 'locative')).toBe(loc);
    expect(inflect(nom, 'genitive')).toBe(gen);
    expect(toNominative(loc, 'locative')).toBe(nom);
    expect(toNominative(gen, 'genitive')).toBe(nom);
  });

  it('reads every case of an alternating head back to its nominative', () => {
    for (const lemma of ['ogród', 'kościół', 'stół', 'zbiór', 'powrót', 'okrąg', 'las', 'powiat', 'obiad', 'wiara', 'gwiazda', 'budynek', 'dworzec', 'koniec', 'sosnowiec', 'droga', 'ręka']) {
      const nom = lemma[0]!.toUpperCase() + lemma.slice(1);
      for (const c of CASES) expect(`${c}: ${toNominative(inflect(nom, c), c)}`).toBe(`${c}: ${nom}`);
    }
  });

  it('reads institutions’ heads back whole in every case (Szkoła, Przedszkole, Żłobek, Park, Cmentarz, Garaż, Szpital, Schronisko)', () => {
    for (const nom of ['Szkoła', 'Przedszkole', 'Żłobek', 'Park', 'Cmentarz', 'Garaż', 'Szpital', 'Schronisko', 'Pałac', 'Teatr', 'Instytut']) {
      for (const c of CASES) expect(`${c}: ${toNominative(inflect(nom, c), c)}`).toBe(`${c}: ${nom}`);
    }
    // an inanimate noun in `-arz`, `-nik`, `-or`: its accusative is the nominative (`na Cmentarz`, not `na Cmentarza`)
    expect(inflect('Cmentarz Rakowicki', 'accusative')).toBe('Cmentarz Rakowicki');
    expect(inflect('Inkubator Przedsiębiorczości', 'genitive')).toBe('Inkubatora Przedsiębiorczości');
  });

  it('keeps a lexicon head as the lexicon has it (Referat Ogólny, Urząd, Oddział, Wydział)', () => {
    expect(inflect('Referat Ogólny', 'locative')).toBe('Referacie Ogólnym');
    expect(inflect('Urząd Stanu Cywilnego', 'locative')).toBe('Urzędzie Stanu Cywilnego');
    expect(inflect('Oddział Ewidencji', 'locative')).toBe('Oddziale Ewidencji');
    expect(inflect('Zespół Radców Prawnych', 'locative')).toBe('Zespole Radców Prawnych');
    expect(analyzeName('Zespół Radców Prawnych')?.known).toBe(true);
  });
});

describe('a guessed head after adjectives that agree with it', () => {
  it.each([
    ['Miejski Ogród Botaniczny', 'Miejskiego Ogrodu Botanicznego', 'Miejskim Ogrodzie Botanicznym', 'Miejski Ogród Botaniczny'],
    ['Miejska Biblioteka Publiczna', 'Miejskiej Biblioteki Publicznej', 'Miejskiej Bibliotece Publicznej', 'Miejską Bibliotekę Publiczną'],
    ['Miejski Szpital Specjalistyczny', 'Miejskiego Szpitala Specjalistycznego', 'Miejskim Szpitalu Specjalistycznym', 'Miejski Szpital Specjalistyczny'],
    ['Nowy Dworzec', 'Nowego Dworca', 'Nowym Dworcu', 'Nowy Dworzec'],
    ['Dzienny Dom Pomocy', 'Dziennego Domu Pomocy', 'Dziennym Domu Pomocy', 'Dzienny Dom Pomocy'],
  ])('%s → %s, %s, %s', (nom, gen, loc, acc) => {
    expect(analyzeName(nom)?.known).toBe(false);
    expect([inflect(nom, 'genitive'), inflect(nom, 'locative'), inflect(nom, 'accusative')]).toEqual([gen, loc, acc]);
    expect([toNominative(gen, 'genitive'), toNominative(loc, 'locative'), toNominative(acc, 'accusative')]).toEqual([nom, nom, nom]);
  });

  it('reads a masculine in a vowel and `-c` and a neuter in a consonant and `-ce` back apart (`Pałacu`, `Miejscu`)', () => {
    expect(toNominative(inflect('Pałac Młodzieży', 'locative'), 'locative')).toBe('Pałac Młodzieży');
    expect(toNominative(inflect('Miejsce Pamięci', 'locative'), 'locative')).toBe('Miejsce Pamięci');
  });
});
