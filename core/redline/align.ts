/**
 * Aligns the paragraphs of two orders for the redline. Tasks are paired as the comparison pairs them (core/compare,
 * the ledger's links applied), units as it matches them (their § 2 entries and scope headings); pairs that keep
 * their relative order (the longest increasing subsequence) stay in place, the others become moves, and so does
 * every task the comparison reports moved to another unit. Between the pairs that stay, the remaining paragraphs
 * (heading, title, legal basis, § 1, § 3, final clauses, signature…) are aligned by a sequence alignment over their
 * words (same paragraph style, enough words in common). What is left is deleted (old) or inserted (new).
 *
 * The result lists the old paragraphs in the old order and the new ones in the new order, interleaved: accepting
 * every revision leaves the new order, rejecting every one leaves the old.
 */
import type { Comparison } from '../compare/index.js';
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { Order } from '../model/order.js';
import type { RedlineBlock } from './blocks.js';

/** One paragraph of the redline: an old and a new block in place, a deletion, an insertion, or one end of a move. */
export type AlignedEntry =
  | { op: 'same'; o: number; n: number }
  | { op: 'del'; o: number }
  | { op: 'ins'; n: number }
  | { op: 'moveFrom'; o: number; move: number }
  | { op: 'moveTo'; o: number; n: number; move: number };

/** Least word similarity for two paragraphs without identity to be one paragraph changed. */
const SAME_PARAGRAPH = 0.4;

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}§]+/u).filter(Boolean);
}

/** Dice coefficient of two word multisets' distinct words (1 for equal texts). */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (!x.size && !y.size) return 1;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / (x.size + y.size);
}

/** Longest strictly increasing subsequence of `seq` (indices into it). */
function lis(seq: number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}

