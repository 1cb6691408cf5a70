import type { Adjacency } from './adjacency';
import type { Tie } from './model';

export interface GraphPath {
  /** From the first actor to the second, both included. */
  nodeIds: string[];
  /** The ties walked, in order. */
  edgeIds: string[];
}

/**
 * A shortest path by number of steps between two actors over the visible ties, or null when
 * they are not connected. Breadth-first: the planner's question is "through whom", not "how
 * strong", and fewest introductions is the plainer answer.
 */
export function shortestPath(
  adjacency: Adjacency,
  edges: readonly Tie[],
  from: string,
  to: string,
): GraphPath | null {
  if (!adjacency.has(from) || !adjacency.has(to)) return null;
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !previous.has(to)) {
    const next: string[] = [];
    for (const current of frontier) {
      // Sorted neighbours make the chosen path the same on every run.
      for (const n of [...(adjacency.get(current) ?? [])].sort()) {
        if (previous.has(n)) continue;
        previous.set(n, current);
        next.push(n);
      }
    }
    frontier = next;
  }
  if (!previous.has(to)) return null;
  const nodeIds: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) nodeIds.push(at);
  nodeIds.reverse();

  const edgeByPair = new Map<string, string>();
  for (const e of edges) {
    edgeByPair.set(`${e.source}\u0000${e.target}`, e.id);
    edgeByPair.set(`${e.target}\u0000${e.source}`, e.id);
  }
  const edgeIds: string[] = [];
  for (let i = 1; i < nodeIds.length; i++) {
    const id = edgeByPair.get(`${nodeIds[i - 1]}\u0000${nodeIds[i]}`);
    if (id) edgeIds.push(id);
  }
  return { nodeIds, edgeIds };
}
