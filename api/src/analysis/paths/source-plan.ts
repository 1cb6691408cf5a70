import type { BetweennessMode } from '../analysis.types';
import type { Components } from '../metrics/components';
import { sampleWithoutReplacement, seededRandom } from '../seeded-random';

/**
 * Which sources the shortest-path passes start from.
 *
 * Work is counted in "arc visits": one pass from a source in a component of c actors and a
 * arcs (2 per tie) costs about c + 2a. Measured here, one core does ~1e8 of them in ~1-1.5 s
 * with integer tie lengths, so:
 * - `auto` is exact while the exact work (every actor a source) stays under EXACT_WORK_LIMIT:
 *   a 2,000/10,000 region is 4.4e7, exact; a 5,000/25,000 one is 2.8e8, sampled;
 * - sampled mode draws about SAMPLED_WORK_BUDGET / (n + 2m) sources (at least 64): 272 on a
 *   50,000/250,000 network. The sample is stratified by component: each component gets
 *   sources in proportion to its size, a component of at most 64 actors is done exactly (it
 *   is cheap), a larger one gets at least 32. A component's dependencies are scaled by
 *   size/sources, as networkx scales by n/k, so the estimate is unbiased.
 * Sources are drawn with a seeded generator: the same seed gives the same estimate.
 */
export const EXACT_WORK_LIMIT = 1e8;
export const SAMPLED_WORK_BUDGET = 1.5e8;
const MIN_SOURCES = 64;
const EXACT_COMPONENT_SIZE = 64;
const MIN_SOURCES_PER_COMPONENT = 32;

export interface SourcePlan {
  mode: BetweennessMode;
  /** Grouped by component, increasing within each. */
  sources: Int32Array;
  /** Per component: sources drawn from it (1 for an isolated actor, which needs no pass). */
  sourcesPerComponent: Int32Array;
  /** Per node: 1 if it is a source. */
  isSource: Uint8Array;
}

export interface PlanRequest {
  mode: 'auto' | BetweennessMode;
  sampleSize?: number;
  seed: number;
}

export function planSources(
  components: Components,
  starts: Int32Array,
  request: PlanRequest,
): SourcePlan {
  const n = components.of.length;
  const arcs = starts[n];
  const members: number[][] = components.sizes.map(() => []);
  const arcsPer = new Float64Array(components.sizes.length);
  for (let v = 0; v < n; v++) {
    members[components.of[v]].push(v);
    arcsPer[components.of[v]] += starts[v + 1] - starts[v];
  }
  let exactWork = 0;
  components.sizes.forEach((size, c) => (exactWork += size * (size + arcsPer[c])));
  const exact =
    request.mode === 'exact' || (request.mode === 'auto' && exactWork <= EXACT_WORK_LIMIT);

  const budget =
    request.sampleSize ?? Math.max(MIN_SOURCES, Math.ceil(SAMPLED_WORK_BUDGET / (n + arcs)));
  const random = seededRandom(request.seed ^ 0x5a3c0ffe);
  const perComponent = new Int32Array(components.sizes.length);
  const chosen: Int32Array[] = [];
  let sampled = false;
  components.sizes.forEach((size, c) => {
    if (size === 1) {
      // An isolated actor lies on no path and reaches no one: no pass to run. k = 1 keeps
      // the (zero) sums well defined.
      perComponent[c] = 1;
      chosen.push(new Int32Array(0));
      return;
    }
    let k = size;
    if (!exact && size > EXACT_COMPONENT_SIZE) {
      k = Math.min(size, Math.max(MIN_SOURCES_PER_COMPONENT, Math.round((budget * size) / n)));
    }
    perComponent[c] = k;
    if (k === size) {
      chosen.push(Int32Array.from(members[c]));
    } else {
      sampled = true;
      const picks = sampleWithoutReplacement(size, k, random);
      chosen.push(picks.map((i) => members[c][i]));
    }
  });
  const total = chosen.reduce((sum, list) => sum + list.length, 0);
  const sources = new Int32Array(total);
  const isSource = new Uint8Array(n);
  let at = 0;
  for (const list of chosen) {
    sources.set(list, at);
    at += list.length;
    for (const s of list) isSource[s] = 1;
  }
  return {
    mode: sampled ? 'sampled' : 'exact',
    sources,
    sourcesPerComponent: perComponent,
    isSource,
  };
}
