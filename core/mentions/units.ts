/**
 * Unit mentions: finds, inside the texts of an order, the names of its units (in any of the cases `core/language`
 * declines, with or without the symbol in parentheses), a unit's symbol alone (`(KS-03)`, `KS-03`), the department
 * itself (its full name or the short name § 1 introduces, `Wydziału`), its deputies and the positions inside its
 * units, and turns the words into inline references (`core/model/inline.ts`), so that renaming, re-symbolling or
 * merging a unit rewrites every mention (issue 11, item 1).
 *
 * Safety rule: words become a reference only where writing the reference back from the register
 * (`RichText.refText`) gives exactly the same words, so the rendered text of an order is byte-identical before and
 * after recognition. Words that are ambiguous (two targets with the same words) or that run on into a longer name
 * (`Wydziału Spraw Społecznych`: a capitalised word follows) stay text; checks report unit-like words that match no
 * unit (`core/checks/rules/mentions.ts`).
 *
 * Names are read in all six cases the orders use (`core/language`): nominative, genitive, dative, accusative
 * (`prowadzi Kancelarię`, `nadzoruje Referat`), instrumental and locative (`w Referacie ds. Organizacyjnych`,
 * `w Biurze Prasowym`, `na Samodzielnym stanowisku …`). The case of a form that several cases share (feminine
 * `Kancelarii`: genitive, dative and locative; masculine `Referat`: nominative and accusative; `Stanowisku`: dative
 * and locative) is chosen from the word before it (`likelyCases`), so that a rename writes the new name in the case
 * the sentence needs; see `GOVERNORS` for each rule and its source.
 */
import { GRAMMATICAL_CASES, type GrammaticalCase } from '../language/index.js';
import { Inline, type Mention, type Reference, type UnitMention } from '../model/inline.js';
import type { Item, Order } from '../model/order.js';
import { RichText, type TextContext } from '../model/rich-text.js';
import { mapOrderTexts } from './texts.js';

const CASES = GRAMMATICAL_CASES;

/** A phrase that stands for a mention: the words and the reference(s) that write them. */
interface Phrase {
  words: string;
  /** Every reference whose words these are (one target, possibly several cases). */
  refs: Mention[];
  /** A unit's symbol alone: recognised only in parentheses or when it looks like a symbol (`KS-03`). */
  symbolOnly: boolean;
}

/** What recognition matches against: the phrases of one order, indexed by their first word. */
export interface MentionIndex {
  readonly ctx: TextContext;
  /** First word (as written) → phrases starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** `refKey` of every reference the index made → the phrase of its words (used to re-read a stored mention's case). */
  readonly byRef: ReadonlyMap<string, Phrase>;
}

