import type { AnalysisActor, AnalysisTie } from './analysis.types';

/**
 * The undirected graph every metric reads, in compressed sparse row form: node i is
 * `actors[i]`; its neighbours are `neighbours[starts[i] .. starts[i+1])` and the merged
 * strength of each of those ties is in `strengths` at the same position.
 *
 * Parallel ties between the same two actors (COOPERATES_WITH and FUNDS, or A->B and B->A)
 * become one tie whose strength is the MAX of theirs, not the sum. Strength is a 1..3
 * rating of how close two actors are; two records about the same pair describe one
 * relationship from two angles, and a sum would rate three weak records (1+1+1) as close as
 * one strong tie and leave the 1..3 scale. The max keeps the scale, so the distance
 * 1/strength stays one of 1, 1/2, 1/3 and exact integer path lengths (paths/distances.ts)
 * keep working. The number of records merged is kept in `multiplicity`.
 *
 * Direction is dropped (MEMBER_OF, FUNDS and PART_OF count both ways): the issue asks for
 * the undirected graph. Self-ties and ties with an end outside the actors are left out.
 *
 * Typed arrays rather than a graphology Graph: building a graphology graph of 50,000 actors
 * and 250,000 ties takes 1.7-3 s here (measured) against ~0.1 s for these arrays; the
 * graphology graph is built only where a library algorithm needs it (communities.ts).
 */
export interface AnalysisGraph {
  order: number;
  actorIds: string[];
  starts: Int32Array;
  neighbours: Int32Array;
  strengths: Float64Array;
  /** One entry per tied pair (u < v), in first-seen order. */
  pairs: { u: Int32Array; v: Int32Array; strength: Float64Array; multiplicity: Int32Array };
  relationshipsUsed: number;
  relationshipsIgnored: number;
}

export function buildAnalysisGraph(
  actors: readonly AnalysisActor[],
  relationships: readonly AnalysisTie[],
  weighted = true,
): AnalysisGraph {
  const order = actors.length;
  const indexOf = new Map<string, number>();
  actors.forEach((actor, i) => {
    if (indexOf.has(actor.id)) throw new Error(`actor ${actor.id} appears twice in the input`);
    indexOf.set(actor.id, i);
  });

  const pairIndex = new Map<number, number>();
  const us: number[] = [];
  const vs: number[] = [];
  const ws: number[] = [];
  const counts: number[] = [];
  let used = 0;
  for (const tie of relationships) {
    const a = indexOf.get(tie.sourceId);
    const b = indexOf.get(tie.targetId);
    if (a === undefined || b === undefined || a === b) continue;
    if (!(tie.strength > 0))
      throw new Error(`tie ${tie.sourceId}-${tie.targetId} has strength ${tie.strength}`);
    used++;
    const u = Math.min(a, b);
    const v = Math.max(a, b);
    const key = u * order + v;
    const strength = weighted ? tie.strength : 1;
    const at = pairIndex.get(key);
    if (at === undefined) {
      pairIndex.set(key, us.length);
      us.push(u);
      vs.push(v);
      ws.push(strength);
      counts.push(1);
    } else {
      ws[at] = Math.max(ws[at], strength);
      counts[at]++;
    }
  }

  const pairs = {
    u: Int32Array.from(us),
    v: Int32Array.from(vs),
    strength: Float64Array.from(ws),
    multiplicity: Int32Array.from(counts),
  };
  return {
    order,
    actorIds: actors.map((a) => a.id),
    ...compress(order, pairs.u, pairs.v, pairs.strength),
    pairs,
    relationshipsUsed: used,
    relationshipsIgnored: relationships.length - used,
  };
}

function compress(
  order: number,
  u: Int32Array,
  v: Int32Array,
  strength: Float64Array,
): Pick<AnalysisGraph, 'starts' | 'neighbours' | 'strengths'> {
  const starts = new Int32Array(order + 1);
  for (let e = 0; e < u.length; e++) {
    starts[u[e] + 1]++;
    starts[v[e] + 1]++;
  }
  for (let i = 0; i < order; i++) starts[i + 1] += starts[i];
  const next = starts.slice(0, order);
  const neighbours = new Int32Array(2 * u.length);
  const strengths = new Float64Array(2 * u.length);
  for (let e = 0; e < u.length; e++) {
    neighbours[next[u[e]]] = v[e];
    strengths[next[u[e]]++] = strength[e];
    neighbours[next[v[e]]] = u[e];
    strengths[next[v[e]]++] = strength[e];
  }
  return { starts, neighbours, strengths };
}
