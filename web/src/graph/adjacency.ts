import type { Tie } from './model';

/** Undirected neighbour lists: focus, paths and degree ignore a tie's direction. */
export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

export function buildAdjacency(nodeIds: Iterable<string>, edges: Iterable<Tie>): Adjacency {
  const adjacency = new Map<string, Set<string>>();
  for (const id of nodeIds) adjacency.set(id, new Set());
  for (const e of edges) {
    const a = adjacency.get(e.source);
    const b = adjacency.get(e.target);
    // Only ties between listed nodes count: a filtered-out end means no tie in this view.
    if (!a || !b || e.source === e.target) continue;
    a.add(e.target);
    b.add(e.source);
  }
  return adjacency;
}
