/**
 * Indexes over the lexicon of unit kinds and positions (`templates/unit-kinds.json`), built once on first use.
 */
import { loadUnitKinds, type LexiconNoun } from '../templates/index.js';
import type { Agreement, Case } from './adjective.js';

export interface LexiconIndex {
  /** Lower-case form in a case → nouns having that form in that case. */
  byForm: Record<Case, Map<string, LexiconNoun[]>>;
  /** Lower-case lemma → noun. */
  byLemma: Map<string, LexiconNoun>;
  knownAdjectives: ReadonlySet<string>;
  nonAdjectives: ReadonlySet<string>;
  phrases: { words: string[]; unitKind: LexiconNoun['unitKind'] }[];
}

let index: LexiconIndex | null = null;

/** The lexicon indexes (built on first call). */
export function lexicon(): LexiconIndex {
  if (index) return index;
  const lex = loadUnitKinds();
  const byForm: LexiconIndex['byForm'] = {
    nominative: new Map(),
    genitive: new Map(),
    dative: new Map(),
    accusative: new Map(),
    instrumental: new Map(),
    locative: new Map(),
  };
  const byLemma = new Map<string, LexiconNoun>();
  for (const n of lex.nouns) {
    byLemma.set(n.lemma, n);
    for (const c of Object.keys(byForm) as Case[]) {
      const f = n.forms[c];
      const list = byForm[c].get(f) ?? [];
      list.push(n);
      byForm[c].set(f, list);
    }
  }
  index = {
    byForm,
    byLemma,
    knownAdjectives: new Set(lex.adjectives),
    nonAdjectives: new Set(lex.nonAdjectives),
    phrases: lex.phrases.map((p) => ({ words: p.words.split(/\s+/), unitKind: p.unitKind })),
  };
  return index;
}

/** Agreement class of adjectives that go with the noun. */
export function agreementOf(n: Pick<LexiconNoun, 'gender' | 'number'>): Agreement {
  return n.number === 'pl' ? 'pl' : n.gender;
}
