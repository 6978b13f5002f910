/**
 * The tasks of an order as comparison input, the inverted index over stems that proposes candidate pairs, and
 * the global pairing of old and new tasks.
 */
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { Item, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { assign, type EdgeList } from './assign.js';
import { bagOf, containment, idfOf, pairScore, similarity, StemIds, stems, type Bag } from './text.js';

/** A task (any item of a scope or of the common duties, at any depth). */
export interface Task {
  id: string;
  where: string;
  text: string;
  /** Owning unit id, or null for common duties. */
  unitId: string | null;
  common: boolean;
  depth: number;
  /** Position among the tasks of its owner, 0–1. */
  rel: number;
  stems: string[];
  bag?: Bag;
}

/** All tasks of an order, in document order. */
export function tasksOf(order: Order): Task[] {
  const loc = locateItems(order);
  const ctx = RichText.context(order);
  const out: Task[] = [];
  const push = (items: Item[], unitId: string | null, common: boolean, depth: number, acc: Task[]): void => {
    for (const it of items) {
      const l = loc.get(it.id);
      const text = RichText.plain(it.text, ctx);
      if (l) acc.push({ id: it.id, where: Citation.format(l.citation), text, unitId, common, depth, rel: 0, stems: stems(text) });
      push(it.children, unitId, common, depth + 1, acc);
    }
  };
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    const acc: Task[] = [];
    push(u.scope.tasks, u.id, false, 0, acc);
    for (const p of u.scope.positions) push(p.tasks, u.id, false, 0, acc);
    acc.forEach((t, i) => (t.rel = acc.length > 1 ? i / (acc.length - 1) : 0));
    out.push(...acc);
  }
  if (order.commonDuties) {
    const acc: Task[] = [];
    push(order.commonDuties, null, true, 0, acc);
    acc.forEach((t, i) => (t.rel = acc.length > 1 ? i / (acc.length - 1) : 0));
    out.push(...acc);
  }
  return out;
}

/** Least pair score for two tasks of continuing units to be the same task (reworded). */
export const PAIR_THRESHOLD = 0.42;
/** Extra score a pair needs when the task moves to another unit, and when it moves between a unit and the common duties. */
export const MOVE_MARGIN = 0.08;
export const COMMON_MARGIN = 0.13;
/** Key of a task's owner: its unit id, or `#common` for the common duties. */
export const COMMON_KEY = '#common';
export function ownerKey(t: Task): string {
  return t.unitId ?? COMMON_KEY;
}

/** Candidate pairs kept per old task. */
const TOP_K = 24;
/** New tasks with the same normalised text taken as candidates, from the whole order and again from the counterpart unit. */
const EXACT_MAX = 16;
/** A stem opens candidates in the whole new order only when at most this many new tasks hold it (a rare word). */
const RARE_POSTING = 50;
/** Rare stems of an old task looked up in the whole new order, rarest first. */
const RARE_LOOKUP = 16;
/** Rarest stems of a task whose pairs are indexed (a pair of common words can still be rare: `ewidencji` + `cmentarzy`). */
const PAIR_STEMS = 3;
/** A stem pair opens candidates in the whole new order only when at most this many new tasks hold it. */
const PAIR_POSTING = 24;
/** A stem opens candidates in the counterpart unit when at most this many of that unit's tasks hold it. */
const BLOCK_POSTING = 64;
/** Stems of an old task looked up in the counterpart unit, rarest first. */
const BLOCK_LOOKUP = 24;

/** A candidate pair with its pair score (`pairScore`: similarity and containment). */
export interface Candidate {
  j: number;
  sim: number;
}

