import { describe, expect, it } from 'vitest';
import { analyseNetwork, DEFAULT_SEED } from './analyse-network';
import type { ActorMetrics, NetworkAnalysis } from './analysis.types';
import {
  REFERENCE_GRAPHS,
  readReferenceGraph,
  referenceInput,
  type MetricMap,
  type ReferenceGraph,
} from './testing/reference-graphs';

/**
 * Agreement with networkx 2.8 and igraph 0.10 on the committed reference graphs
 * (testing/reference/*.json, made by make_reference.py). Tolerances, as max absolute error:
 * exact integers for degree, strength and k-core; 1e-12 for betweenness and closeness (both
 * exact algorithms, whole-number path lengths); 1e-9 for PageRank (ours stops at an L1
 * change of n*1e-12, the references are exact or 1e-13) and eigenvector centrality (Lanczos
 * to a residual of 1e-10 against numpy's and ARPACK's eigensolvers).
 */
const TOLERANCE = {
  degree: 0,
  weightedDegree: 0,
  kCore: 0,
  betweenness: 1e-12,
  closeness: 1e-12,
  pagerank: 1e-9,
  eigenvector: 1e-9,
} as const;

type Metric = keyof typeof TOLERANCE;

function maxError(analysis: NetworkAnalysis, metric: Metric, expected: MetricMap): number {
  let worst = 0;
  for (const actor of analysis.actors) {
    const want = expected[actor.actorId];
    expect(want, `${metric} of ${actor.actorId}`).toBeTypeOf('number');
    const value = actor[metric as keyof ActorMetrics] as number;
    worst = Math.max(worst, Math.abs(value - want));
  }
  return worst;
}

async function analyse(graph: ReferenceGraph, weighted: boolean): Promise<NetworkAnalysis> {
  return analyseNetwork({ ...referenceInput(graph), options: { weighted, threads: 1 } });
}

describe('analyseNetwork', () => {
  for (const name of REFERENCE_GRAPHS) {
    const graph = readReferenceGraph(name);
    for (const mode of ['unweighted', 'weighted'] as const) {
      describe(`on ${name}, ${mode}`, () => {
        const reference = graph.reference[mode];
        for (const library of ['networkx', 'igraph'] as const) {
          const expected = reference[library];
          for (const metric of Object.keys(TOLERANCE) as Metric[]) {
            const values = expected[metric];
            if (!values) continue;
            it(`agrees with ${library} on ${metric} within ${TOLERANCE[metric]}`, async () => {
              const analysis = await analyse(graph, mode === 'weighted');
              expect(maxError(analysis, metric, values)).toBeLessThanOrEqual(TOLERANCE[metric]);
            });
          }
        }

        it('finds the committed Louvain partition again, with networkx’s modularity of it', async () => {
          const analysis = await analyse(graph, mode === 'weighted');
          const committed = graph.partitions![mode];
          expect(committed.seed).toBe(DEFAULT_SEED);
          const found = Object.fromEntries(analysis.actors.map((a) => [a.actorId, a.community]));
          expect(found).toEqual(committed.communityOf);
          expect(analysis.communities.modularity).toBeCloseTo(committed.networkxModularity!, 12);
          // A good partition: within 0.01 of what networkx's own Louvain reaches.
          expect(analysis.communities.modularity).toBeGreaterThan(
            reference.networkxLouvainModularity - 0.01,
          );
        });

        it('is exact on graphs this small and says so', async () => {
          const analysis = await analyse(graph, mode === 'weighted');
          // Every actor is a source, but an isolated one needs no pass.
          const tied = new Set(graph.edges.flatMap(([a, b]) => [a, b]));
          expect(analysis.betweenness).toEqual({ mode: 'exact', sources: tied.size });
          expect(analysis.closeness.mode).toBe('exact');
          expect(analysis.eigenvector.converged).toBe(true);
          expect(analysis.pagerank.converged).toBe(true);
        });
      });
    }
  }
});
