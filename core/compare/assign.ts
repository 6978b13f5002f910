/**
 * Maximum-weight assignment on a sparse bipartite graph (old tasks × new tasks), each side matched at most
 * once, leaving a node unmatched when no edge pays: the auction algorithm (Bertsekas), one phase with a small ε
 * (ε-scaling would need price resets with the outside option). It is
 * global (every edge competes with every other for the same task), runs in near-linear time on the sparse
 * candidate graphs the index produces, and is within n·ε of the optimum total weight.
 */

/** Edges of one left node: right node indices and weights (> 0). */
export interface EdgeList {
  to: Int32Array;
  w: Float64Array;
}

/**
 * Assigns left nodes to right nodes maximising the total weight. In: one edge list per left node, the number of
 * right nodes. Out: for each left node the right node index, or -1. Never throws.
 */
export function assign(edges: EdgeList[], nRight: number): Int32Array {
  const nLeft = edges.length;
  const price = new Float64Array(nRight);
  const owner = new Int32Array(nRight).fill(-1);
  const match = new Int32Array(nLeft).fill(-1);
  let maxW = 0;
  for (const e of edges) for (const w of e.w) maxW = Math.max(maxW, w);
  if (maxW === 0) return match;
  const budget = 2000 * (nLeft + 1);
  {
    const eps = maxW / 1000;
    const queue: number[] = [];
    for (let i = nLeft - 1; i >= 0; i--) if (edges[i]!.to.length) queue.push(i);
    let steps = 0;
    while (queue.length && steps++ < budget) {
      const i = queue.pop()!;
      const { to, w } = edges[i]!;
      let best = -Infinity;
      let bestJ = -1;
      let second = 0; // the outside option: staying unmatched is worth 0
      for (let k = 0; k < to.length; k++) {
        const v = w[k]! - price[to[k]!]!;
        if (v > best) {
          if (best > second) second = best;
          best = v;
          bestJ = to[k]!;
        } else if (v > second) second = v;
      }
      if (bestJ < 0 || best <= 0) continue;
      price[bestJ] = price[bestJ]! + best - second + eps;
      const prev = owner[bestJ]!;
      owner[bestJ] = i;
      match[i] = bestJ;
      if (prev >= 0) {
        match[prev] = -1;
        queue.push(prev);
      }
    }
  }
  return match;
}
