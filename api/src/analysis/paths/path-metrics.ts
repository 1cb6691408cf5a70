import type { Components } from '../metrics/components';
import type { SourcePlan } from './source-plan';

/**
 * Betweenness and closeness from the summed passes.
 *
 * Betweenness is normalised as networkx and igraph do for an undirected graph: the raw sum
 * over ordered pairs divided by (n-1)(n-2). A sampled component's sums are scaled by
 * size/sources first.
 *
 * Closeness is networkx's default (Wasserman-Faust): an actor reaching r others at total
 * distance D has (r/(n-1)) * (r/D), so an actor in a small component scores low. igraph
 * divides by D only within the component; on a connected graph the two agree. When sampled,
 * D/r is estimated by the mean distance to the sampled sources (Eppstein & Wang 2004).
 */
export function finishPathMetrics(
  sums: { betweenness: Float64Array; distanceSum: Float64Array },
  components: Components,
  plan: SourcePlan,
  unit: number,
): { betweenness: Float64Array; closeness: Float64Array } {
  const n = components.of.length;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const normaliser = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) {
    const c = components.of[v];
    const size = components.sizes[c];
    const k = plan.sourcesPerComponent[c];
    betweenness[v] = sums.betweenness[v] * (size / k) * normaliser;
    const reachable = size - 1;
    const counted = k - plan.isSource[v];
    if (reachable > 0 && counted > 0 && sums.distanceSum[v] > 0) {
      const meanDistance = sums.distanceSum[v] / unit / counted;
      closeness[v] = reachable / (n - 1) / meanDistance;
    }
  }
  return { betweenness, closeness };
}
