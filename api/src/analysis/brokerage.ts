import { CATEGORIES, type Category } from '../domain/categories';
import type { AnalysisGraph } from './analysis-graph';

export interface Brokerage {
  /** Distinct categories among the actor and its neighbours (0 when isolated). */
  categories: Int32Array;
  /** Distinct communities among the actor and its neighbours (0 when isolated). */
  communities: Int32Array;
  /** Ties to actors of another community. */
  bridgingTies: Int32Array;
}

const CATEGORY_BIT = new Map<Category, number>(CATEGORIES.map((c, i) => [c, 1 << i]));

/**
 * Brokerage across categories and communities: how many kinds of actor an actor brings
 * together, and how many communities it touches. An actor tied only to its own kind still
 * "connects" one category; an isolated actor connects none.
 */
export function brokerage(
  graph: AnalysisGraph,
  categories: readonly Category[],
  community: Int32Array,
): Brokerage {
  const { order, starts, neighbours } = graph;
  const categoryCount = new Int32Array(order);
  const communityCount = new Int32Array(order);
  const bridging = new Int32Array(order);
  let communityMax = 0;
  for (let v = 0; v < order; v++) communityMax = Math.max(communityMax, community[v]);
  const seen = new Int32Array(communityMax + 1).fill(-1);
  for (let v = 0; v < order; v++) {
    if (starts[v + 1] === starts[v]) continue;
    let mask = CATEGORY_BIT.get(categories[v]) ?? 0;
    seen[community[v]] = v;
    let touched = 1;
    for (let j = starts[v]; j < starts[v + 1]; j++) {
      const w = neighbours[j];
      mask |= CATEGORY_BIT.get(categories[w]) ?? 0;
      const c = community[w];
      if (c !== community[v]) bridging[v]++;
      if (seen[c] !== v) {
        seen[c] = v;
        touched++;
      }
    }
    categoryCount[v] = popCount(mask);
    communityCount[v] = touched;
  }
  return { categories: categoryCount, communities: communityCount, bridgingTies: bridging };
}

function popCount(x: number): number {
  let count = 0;
  while (x) {
    x &= x - 1;
    count++;
  }
  return count;
}
