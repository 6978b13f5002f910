/**
 * No word lost, as a property of every import: the words of the input's body (page furniture aside) are compared
 * with the words the model holds; every run of words the model does not hold is kept as an unplaced fragment,
 * with a Polish note saying where it stood in the source and under which written label.
 */
import type { Order, Unplaced } from '../model/order.js';
import type { Segmented } from './segment.js';
import { describePos } from './source.js';

/** Keys of the model whose strings are not words of the text (ids, enums, diagnostics) or repeat a text kept verbatim (the legal basis's provision and act, parts of its `written` sentence). */
const NOT_TEXT = new Set(['provision', 'act', 'id', 'unitIds', 'targetId', 'templateId', 'actKey', 'kind', 'status', 'titleForm', 'where', 'schemaVersion', 'role', 'answer', 'unitId', 'ownerId']);

const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Every string of the model that holds words of the text (see {@link NOT_TEXT}). */
export function modelTexts(value: unknown, out: string[] = [], key = ''): string[] {
  if (NOT_TEXT.has(key)) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) modelTexts(v, out, '');
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) modelTexts(v, out, k);
  return out;
}

/** Multiset of the lower-cased words of the model's texts. */
export function modelWordCounts(order: Order): Map<string, number> {
  const have = new Map<string, number>();
  for (const w of modelTexts(order).join(' ').toLowerCase().split(NON_WORD)) if (w) have.set(w, (have.get(w) ?? 0) + 1);
  return have;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Finds the words of the segmented text that the order does not hold and returns them as unplaced fragments.
 * A word written k times must be held k times. Where a word is missing fewer times than it is written, the
 * occurrences standing among other missing words are taken as the missing ones (a lost passage is contiguous).
 * In: the segmented input and the order built from it. Out: fragments (text verbatim from the input, `where`
 * naming the source position and the written paragraf and label it stood under), in text order.
 */
export function lostFragments(seg: Segmented, order: Order): Unplaced[] {
  let S = seg.text;
  for (const [from, to] of seg.furniture) S = S.slice(0, from) + ' '.repeat(to - from) + S.slice(to);
  const have = modelWordCounts(order);
  const count = new Map<string, number>();
  for (const w of S.toLowerCase().split(NON_WORD)) if (w) count.set(w, (count.get(w) ?? 0) + 1);
  const deficit = new Map<string, number>();
  for (const [w, n] of count) {
    const d = n - (have.get(w) ?? 0);
    if (d > 0) deficit.set(w, d);
  }
  if (deficit.size === 0) return [];
  const tokens: Token[] = [];
  for (const m of S.matchAll(WORD)) tokens.push({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  const missing = new Array<boolean>(tokens.length).fill(false);
  // words missing at every occurrence first; then the others, by how many missing words stand around them
  const byWord = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (deficit.has(t.word)) byWord.get(t.word)?.push(i) ?? byWord.set(t.word, [i]);
  });
  for (const [w, idx] of byWord) if (deficit.get(w) === idx.length) for (const i of idx) missing[i] = true;
  // then, again and again, occurrences standing right next to a missing word (a lost passage is contiguous)
  const left = new Map([...deficit].map(([w, d]) => [w, d - (byWord.get(w)!.filter((i) => missing[i]).length)]));
  for (let progress = true; progress; ) {
    progress = false;
    for (const [w, idx] of byWord) {
      let d = left.get(w)!;
      for (const i of idx) {
        if (d <= 0) break;
        if (!missing[i] && (missing[i - 1] || missing[i + 1])) {
          missing[i] = true;
          d--;
          progress = true;
        }
      }
      left.set(w, d);
    }
  }
  for (const [w, idx] of byWord) {
    const d = left.get(w)!;
    if (d <= 0) continue;
    const score = (i: number): number => {
      let s = 0;
      for (let k = Math.max(0, i - 4); k <= Math.min(tokens.length - 1, i + 4); k++) if (k !== i && (missing[k] || (deficit.get(tokens[k]!.word) ?? 0) >= (byWord.get(tokens[k]!.word)?.length ?? 1))) s++;
      return s;
    };
    const ranked = idx.filter((i) => !missing[i]).map((i) => ({ i, s: score(i) })).sort((a, b) => b.s - a.s || b.i - a.i);
    for (const r of ranked.slice(0, d)) missing[r.i] = true;
  }
  // the model writes words of its own (leads, the subject's forms), which can hide the loss of the same word in
  // the text: a word standing between two missing ones, or the one word of a sentence not missing while the rest
  // of it is, belongs to the lost passage (`… na kolejny rok do dnia 30 listopada`, `… nadzorującemu Biuro.`)
  for (let i = 1; i + 1 < tokens.length; i++) if (!missing[i] && missing[i - 1] && missing[i + 1]) missing[i] = true;
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    while (b + 1 < tokens.length && !/[.;:!?]/.test(S.slice(tokens[b]!.end, tokens[b + 1]!.start))) b++;
    const held = [];
    for (let k = a; k <= b; k++) if (!missing[k]) held.push(k);
    if (held.length === 1 && b > a) missing[held[0]!] = true;
    a = b + 1;
  }
  const out: Unplaced[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!missing[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && missing[j + 1]) j++;
    const start = tokens[i]!.start;
    const text = S.slice(start, tokens[j]!.end).replace(/\s+/g, ' ');
    out.push({ text, where: `${describePos(seg.posAt(start))}${pathAt(seg, start)}: tekst, którego nie ma w żadnej części zarządzenia` });
    i = j;
  }
  return out;
}

/** `, § 4 pkt 6` for an offset of the body: the written paragraf and the labels open there; '' outside the body. */
function pathAt(seg: Segmented, offset: number): string {
  let found: (typeof seg.segments)[number] | null = null;
  for (const s of seg.segments) if (s.start <= offset && (!found || s.start >= found.start)) found = s;
  if (!found) return '';
  if (found.part !== 'body') return found.part === 'signature' ? ', podpis' : found.part === 'heading' ? ', nagłówek' : found.part === 'title' ? ', tytuł' : found.part === 'basis' ? ', podstawa prawna' : '';
  return found.path ? `, ${found.path}` : '';
}