/** Appends `v` to the list under `k`. */
function post<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * Candidate new tasks for each old task, with the work per task bounded by fixed limits whatever the size of
 * the orders (so the comparison grows linearly with the number of tasks):
 * 1. the same normalised text (at most EXACT_MAX from the whole order);
 * 2. rare words: the first RARE_LOOKUP stems of an old task (rarest first over both orders) that at most
 *    RARE_POSTING new tasks hold, each opening those tasks;
 * 3. rare pairs of words: pairs among a task's PAIR_STEMS rarest stems (by frequency over both orders), each
 *    opening the new tasks with the same pair when at most PAIR_POSTING do;
 * 4. blocking by unit: `counterpart(first)` maps an old owner key (unit id or `#common`) to the new owner that
 *    continues it, judged from the candidates of 1–3; there the old task meets the tasks sharing any of its
 *    first BLOCK_LOOKUP stems (rarest first) held by at most BLOCK_POSTING of that unit's tasks, and its exact
 *    copies there.
 * Common words thus count in the exact similarity but never open the whole order. Sets `bag` on every task.
 * Out: per old task, up to TOP_K candidates with pair score ≥ `min`, best first (ties: document order), and how
 * many pairs were scored in all (the work, which the limits keep proportional to the number of old tasks).
 */
export function candidates(oldT: Task[], newT: Task[], min: number, counterpart?: (first: Candidate[][]) => Map<string, string>): { lists: Candidate[][]; scored: number } {
  const idf = idfOf([...oldT.map((t) => t.stems), ...newT.map((t) => t.stems)]);
  const ids = new StemIds();
  for (const t of oldT) t.bag = bagOf(t.text, t.stems, idf, ids);
  for (const t of newT) t.bag = bagOf(t.text, t.stems, idf, ids);
  const nStems = ids.size;
  // rarity over both orders (for the pair keys, which both sides must choose alike) and postings of the new order
  const df = new Int32Array(nStems);
  for (const t of oldT) for (const id of t.bag!.ids) df[id]!++;
  for (const t of newT) for (const id of t.bag!.ids) df[id]!++;
  /** A task's stem ids, rarest first (ties by id). */
  const byRarity = (t: Task): Int32Array => t.bag!.ids.slice().sort((a, b) => df[a]! - df[b]! || a - b);
  const oldRare = oldT.map(byRarity);
  const newRare = newT.map(byRarity);
  const pairKeys = (rare: Int32Array): number[] => {
    const r = rare.slice(0, PAIR_STEMS).sort();
    const out: number[] = [];
    for (let x = 0; x < r.length; x++) for (let y = x + 1; y < r.length; y++) out.push(r[x]! * nStems + r[y]!);
    return out;
  };
  const postings: number[][] = Array.from({ length: nStems }, () => []);
  const pairs = new Map<number, number[]>();
  const byNorm = new Map<string, number[]>();
  const unitPostings = new Map<string, Map<number, number[]>>();
  const unitNorm = new Map<string, number[]>();
  newT.forEach((t, j) => {
    const k = ownerKey(t);
    let up = unitPostings.get(k);
    if (!up) unitPostings.set(k, (up = new Map()));
    for (const id of t.bag!.ids) {
      postings[id]!.push(j);
      post(up, id, j);
    }
    for (const p of pairKeys(newRare[j]!)) post(pairs, p, j);
    post(byNorm, t.bag!.norm, j);
    post(unitNorm, `${k}\u0001${t.bag!.norm}`, j);
  });
  // the candidates of the old task at hand: new task indices (deduplicated through `mark`) and their scores
  const mark = new Int32Array(newT.length).fill(-1);
  const candJ = new Int32Array(newT.length);
  const candS = new Float64Array(newT.length);
  let n = 0;
  /** Adds the new tasks of `list` (when it holds at most `max`; exact copies: its first `max`) not yet added for `i`. */
  const open = (i: number, list: number[] | undefined, max: number, head = false): void => {
    if (!list || (!head && list.length > max)) return;
    for (let k = 0; k < list.length && k < max; k++) {
      const j = list[k]!;
      if (mark[j] !== i) {
        mark[j] = i;
        candJ[n++] = j;
      }
    }
  };
  let scored = 0;
  /** Scores the collected candidates of `i` and returns the TOP_K best of them and of `prior` (≥ `min`). */
  const best = (i: number, prior: Candidate[]): Candidate[] => {
    const b = oldT[i]!.bag!;
    scored += n;
    let m = 0;
    for (let k = 0; k < n; k++) {
      const sim = pairScore(b, newT[candJ[k]!]!.bag!);
      if (sim >= min) {
        candJ[m] = candJ[k]!;
        candS[m++] = sim;
      }
    }
    n = 0;
    if (m === 0) return prior;
    const out = prior.slice();
    for (let k = 0; k < m; k++) out.push({ j: candJ[k]!, sim: candS[k]! });
    out.sort((x, y) => y.sim - x.sim || x.j - y.j);
    if (out.length > TOP_K) out.length = TOP_K;
    return out;
  };
  // 1–3: the whole order, through exact copies and rare keys
  const none: Candidate[] = [];
  const first: Candidate[][] = oldT.map((t, i) => {
    open(i, byNorm.get(t.bag!.norm), EXACT_MAX, true);
    let looked = 0;
    for (const id of oldRare[i]!) {
      const l = postings[id]!;
      if (!l.length || l.length > RARE_POSTING) continue;
      if (looked++ >= RARE_LOOKUP) break;
      open(i, l, RARE_POSTING);
    }
    for (const p of pairKeys(oldRare[i]!)) open(i, pairs.get(p), PAIR_POSTING);
    return best(i, none);
  });
  if (!counterpart) return { lists: first, scored };
  // 4: blocking by unit, once the counterpart of each old unit is known from 1–3 (a candidate beyond the TOP_K
  // of 1–3 cannot come back among the best, so only those are kept)
  const map = counterpart(first);
  mark.fill(-1);
  const lists = oldT.map((t, i) => {
    const k = map.get(ownerKey(t));
    if (k === undefined) return first[i]!;
    for (const c of first[i]!) mark[c.j] = i;
    open(i, unitNorm.get(`${k}\u0001${t.bag!.norm}`), EXACT_MAX, true);
    const up = unitPostings.get(k);
    if (up) {
      let looked = 0;
      for (const id of oldRare[i]!) {
        const l = up.get(id);
        if (!l || l.length > BLOCK_POSTING) continue;
        if (looked++ >= BLOCK_LOOKUP) break;
        open(i, l, BLOCK_POSTING);
      }
    }
    return best(i, first[i]!);
  });
  return { lists, scored };
}

