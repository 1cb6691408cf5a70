import type { Adjacency } from './adjacency';

/** The actor and everyone within `depth` steps of it (breadth-first). */
export function neighbourhood(adjacency: Adjacency, id: string, depth: number): Set<string> {
  const seen = new Set<string>();
  if (!adjacency.has(id)) return seen;
  seen.add(id);
  let frontier = [id];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const n of adjacency.get(current) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
