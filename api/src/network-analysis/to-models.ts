import type { KeyActorMetric } from '../analysis';
import type { ActorRecord } from '../domain/records';
import type { Gap } from './models/gap.model';
import type { KeyActorRanking } from './models/key-actor.model';
import type { NetworkAnalysis } from './models/network-analysis.model';
import type { AnalysedNetwork, GapsAnswer, KeyActorsAnswer } from './network-analysis.service';

/** The analysis engine's answers in the shape of the GraphQL models. */

export function toNetworkAnalysis({ analysis }: AnalysedNetwork): NetworkAnalysis {
  return {
    actorCount: analysis.actorCount,
    tieCount: analysis.tieCount,
    modularity: analysis.communities.modularity,
    communities: analysis.communities.list,
    componentSizes: analysis.components.sizes,
    betweennessMode: analysis.betweenness.mode,
    betweennessSources: analysis.betweenness.sources,
    actors: analysis.actors,
  };
}

export function toKeyActorRanking(
  metric: KeyActorMetric,
  answer: KeyActorsAnswer,
): KeyActorRanking {
  const { analysis } = answer.analysed;
  return {
    metric,
    actorCount: analysis.actorCount,
    betweennessMode: analysis.betweenness.mode,
    betweennessSources: analysis.betweenness.sources,
    items: answer.items,
  };
}

export function toGaps({ gaps, actors }: GapsAnswer): Gap[] {
  const known = (id: string): ActorRecord[] => {
    const actor = actors.get(id);
    return actor ? [actor] : [];
  };
  return gaps.map((gap) => ({
    id: gap.id,
    kind: gap.kind,
    severity: gap.severity,
    weight: gap.weight,
    regionCode: gap.scope.regionCode,
    municipalityCodes: gap.scope.municipalityCodes,
    groups: gap.groups,
    categories: gap.categories,
    dimensions: gap.dimensions,
    actors: gap.actorIds.flatMap(known),
    explanation: gap.explanation,
    suggestions: gap.suggestions.flatMap((s) =>
      known(s.actorId).map((actor) => ({ actor, score: s.score, reason: s.reason })),
    ),
  }));
}
