import type { AnalysisGraph } from '../analysis-graph';

export interface Components {
  /** Component of each node; 0 is the largest, ties broken by the lowest node index. */
  of: Int32Array;
  /** Sizes, largest first. */
  sizes: number[];
}

/**
 * Connected components by breadth-first search over the CSR arrays. graphology-components
 * does the same on a graphology Graph and returns lists of keys; the shortest-path sampling
 * needs a component index per node, and no graphology Graph exists on this thread.
 */
export function connectedComponents(graph: AnalysisGraph): Components {
  const { order, starts, neighbours } = graph;
  const raw = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const rawSizes: number[] = [];
  for (let s = 0; s < order; s++) {
    if (raw[s] !== -1) continue;
    const c = rawSizes.length;
    raw[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let j = starts[v]; j < starts[v + 1]; j++) {
        const w = neighbours[j];
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  // Stable: components were found in order of their lowest node, so equal sizes keep it.
  const byRank = rawSizes.map((size, c) => ({ size, c })).sort((a, b) => b.size - a.size);
  const rankOf = new Int32Array(rawSizes.length);
  byRank.forEach((entry, rank) => (rankOf[entry.c] = rank));
  const of = new Int32Array(order);
  for (let i = 0; i < order; i++) of[i] = rankOf[raw[i]];
  return { of, sizes: byRank.map((e) => e.size) };
}
