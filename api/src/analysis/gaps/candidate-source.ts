import type { AnalysisActor, NetworkAnalysis } from '../analysis.types';
import { groupMembers } from '../profiles/group-match';
import type { Profile } from '../profiles/profile.schema';

/**
 * Actors that may be suggested, with what ranks them: their PageRank percentile and how many
 * communities they touch, both from an analysis of the network they sit in.
 */
export class CandidateSource {
  readonly indexOf: Map<string, number>;
  /** Share of the source's other actors with a lower PageRank, 0..1. */
  readonly centrality: Float64Array;
  /** Communities touched, scaled so the best-connected actor has 1. */
  readonly bridging: Float64Array;
  readonly members: Map<string, number[]>;

  constructor(
    readonly actors: readonly AnalysisActor[],
    readonly analysis: NetworkAnalysis,
    profile: Profile,
  ) {
    this.indexOf = new Map(actors.map((a, i) => [a.id, i]));
    const n = actors.length;
    const order = analysis.actors
      .map((m, i) => [m.pagerank, i] as const)
      .sort((a, b) => a[0] - b[0]);
    this.centrality = new Float64Array(n);
    for (let k = 0; k < n;) {
      let j = k;
      while (j + 1 < n && order[j + 1][0] === order[k][0]) j++;
      for (let t = k; t <= j; t++) this.centrality[order[t][1]] = n > 1 ? k / (n - 1) : 0;
      k = j + 1;
    }
    const most = analysis.actors.reduce((max, m) => Math.max(max, m.communitiesConnected), 1);
    this.bridging = Float64Array.from(analysis.actors, (m) => m.communitiesConnected / most);
    this.members = groupMembers(actors, profile);
  }
}
