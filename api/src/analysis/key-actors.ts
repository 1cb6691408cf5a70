import type {
  ActorMetrics,
  AnalysisActor,
  KeyActor,
  KeyActorMetric,
  NetworkAnalysis,
} from './analysis.types';
import { keyActorReason } from './reasons';

const VALUE: Record<KeyActorMetric, (a: ActorMetrics) => number> = {
  DEGREE: (a) => a.degree,
  WEIGHTED_DEGREE: (a) => a.weightedDegree,
  BETWEENNESS: (a) => a.betweenness,
  PAGERANK: (a) => a.pagerank,
  CLOSENESS: (a) => a.closeness,
  EIGENVECTOR: (a) => a.eigenvector,
  KCORE: (a) => a.kCore,
  BROKERAGE: (a) => a.categoriesConnected,
};

/**
 * Brokerage's value is the number of categories an actor connects; among equals, the one
 * touching more communities and then the one on more shortest paths ranks first.
 */
const TIE_BREAK: Partial<Record<KeyActorMetric, (a: ActorMetrics) => number[]>> = {
  BROKERAGE: (a) => [a.communitiesConnected, a.betweenness],
};

/**
 * The `limit` actors ranked highest by `metric`, each with its value, its rank (competition
 * ranking: equal values share a rank, 1, 2, 2, 4) and a reason in fi/sv/en. Actors whose value
 * is 0 are not key and are left out. Equal actors are listed by name, then id.
 * `actors` are the actors the analysis was run on (ActorRecords are fine); each result
 * carries the actor object it was given.
 */
export function keyActors<A extends AnalysisActor>(
  analysis: NetworkAnalysis,
  actors: readonly A[],
  metric: KeyActorMetric,
  limit = 10,
): KeyActor<A>[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const value = VALUE[metric];
  const tieBreak = TIE_BREAK[metric] ?? (() => []);
  const key = (m: ActorMetrics): number[] => [value(m), ...tieBreak(m)];
  const compare = (x: number[], y: number[]): number => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return 0;
  };
  const ranked = analysis.actors
    .filter((m) => value(m) > 0)
    .map((m) => {
      const actor = byId.get(m.actorId);
      if (!actor)
        throw new Error(`actor ${m.actorId} of the analysis is not among the actors given`);
      return { m, actor, key: key(m) };
    })
    .sort(
      (x, y) =>
        compare(x.key, y.key) ||
        x.actor.name.localeCompare(y.actor.name, 'fi') ||
        (x.actor.id < y.actor.id ? -1 : x.actor.id > y.actor.id ? 1 : 0),
    );
  const sortedValues = analysis.actors.map(value).sort((a, b) => a - b);
  const n = sortedValues.length;
  const result: KeyActor<A>[] = [];
  for (let i = 0; i < ranked.length && result.length < limit; i++) {
    const { m, actor } = ranked[i];
    const rank =
      i > 0 && compare(ranked[i - 1].key, ranked[i].key) === 0 ? result[i - 1].rank : i + 1;
    result.push({
      actor,
      value: value(m),
      rank,
      reason: keyActorReason(metric, m, {
        analysis,
        below: n > 1 ? lowerCount(sortedValues, value(m)) / (n - 1) : 0,
      }),
    });
  }
  return result;
}

/** How many values are strictly below v (binary search in ascending values). */
function lowerCount(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
