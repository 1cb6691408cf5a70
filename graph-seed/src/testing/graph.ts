/**
 * Small graph algorithms for tests, over the relationships as an undirected graph (the
 * analysis treats every tie as a connection either way). Test-only: not built into dist.
 */
export type Adjacency = Map<string, Set<string>>;

export function adjacency(
  ids: string[],
  ties: { source_id: string; target_id: string }[],
): Adjacency {
  const adj: Adjacency = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const t of ties) {
    adj.get(t.source_id)?.add(t.target_id);
    adj.get(t.target_id)?.add(t.source_id);
  }
  return adj;
}

/** Connected components, largest first; `without` are treated as removed. */
export function components(adj: Adjacency, without: ReadonlySet<string> = new Set()): string[][] {
  const seen = new Set<string>(without);
  const result: string[][] = [];
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const next of adj.get(component[i]) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          component.push(next);
        }
      }
    }
    result.push(component);
  }
  return result.sort((a, b) => b.length - a.length);
}

/** Brandes' exact betweenness centrality, unweighted and undirected (unnormalised). */
export function betweenness(adj: Adjacency): Map<string, number> {
  const score = new Map<string, number>([...adj.keys()].map((id) => [id, 0]));
  for (const s of adj.keys()) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i];
      stack.push(v);
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          preds.set(w, [...(preds.get(w) ?? []), v]);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds.get(w) ?? []) {
        const share = (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0));
        delta.set(v, (delta.get(v) ?? 0) + share);
      }
      if (w !== s) score.set(w, score.get(w)! + (delta.get(w) ?? 0));
    }
  }
  return score;
}
