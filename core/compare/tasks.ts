/**
 * The tasks of an order as comparison input, the inverted index over stems that proposes candidate pairs, and
 * the global pairing of old and new tasks.
 */
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { Item, Order } from '../model/order.js';
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
  const out: Task[] = [];
  const push = (items: Item[], unitId: string | null, common: boolean, depth: number, acc: Task[]): void => {
    for (const it of items) {
      const l = loc.get(it.id);
      if (l) acc.push({ id: it.id, where: Citation.format(l.citation), text: it.text, unitId, common, depth, rel: 0, stems: stems(it.text) });
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
/** Candidate pairs kept per old task. */
const TOP_K = 24;

/** A candidate pair with its pair score (`pairScore`: similarity and containment). */
export interface Candidate {
  j: number;
  sim: number;
}

/**
 * Candidate new tasks for each old task, through an inverted index over stems: stems present in more than a
 * fifth of the new tasks (and more than 50) do not open candidates, but count in the exact similarity.
 * Out: per old task, up to TOP_K candidates with similarity ≥ `min`, best first.
 */
export function candidates(oldT: Task[], newT: Task[], min: number): Candidate[][] {
  const idf = idfOf([...oldT.map((t) => t.stems), ...newT.map((t) => t.stems)]);
  const ids = new StemIds();
  for (const t of oldT) t.bag = bagOf(t.text, t.stems, idf, ids);
  for (const t of newT) t.bag = bagOf(t.text, t.stems, idf, ids);
  const postings = new Map<string, number[]>();
  newT.forEach((t, j) => {
    for (const s of t.stems) {
      let p = postings.get(s);
      if (!p) postings.set(s, (p = []));
      p.push(j);
    }
  });
  const cap = Math.max(50, newT.length / 5);
  const byNorm = new Map<string, number[]>();
  newT.forEach((t, j) => {
    const k = t.bag!.norm;
    const l = byNorm.get(k);
    if (l) l.push(j);
    else byNorm.set(k, [j]);
  });
  const mark = new Int32Array(newT.length).fill(-1);
  const out: Candidate[][] = [];
  oldT.forEach((t, i) => {
    const cand: number[] = [];
    for (const j of byNorm.get(t.bag!.norm) ?? []) {
      if (mark[j] !== i) {
        mark[j] = i;
        cand.push(j);
      }
    }
    for (const s of t.stems) {
      const p = postings.get(s);
      if (!p || p.length > cap) continue;
      for (const j of p) {
        if (mark[j] !== i) {
          mark[j] = i;
          cand.push(j);
        }
      }
    }
    const scored: Candidate[] = [];
    for (const j of cand) {
      const sim = pairScore(t.bag!, newT[j]!.bag!);
      if (sim >= min) scored.push({ j, sim });
    }
    scored.sort((a, b) => b.sim - a.sim);
    out.push(scored.slice(0, TOP_K));
  });
  return out;
}

/**
 * Pairs old and new tasks globally: weight = pair score + `bonus(i, j)` (context: the old task's unit continues
 * as the new task's unit, similar position), only for pairs whose score reaches `need(i, j)` (the threshold,
 * higher for a move to another unit).
 * Out: for each old task the index of its new task, or -1.
 */
export function pairTasks(cands: Candidate[][], nNew: number, bonus: (i: number, j: number) => number, need: (i: number, j: number) => number): Int32Array {
  const edges: EdgeList[] = cands.map((cs, i) => {
    const ok = cs.filter((c) => c.sim >= need(i, c.j));
    return { to: Int32Array.from(ok.map((c) => c.j)), w: Float64Array.from(ok.map((c) => c.sim + bonus(i, c.j))) };
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
