import type { Labels } from '../../domain/categories';
import type { Suggestion } from '../analysis.types';
import { count, formatPercent, inAllLocales } from '../locale-format';
import type { CandidateSource } from './candidate-source';
import { PROXIMITY_SCORE, type Place, type Places, type Proximity } from './places';

export interface CandidateRequest {
  source: CandidateSource;
  /** Indexes into source.actors. */
  indexes: Iterable<number>;
  /** The place the gap is about; nearer candidates score higher. */
  place: Place;
  /** Proximities not to suggest (e.g. the municipality that lacks the group). */
  exclude?: ReadonlySet<Proximity>;
  /** A rule's own 0..1 bonus and the clause explaining it, e.g. "already two steps from …". */
  bonus?: (index: number) => { value: number; clause: Labels } | null;
  /** How the parts weigh; default RANK_BY_REACH. */
  weights?: ScoreWeights;
}

export interface ScoreWeights {
  centrality: number;
  bridging: number;
  nearness: number;
  bonus: number;
}

/** For filling a missing group or tie: who reaches far and wide (the ranking). */
export const RANK_BY_REACH: ScoreWeights = {
  centrality: 0.4,
  bridging: 0.3,
  nearness: 0.2,
  bonus: 0.1,
};

/** For tying one actor or a split-off group in: a well-placed partner close by. */
export const RANK_BY_NEARNESS: ScoreWeights = {
  centrality: 0.25,
  bridging: 0.05,
  nearness: 0.5,
  bonus: 0.2,
};

/**
 * Ranks candidate actors for a gap. Score (0..1) = a weighted sum of centrality (PageRank
 * percentile among the source's actors), communities touched (relative to the
 * best-connected actor), nearness (same municipality 1, neighbouring 0.8, same region 0.5,
 * national 0.3, other region 0.1) and the rule's own bonus; the weights are RANK_BY_REACH
 * unless the rule says otherwise. The reason names each part that counts.
 */
export function suggest(request: CandidateRequest, places: Places, limit: number): Suggestion[] {
  const { source, place } = request;
  const scored: {
    index: number;
    score: number;
    proximity: Proximity;
    bonus: { value: number; clause: Labels } | null;
  }[] = [];
  for (const index of request.indexes) {
    const actor = source.actors[index];
    const proximity = places.proximity(actor, place);
    if (request.exclude?.has(proximity)) continue;
    const bonus = request.bonus?.(index) ?? null;
    const w = request.weights ?? RANK_BY_REACH;
    const score =
      w.centrality * source.centrality[index] +
      w.bridging * source.bridging[index] +
      w.nearness * PROXIMITY_SCORE[proximity] +
      w.bonus * (bonus?.value ?? 0);
    scored.push({ index, score, proximity, bonus });
  }
  scored.sort(
    (a, b) => b.score - a.score || (source.actors[a.index].id < source.actors[b.index].id ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ index, score, proximity, bonus }) => {
    const actor = source.actors[index];
    const where = places.describe(actor, proximity, place);
    const metrics = source.analysis.actors[index];
    const reason = inAllLocales((l) => {
      const parts = [where[l]];
      if (source.actors.length > 1) {
        const share = formatPercent(l, source.centrality[index]);
        parts.push(
          {
            fi: `keskeisempi kuin ${share} muista toimijoista`,
            sv: `mer central än ${share} av de andra aktörerna`,
            en: `more central than ${share} of the other actors`,
          }[l],
        );
      }
      if (metrics.communitiesConnected >= 2) {
        const n = metrics.communitiesConnected;
        parts.push(
          {
            fi: `yhdistää ${count(l, n, 'ryhmittymän', 'ryhmittymää')}`,
            sv: `förbinder ${count(l, n, 'kluster', 'kluster')}`,
            en: `connects ${count(l, n, 'cluster', 'clusters')}`,
          }[l],
        );
      }
      if (bonus && bonus.value > 0) parts.push(bonus.clause[l]);
      return parts.join('; ');
    });
    return { actorId: actor.id, score: Math.round(score * 1000) / 1000, reason };
  });
}