const WORD = /^[^\s,;:()„”"]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A symbol that can be recognised outside parentheses: letters, a hyphen and a number (`KS-03`, `KP-02-1`). */
const SYMBOL_LIKE = /^\p{Lu}+-\d/u;

/** Target key of a mention (which thing it names, whatever the case). */
function targetOf(m: Mention): string {
  switch (m.kind) {
    case 'unit':
      return `unit:${m.unitId}`;
    case 'subject':
      return 'subject';
    case 'deputy':
      return `deputy:${m.deputyId}`;
    case 'position':
      return `position:${m.positionId}`;
  }
}

/** What a mention writes, whatever its `written`: target, case and form (symbol, short name). */
function refKey(m: Mention): string {
  const form = m.kind === 'unit' ? `${m.symbol ? 's' : ''}${m.symbolOnly ? 'o' : ''}` : m.kind === 'subject' && m.short ? 'short' : '';
  return `${targetOf(m)}|${m.case}|${form}`;
}

/**
 * The phrases of an order: every form of every unit, deputy, position and of the department, and every symbol.
 * In: the order or a context built by `RichText.context`. Out: the index recognition uses. Never throws.
 */
export function mentionIndex(of: Order | TextContext): MentionIndex {
  const ctx = 'citations' in of && of.units instanceof Map ? (of as TextContext) : RichText.context(of as Order);
  const order = ctx.order;
  const byWords = new Map<string, Phrase>();
  const add = (ref: Mention, symbolOnly = false): void => {
    const words = RichText.refText(ref, ctx);
    if (!words.trim()) return;
    const p = byWords.get(words) ?? { words, refs: [], symbolOnly };
    if (!p.refs.some((r) => JSON.stringify(r) === JSON.stringify(ref))) p.refs.push(ref);
    byWords.set(words, p);
  };
  for (const u of order.units) {
    for (const c of CASES) {
      add({ kind: 'unit', unitId: u.id, case: c, symbol: false });
      if (u.symbol) add({ kind: 'unit', unitId: u.id, case: c, symbol: true });
    }
    if (u.symbol) add({ kind: 'unit', unitId: u.id, case: 'nominative', symbol: true, symbolOnly: true }, true);
  }
  for (const c of CASES) {
    if (order.meta.subject) add({ kind: 'subject', case: c, short: false });
    if (order.leadership?.shortName) add({ kind: 'subject', case: c, short: true });
    for (const d of order.leadership?.deputies ?? []) add({ kind: 'deputy', deputyId: d.id, case: c });
    for (const p of ctx.positions.values()) add({ kind: 'position', positionId: p.id, case: c });
  }
  const byRef = new Map<string, Phrase>();
  for (const p of byWords.values()) for (const r of p.refs) byRef.set(refKey(r), p);
  const byFirstWord = new Map<string, Phrase[]>();
  for (const p of byWords.values()) {
    // two targets with the same words (two units of one name, a unit named like a position): never recognised
    if (new Set(p.refs.map(targetOf)).size > 1) continue;
    const first = WORD.exec(p.words)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(p);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { ctx, byFirstWord, byRef };
}

/**
 * The words that decide the case of the name after them, most likely case first. A form that only one case has
 * needs no rule; these decide between cases that share a form, so each list puts first the case the word governs.
 * Sources: the prepositions of the Polish locative are exactly `w`/`we`, `na`, `o`, `po`, `przy` (R. Grzegorczykowa
 * et al., Gramatyka współczesnego języka polskiego. Morfologia; Wikipedia „Miejscownik”); `w` and `na` also take
 * the accusative of motion (`przeniesienie na stanowisko`), which the orders rarely use of a unit, so the locative
 * goes first and the accusative second. `ku`, `dzięki`, `przeciw(ko)`, `wbrew` govern the dative, as do `podlegać`,
 * `podległy`, `powierzać`, `przekazywać` (komu?: the subordination clauses of § 3, fixture 3468/2024). `z`/`ze`,
 * `przed`, `nad`, `pod`, `za`, `między`, `pomiędzy` take the instrumental of place and company (`współpraca z
 * Referatem`); `przez` always governs the accusative (`realizowane przez Wydział`, `przez Kancelarię Prezydenta` in
 * fixtures 3468/2024 and 2006/2020), and so do the transitive verbs an order uses of a unit's work (`prowadzi`,
 * `nadzoruje`, `obsługuje`, `wspiera`, `reprezentuje`, `koordynuje`, `zastępuje`, `powołuje`: kogo? co? — the
 * direct object is in the accusative; Wikipedia „Biernik”). After a preposition the nominative is never right, so it
 * comes last there. Anywhere else: genitive (the usual case of a name inside a task: `obsługa Biura`), nominative,
 * accusative; but a name followed by a verb of `SUBJECT_VERBS` and preceded by no governing word is that verb's
 * subject, in the nominative (`że Centrum Obsługi Mieszkańców prowadzi …`).
 */
const GOVERNORS: { words: RegExp; cases: GrammaticalCase[] }[] = [
  { words: /^(?:w|we|na|o|po|przy)$/iu, cases: ['locative', 'accusative', 'dative', 'genitive', 'instrumental', 'nominative'] },
  {
    words: /^(?:ku|dzięki|przeciw|przeciwko|wbrew|podlega\p{L}*|podległ\p{L}*|powierza\p{L}*|przekazuje|przekazują|przekazywanie)$/iu,
    cases: ['dative', 'locative', 'genitive', 'nominative', 'accusative', 'instrumental'],
  },
  { words: /^(?:z|ze|przed|nad|pod|za|między|pomiędzy)$/iu, cases: ['instrumental', 'genitive', 'accusative', 'dative', 'locative', 'nominative'] },
  {
    words: /^(?:przez|prowadzi|prowadzą|nadzoruje|nadzorują|obsługuje|obsługują|wspiera|wspierają|reprezentuje|reprezentują|koordynuje|koordynują|zastępuje|zastępują|powołuje|powołują)$/iu,
    cases: ['accusative', 'genitive', 'nominative', 'dative', 'locative', 'instrumental'],
  },
];
const ELSEWHERE: GrammaticalCase[] = ['genitive', 'nominative', 'accusative', 'dative', 'locative', 'instrumental'];
/**
 * Verbs in the third person an order says of a unit (`Referat prowadzi`, `Biuro realizuje`): a name right before one
 * is its subject (the subject of a finite verb is in the nominative). `należy`/`należą` are not here: `do zakresu
 * Centrum należą` has the genitive before them.
 */
const SUBJECT_VERBS = /^(?:prowadzi|prowadzą|realizuje|realizują|wykonuje|wykonują|odpowiada|odpowiadają|koordynuje|koordynują|współpracuje|współpracują|nadzoruje|nadzorują|obsługuje|obsługują|wspiera|wspierają|reprezentuje|reprezentują|zapewnia|zapewniają|opracowuje|opracowują|przygotowuje|przygotowują|sporządza|sporządzają|przekazuje|przekazują|podlega|podlegają|jest|są|pełni|pełnią)$/iu;
const SUBJECT_FIRST: GrammaticalCase[] = ['nominative', 'genitive', 'accusative', 'dative', 'locative', 'instrumental'];
/** Before `podlega`: the subject, or else the superior in the dative (`Zastępcy Dyrektora podlega Referat …`, § 3). */
const BEFORE_PODLEGA: GrammaticalCase[] = ['nominative', 'dative', 'genitive', 'accusative', 'locative', 'instrumental'];

/**
 * Words of motion and change after which `w`/`we` or `na` take the accusative of direction (`dokąd?`, `w co?`, `na
 * co?`) instead of the locative of place: `przekształcenie Referatu w Centrum …`, `przekazanie spraw na Samodzielne
 * stanowisko …`, `kierowanie na …`, `wprowadzanie na/w …`, `wpisywanie na listę`, `powołanie na stanowisko`. Source:
 * the rule „w/na + ruch do miejsca → biernik, w/na + spoczynek → miejscownik” (dyktanda.pl „Miejscownik”;
 * wiedzabezbarier.eu, „Przyimki do i na”: `na` with the locative answers `gdzie?`, with the accusative `dokąd?`), and
 * the government of each verb as a dictionary gives it (przekształcić coś w coś, przekazać coś na/w coś, przenieść
 * kogoś na stanowisko, powołać kogoś na stanowisko / w skład, skierować kogoś na coś, wpisać na listę, podzielić na,
 * połączyć w, włączyć w, zamienić na / w, wyznaczyć, mianować, awansować na; Walenty, walenty.ipipan.waw.pl; not every
 * entry was checked there). Each stem lists the prepositions it governs so: `wpis-` only `na` (`wpis w rejestrze` is a
 * place), `łącz-`/`włącz-` only `w`. Verbs whose `w` names the place of the work are left out (`przyjmowanie pism w
 * Kancelarii`, `wnoszenie opłat w Kasie`).
 */
const MOTION: { stem: RegExp; w: boolean; na: boolean }[] = [
  { stem: /^(?:przekaz|przekaż|przenie|przenos|przekształc|kierow|skierow|wprowadz|powoł|zamian|zamien|zmian|zmieni|wybór|wybier|wybran|wybra)/iu, w: true, na: true },
  { stem: /^(?:przesu|przeznacz|wpis|mianow|wyznacz|deleg|zgłasz|zgłos|podział|podziel|dziel|awans|przydziel|przydział)/iu, w: false, na: true },
  { stem: /^(?:łącz|połącz|scal|włącz)/iu, w: true, na: false },
];
/** Words that end the look-back for a word of motion: another preposition of place, a relative pronoun. */
const MOTION_STOP = /^(?:do|w|we|na|przy|o|po|od|u|który|która|które|których|którym|gdzie)$/iu;
const ACCUSATIVE_OF_MOTION: GrammaticalCase[] = ['accusative', 'locative', 'genitive', 'nominative', 'dative', 'instrumental'];

/**
 * Whether the text before a name ends with `w`/`we`/`na` governed by a word of motion (`MOTION`) at most six words
 * back in the same clause, with no comma, semicolon, colon, parenthesis, other preposition of place or relative
 * pronoun between: `przekształca się w` → true; `prowadzenie narad w`, `przekazanie do realizacji w` → false.
 */
export function isAccusativeOfMotion(textBefore: string): boolean {
  const words = textBefore.replace(/[(„"]+$/u, '').trimEnd().split(/\s+/u);
  const prep = (words.pop() ?? '').toLowerCase();
  const key = prep === 'na' ? 'na' : prep === 'w' || prep === 'we' ? 'w' : null;
  if (!key) return false;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const w = words[k]!;
    if (/[,;:.()]$/u.test(w)) return false;
    const bare = w.replace(/[„”"]/gu, '');
    if (MOTION.some((m) => m[key] && m.stem.test(bare))) return true;
    if (MOTION_STOP.test(bare)) return false;
  }
  return false;
}

/**
 * The cases a name standing after the word `before` (and before the word `after`, when known) is most likely in,
 * most likely first (see `GOVERNORS`): the locative after `w`, `na`, `o`, `po`, `przy`; the dative after `ku`,
 * `podlega` …; the instrumental after `z`, `przed` …; the accusative after `przez` and the verbs `prowadzi`,
 * `nadzoruje` …; otherwise the nominative before a verb of `SUBJECT_VERBS` (then the dative before `podlega`), else
 * the genitive. `textBefore`, when given, is the text before the name (the run up to it): after `w`/`na` governed by
 * a word of motion (`isAccusativeOfMotion`) the accusative comes first. Every list holds all six cases.
 */
export function likelyCases(before: string, after = '', textBefore = ''): GrammaticalCase[] {
  const w = before.replace(/[,;:(„"]+$/u, '');
  if (textBefore && isAccusativeOfMotion(textBefore)) return ACCUSATIVE_OF_MOTION;
  const governed = GOVERNORS.find((g) => g.words.test(w))?.cases;
  if (governed) return governed;
  if (/^(?:podlega|podlegają)$/iu.test(after)) return BEFORE_PODLEGA;
  return SUBJECT_VERBS.test(after) ? SUBJECT_FIRST : ELSEWHERE;
}

/** The word before position `i` of a run (`''` at its start). */
export function wordBefore(run: string, i: number): string {
  return /(\S+)\s*$/u.exec(run.slice(0, i).replace(/[(„"]$/, ''))?.[1] ?? '';
}

/** The word that starts at position `i` of a run, after spaces (`''` when none: the run ends or punctuation follows). */
export function wordAfter(run: string, i: number): string {
  return /^\s+(\p{L}+)/u.exec(run.slice(i))?.[1] ?? '';
}

/**
 * The reference among those sharing the words that the words around them call for; `first`, when given, is the case
 * of a name this one is coordinated with (`w Referacie X i Kancelarii Y`: the second shares the first's case).
 */
function pickCase(refs: readonly Mention[], before: string, after: string, first?: GrammaticalCase, textBefore = ''): Mention {
  const likely = likelyCases(before, after, textBefore);
  for (const c of first ? [first, ...likely] : likely) {
    const r = refs.find((x) => x.case === c);
    if (r) return r;
  }
  return refs[0]!;
}

/** True when the words ending at `end` run on into a longer name: a capitalised word or a hyphenated part follows. */
function runsOn(run: string, end: number): boolean {
  const next = run[end];
  if (next === undefined) return false;
  if (LETTER_OR_DIGIT.test(next)) return true;
  if (next === '-' && LETTER_OR_DIGIT.test(run[end + 1] ?? '')) return true;
  const m = /^\s+(\S)/u.exec(run.slice(end));
  return !!m && /\p{Lu}/u.test(m[1]!);
}

/** The unit a `(SYMBOL)` right after `end` names, or null. */
function symbolAfter(run: string, end: number, index: MentionIndex): string | null {
  const m = /^ \(([^()\s]+)\)/.exec(run.slice(end));
  if (!m) return null;
  const u = [...index.ctx.units.values()].find((x) => x.symbol === m[1]);
  return u ? u.id : '';
}

/**
 * Splits one plain run around the mentions it holds. `follow`: the reference right after the run, if any (a symbol
 * recognised earlier, so that `Referatu X (` + `KS-03` + `)` is read as it was the first time).
 */
function splitRun(run: string, index: MentionIndex, follow?: Inline): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  let i = 0;
  while (i < run.length) {
    if (i > 0 && (LETTER_OR_DIGIT.test(run[i - 1]!) || run[i - 1] === '-')) {
      i++;
      continue;
    }
    const word = WORD.exec(run.slice(i))?.[0];
    if (!word) {
      i++;
      continue;
    }
    const candidates = [...(index.byFirstWord.get(word) ?? []), ...(word.endsWith('.') ? index.byFirstWord.get(word.slice(0, -1)) ?? [] : [])];
    let matched: { phrase: Phrase; ref: Mention } | null = null;
    for (const p of candidates) {
      if (!run.startsWith(p.words, i)) continue;
      const end = i + p.words.length;
      if (p.symbolOnly) {
        const inParens = run[i - 1] === '(' && run[end] === ')';
        if (!inParens && !(SYMBOL_LIKE.test(p.words) && !LETTER_OR_DIGIT.test(run[end] ?? '') && run[end] !== '-')) continue;
      } else if (runsOn(run, end)) {
        // `Referatu X (KS-09)` where KS-09 is another unit's symbol, or an unknown one: the words disagree, stay text
        continue;
      }
      const ref0 = p.refs[0]!;
      if (!p.symbolOnly && ref0.kind === 'unit' && !(ref0 as UnitMention).symbol) {
        const followingSymbol = run.slice(end) === ' (' && typeof follow === 'object' && follow.kind === 'unit' && follow.symbolOnly ? follow.unitId : null;
        const after = symbolAfter(run, end, index) ?? followingSymbol;
        if (after !== null && after !== ref0.unitId) continue;
      }
      matched = { phrase: p, ref: pickCase(p.refs, wordBefore(run, i), wordAfter(run, end), undefined, run.slice(0, i)) };
      break;
    }
    if (!matched) {
      i += word.length;
      continue;
    }
    out.push(run.slice(at, i), { ...matched.ref, written: matched.phrase.words });
    i += matched.phrase.words.length;
    at = i;
  }
  out.push(run.slice(at));
  return out;
}

/** A mention whose case can be read from the words around it (not a provision reference, not a symbol alone). */
function isNamed(x: Inline | undefined): x is Mention {
  return typeof x === 'object' && x.kind !== 'provision' && !(x.kind === 'unit' && x.symbolOnly);
}

/**
 * The words between two coordinated names: a comma, `i`, `oraz`, `lub`, `albo`, `bądź`, `a także`, `a również`.
 * Coordinated names stand in the same case (standard Polish syntax: the governing word governs every conjunct).
 */
const COORDINATION = /^\s*(?:,\s*|(?:,\s*)?(?:i|oraz|lub|albo|bądź|a\s+także|a\s+również)\s+)$/u;

/**
 * A mention with its case read again from the words around it: where several cases write the same words
 * (`w Kancelarii`: genitive, dative, locative), the one `likelyCases` puts first, or the case of the name it is
 * coordinated with (`first`). So a mention stored by an earlier release (which read `w Kancelarii` as a dative) is
 * renamed into `w Referacie …`, not `w Referatowi …`. The words never change; a reference to a target the index does
 * not know is returned as it is.
 */
function recase(ref: Mention, previous: Inline | undefined, next: Inline | undefined, index: MentionIndex, first?: GrammaticalCase, textBefore = ''): Mention {
  const p = index.byRef.get(refKey(ref));
  if (!p) return ref;
  const target = targetOf(ref);
  const same = p.refs.filter((r) => targetOf(r) === target);
  if (same.length < 2) return ref;
  const before = typeof previous === 'string' ? wordBefore(previous, previous.length) : '';
  const c = pickCase(same, before, typeof next === 'string' ? wordAfter(next, 0) : '', first, textBefore).case;
  return c === ref.case ? ref : { ...ref, case: c };
}

/** Every mention of a normalised text with its case settled by `recase`, in reading order (a conjunct after the name it follows). */
function settleCases(text: Inline[], index: MentionIndex): Inline[] {
  for (let k = 0; k < text.length; k++) {
    const x = text[k];
    if (!isNamed(x)) continue;
    const previous = text[k - 1];
    const conjunct = typeof previous === 'string' && COORDINATION.test(previous) && isNamed(text[k - 2]) ? (text[k - 2] as Mention).case : undefined;
    // the words before the mention, other references standing as one neutral word (for `isAccusativeOfMotion`)
    const textBefore = text.slice(0, k).map((y) => (typeof y === 'string' ? y : ' … ')).join('');
    text[k] = recase(x, previous, text[k + 1], index, conjunct, textBefore);
  }
  return text;
}

/**
 * Turns the mentions inside one text into references. In: rich text and the index of its order. Out: new
 * normalised rich text whose `RichText.plain` is the same string as the input's; references already there are
 * kept, the case of every mention read from the words around it where several cases share its words (`recase`). Pure.
 */
export function recognizeMentions(text: readonly Inline[], index: MentionIndex): Inline[] {
  if (index.byFirstWord.size === 0) return Inline.normalize(text);
  return settleCases(Inline.normalize(text.flatMap((x, i) => (typeof x === 'string' ? splitRun(x, index, text[i + 1]) : [x]))), index);
}

/**
 * The importer's post-pass and the editor's: recognises the mentions in every text of the order
 * (`texts.ts` says which). MUTATES the order's texts and returns it; the register is not changed.
 */
export function linkUnitMentions(order: Order): Order {
  const index = mentionIndex(order);
  if (index.byFirstWord.size === 0) return order;
  return mapOrderTexts(order, (t) => (t.some((x) => typeof x === 'string') ? recognizeMentions(t, index) : t));
}

/** Pure variant of {@link linkUnitMentions}: a recognised copy of the order (the input is not changed). */
export function withUnitMentions(order: Order): Order {
  return linkUnitMentions(structuredClone(order));
}

/** True for a mention whose target the index knows (a live unit, deputy, position or the department). */
function isLive(r: Reference, index: MentionIndex): boolean {
  const c = index.ctx;
  switch (r.kind) {
    case 'unit':
      return c.units.has(r.unitId);
    case 'subject':
      return true;
    case 'deputy':
      return c.deputies.has(r.deputyId);
    case 'position':
      return c.positions.has(r.positionId);
    case 'provision':
      return false;
  }
}

/**
 * Recognises the mentions in a list of items (their texts and części wspólne, all levels). In: the items and the
 * index of their order. Out: the same array when nothing was recognised, else new items (the input is not changed).
 */
export function recognizeItems(items: Item[], index: MentionIndex): Item[] {
  // each level: the same array when none of its items changed
  const walk = (list: Item[]): Item[] => {
    let changed = false;
    const out = list.map((it) => {
      const text = recognizeMentions(it.text, index);
      const wspolna = it.wspolna && recognizeMentions(it.wspolna, index);
      const children = walk(it.children);
      const same = Inline.equals(text, it.text) && (!it.wspolna || Inline.equals(wspolna!, it.wspolna)) && children === it.children;
      if (same) return it;
      changed = true;
      return { ...it, text, children, ...(wspolna ? { wspolna } : {}) };
    });
    return changed ? out : list;
  };
  return walk(items);
}

/**
 * The text after the user edited its words in a plain input (a text area, a field): `RichText.fromPlainEdit`, then
 * the mentions read again from the words, so that a name typed or completed becomes a mention and a mention whose
 * name was typed on into a longer one goes back to text. Provision references and dangling references are kept as
 * `fromPlainEdit` kept them. In: the previous text, the edited words, the order. Out: rich text whose
 * `RichText.plain` is `edited`.
 */
export function editText(previous: readonly Inline[], edited: string, order: Order): Inline[] {
  const index = sharedMentionIndex(order);
  const ctx = RichText.context(order);
  const kept = RichText.fromPlainEdit(previous, edited, ctx);
  const flat = Inline.mapRefs(kept, (r) => (isLive(r, index) ? RichText.refText(r, ctx) : r));
  return recognizeMentions(flat, index);
}

/** The last index built for each register (the `units` array, with the `meta` and `leadership` it was built with). */
const shared = new WeakMap<readonly unknown[], { meta: unknown; leadership: unknown; index: MentionIndex }>();

/**
 * {@link mentionIndex}, reused while the order's register, heading and § 1 are the same objects (the editor changes
 * them immutably, so typing in a common duty reuses the index; a rename builds a new one). In and out as
 * `mentionIndex`.
 */
export function sharedMentionIndex(order: Order): MentionIndex {
  const hit = shared.get(order.units);
  if (hit && hit.meta === order.meta && hit.leadership === order.leadership) return hit.index;
  const index = mentionIndex(order);
  shared.set(order.units, { meta: order.meta, leadership: order.leadership, index });
  return index;
}
