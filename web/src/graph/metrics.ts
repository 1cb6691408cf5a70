import type { NetworkModel } from './model';

/** Metrics the graph can size nodes by. Degree is computed here; the others come from the API. */
export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export type MetricValues = ReadonlyMap<string, number>;

/**
 * Distinct neighbours per actor over every tie in the scope: the same count the API's
 * analysis calls degree (parallel ties merged, direction ignored).
 */
export function degrees(model: NetworkModel): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const n of model.nodes) neighbours.set(n.id, new Set());
  for (const e of model.edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}

export const MIN_NODE_SIZE = 14;
export const MAX_NODE_SIZE = 64;

/**
 * Node diameters from metric values: the area grows with the value (square root), so one hub
 * does not dwarf everyone else, and an actor without a value gets the smallest size.
 */
export function nodeSizes(values: MetricValues, ids: Iterable<string>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const sizes = new Map<string, number>();
  for (const id of ids) {
    const v = values.get(id) ?? 0;
    const t = max > 0 ? Math.sqrt(Math.max(0, v) / max) : 0;
    sizes.set(id, Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
  }
  return sizes;
}