/** Sequence alignment of two short lists of blocks (indices), maximising the summed similarity of pairs. */
function alignGap(O: RedlineBlock[], N: RedlineBlock[], os: number[], ns: number[]): [number, number][] {
  if (!os.length || !ns.length) return [];
  const w = os.length + 1;
  const score = new Float64Array((os.length + 1) * (ns.length + 1));
  const sim = (i: number, j: number): number => {
    const a = O[os[i]!]!.printed;
    const b = N[ns[j]!]!.printed;
    if (a.style !== b.style) return 0;
    const s = wordSimilarity(a.text, b.text);
    return s >= SAME_PARAGRAPH ? s : 0;
  };
  const at = (i: number, j: number) => j * w + i;
  const sims = new Float64Array(os.length * ns.length);
  for (let j = 1; j <= ns.length; j++) {
    for (let i = 1; i <= os.length; i++) {
      const s = sim(i - 1, j - 1);
      sims[(j - 1) * os.length + (i - 1)] = s;
      score[at(i, j)] = Math.max(score[at(i - 1, j)]!, score[at(i, j - 1)]!, s > 0 ? score[at(i - 1, j - 1)]! + s : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = os.length;
  let j = ns.length;
  while (i > 0 && j > 0) {
    const s = sims[(j - 1) * os.length + (i - 1)]!;
    if (s > 0 && score[at(i, j)] === score[at(i - 1, j - 1)]! + s) {
      pairs.push([os[i - 1]!, ns[j - 1]!]);
      i--;
      j--;
    } else if (score[at(i, j)] === score[at(i - 1, j)]) i--;
    else j--;
  }
  return pairs.reverse();
}

/**
 * Aligns the blocks of `old` and `neu` (see module doc). In: both orders, their redline blocks, the comparison of
 * the two (ledger applied). Out: the entries in document order. Pure; never throws.
 */
export function alignBlocks(old: Order, neu: Order, O: RedlineBlock[], N: RedlineBlock[], cmp: Comparison): AlignedEntry[] {
  const citeOld = new Map<string, string>();
  const citeNew = new Map<string, string>();
  // a task is named by its unit and citation (sub-units' lists inside one scope paragraf each start at 1)
  for (const [id, l] of locateItems(old)) citeOld.set(`${l.unitId ?? ''}|${Citation.format(l.citation)}`, id);
  for (const [id, l] of locateItems(neu)) citeNew.set(`${l.unitId ?? ''}|${Citation.format(l.citation)}`, id);
  const oldIdx = new Map<string, number>();
  const newIdx = new Map<string, number>();
  O.forEach((b, i) => b.itemId && oldIdx.set(`i:${b.itemId}`, i));
  N.forEach((b, i) => b.itemId && newIdx.set(`i:${b.itemId}`, i));
  O.forEach((b, i) => b.scopeUnitId && oldIdx.set(`s:${b.scopeUnitId}`, i));
  N.forEach((b, i) => b.scopeUnitId && newIdx.set(`s:${b.scopeUnitId}`, i));

  // anchors: tasks paired one to one, units continuing (their § 2 entry and scope heading)
  const anchors: { o: number; n: number; forced: boolean }[] = [];
  const taken = { o: new Set<number>(), n: new Set<number>() };
  const anchor = (o: number | undefined, n: number | undefined, forced: boolean): void => {
    if (o === undefined || n === undefined || taken.o.has(o) || taken.n.has(n)) return;
    taken.o.add(o);
    taken.n.add(n);
    anchors.push({ o, n, forced });
  };
  /** Blocks of tasks the comparison decided about: never re-paired by words. */
  const decided = { o: new Set<number>(), n: new Set<number>() };
  for (const r of cmp.tasks) {
    const oi = r.old ? oldIdx.get(`i:${citeOld.get(`${r.oldOwner?.unitId ?? ''}|${r.old}`)}`) : undefined;
    const ni = r.new ? newIdx.get(`i:${citeNew.get(`${r.newOwner?.unitId ?? ''}|${r.new}`)}`) : undefined;
    if (oi !== undefined && r.change !== 'split') decided.o.add(oi);
    if (ni !== undefined && r.change !== 'merged') decided.n.add(ni);
    if (r.change === 'kept' || r.change === 'reworded' || r.change === 'moved') anchor(oi, ni, r.change === 'moved');
  }
  for (const u of cmp.units) {
    if (!u.oldUnit || !u.newUnit || u.change === 'merged' || u.change === 'split') continue;
    anchor(oldIdx.get(`i:${u.oldUnit.id}`), newIdx.get(`i:${u.newUnit.id}`), false);
    anchor(oldIdx.get(`s:${u.oldUnit.id}`), newIdx.get(`s:${u.newUnit.id}`), false);
  }
  anchors.sort((a, b) => a.o - b.o);
  const candidates = anchors.filter((a) => !a.forced);
  const stable = lis(candidates.map((a) => a.n)).map((k) => candidates[k]!);
  const stableSet = new Set(stable);
  const moves = anchors.filter((a) => !stableSet.has(a));
  const moveOfOld = new Map(moves.map((a) => [a.o, a]));
  const moveOfNew = new Map(moves.map((a) => [a.n, a]));

  const out: AlignedEntry[] = [];
  const emitGap = (o0: number, o1: number, n0: number, n1: number): void => {
    const os: number[] = [];
    const ns: number[] = [];
    for (let o = o0; o < o1; o++) if (!taken.o.has(o) && !decided.o.has(o)) os.push(o);
    for (let n = n0; n < n1; n++) if (!taken.n.has(n) && !decided.n.has(n)) ns.push(n);
    const pairs = alignGap(O, N, os, ns);
    let po = o0;
    let pn = n0;
    // inserted paragraphs first: their break then sits on the paragraph that stays before them (ooxml.ts,
    // MarkPlacement), which is what LibreOffice needs to reject them without taking their numbering
    const flush = (oEnd: number, nEnd: number): void => {
      for (let n = pn; n < nEnd; n++) {
        const m = moveOfNew.get(n);
        out.push(m ? { op: 'moveTo', o: m.o, n, move: -1 } : { op: 'ins', n });
      }
      for (let o = po; o < oEnd; o++) out.push(moveOfOld.has(o) ? { op: 'moveFrom', o, move: -1 } : { op: 'del', o });
    };
    for (const [o, n] of pairs) {
      flush(o, n);
      out.push({ op: 'same', o, n });
      po = o + 1;
      pn = n + 1;
    }
    flush(o1, n1);
  };
  let po = 0;
  let pn = 0;
  for (const a of stable) {
    emitGap(po, a.o, pn, a.n);
    out.push({ op: 'same', o: a.o, n: a.n });
    po = a.o + 1;
    pn = a.n + 1;
  }
  emitGap(po, O.length, pn, N.length);

  // moves: consecutive paragraphs moved together to consecutive places make one move
  const toPos = new Map<number, number>();
  out.forEach((e, k) => e.op === 'moveTo' && toPos.set(e.o, k));
  let move = 0;
  let last: { from: number; to: number } | null = null;
  out.forEach((e, k) => {
    if (e.op !== 'moveFrom') return;
    const to = toPos.get(e.o)!;
    if (!last || last.from !== k - 1 || last.to !== to - 1) move++;
    e.move = move;
    (out[to] as Extract<AlignedEntry, { op: 'moveTo' }>).move = move;
    last = { from: k, to };
  });
  return out;
}