/**
 * Pairs old and new tasks globally: weight = pair score + `bonus(i, j)` (context: the old task's unit continues
 * as the new task's unit, similar position), only for pairs whose score reaches `need(i, j)` (the threshold,
 * higher for a move to another unit).
 * Out: for each old task the index of its new task, or -1.
 */
export function pairTasks(cands: Candidate[][], nNew: number, bonus: (i: number, j: number) => number, need: (i: number, j: number) => number): Int32Array {
  const edges: EdgeList[] = cands.map((cs, i) => {
    const to = new Int32Array(cs.length);
    const w = new Float64Array(cs.length);
    let n = 0;
    for (const c of cs) {
      if (c.sim < need(i, c.j)) continue;
      to[n] = c.j;
      w[n++] = c.sim + bonus(i, c.j);
    }
    return { to: to.subarray(0, n), w: w.subarray(0, n) };
  });
  return assign(edges, nNew);
}

/** Least share of a task's words found in a longer task for it to count as merged into it (or split from it). */
export const CONTAIN_THRESHOLD = 0.65;
/** Least similarity that a merge or split must still have. */
export const CONTAIN_MIN_SIM = 0.3;

/** Best container of `part` among candidate tasks `whole` (by containment), or -1. */
export function bestContainer(part: Task, wholes: Task[], idx: number[]): number {
  let best = -1;
  let bestScore = 0;
  for (const j of idx) {
    const w = wholes[j]!;
    const c = containment(part.bag!, w.bag!);
    const s = similarity(part.bag!, w.bag!);
    if (c >= CONTAIN_THRESHOLD && s >= CONTAIN_MIN_SIM && part.stems.length >= 3 && c + s > bestScore) {
      bestScore = c + s;
      best = j;
    }
  }
  return best;
}
