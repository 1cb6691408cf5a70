import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildAnalysisGraph } from './analysis-graph';
import type {
  ActorMetrics,
  AnalysisInput,
  CommunitySummary,
  NetworkAnalysis,
} from './analysis.types';
import { brokerage } from './brokerage';
import { detectCommunities, type CommunityInput, type CommunityResult } from './communities';
import { connectedComponents } from './metrics/components';
import { degrees } from './metrics/degree';
import { eigenvectorCentrality } from './metrics/eigenvector';
import { coreNumbers } from './metrics/k-core';
import { pagerank } from './metrics/pagerank';
import type { PathGraph } from './paths/brandes';
import { tieLengths } from './paths/distances';
import { chunkLayout, runChunks, sumChunks, type PathTask } from './paths/path-chunks';
import { finishPathMetrics } from './paths/path-metrics';
import { planSources, type SourcePlan } from './paths/source-plan';
import { shared, startHelper, type Helper } from './worker/helpers';

export const DEFAULT_SEED = 20240528;

/** Below this much shortest-path work a helper thread costs more than it saves. */
const PARALLEL_WORK = 2e7;

/**
 * Every per-actor metric and the community partition of one scope. Runs on the calling
 * thread, plus up to `threads - 1` helper threads for shortest paths and Louvain; call it
 * through AnalysisRunner to keep it off the API's event loop.
 */
export async function analyseNetwork(input: AnalysisInput): Promise<NetworkAnalysis> {
  const options = input.options ?? {};
  const weighted = options.weighted ?? true;
  const seed = options.seed ?? DEFAULT_SEED;
  const resolution = options.resolution ?? 1;
  const withPaths = options.pathMetrics ?? true;
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = Math.round((now - clock) * 10) / 10;
    clock = now;
  };

  const graph = buildAnalysisGraph(input.actors, input.relationships, weighted);
  const n = graph.order;
  const { degree, weighted: weightedDegree } = degrees(graph);
  const components = connectedComponents(graph);
  const kCore = coreNumbers(graph);
  lap('graph');

  const plan: SourcePlan | null = withPaths
    ? planSources(components, graph.starts, {
        mode: options.betweenness ?? 'auto',
        sampleSize: options.sampleSize,
        seed,
      })
    : null;
  const pathWork = plan ? plan.sources.length * (n + graph.neighbours.length) : 0;
  const threads = Math.max(1, Math.floor(options.threads ?? Math.min(2, availableParallelism())));
  const parallel = threads > 1 && pathWork >= PARALLEL_WORK;

  const lengths = tieLengths(graph);
  const communityInput: CommunityInput = {
    order: n,
    u: graph.pairs.u,
    v: graph.pairs.v,
    strength: graph.pairs.strength,
    seed,
    resolution,
  };
  const layout = chunkLayout(plan?.sources.length ?? 0);
  const pathTask: PathTask | null = plan
    ? parallel
      ? sharedTask(graph, lengths, plan.sources, layout)
      : {
          graph: { order: n, starts: graph.starts, neighbours: graph.neighbours, lengths },
          sources: plan.sources,
          chunkSize: layout.chunkSize,
          counter: new Int32Array(1),
          results: new Float64Array(layout.chunks * 2 * n),
        }
    : null;

  const helpers: Helper[] = [];
  try {
    if (parallel && pathTask) {
      for (let h = 0; h < threads - 1; h++) {
        helpers.push(
          startHelper({
            communities: h === 0 ? sharedCommunityInput(communityInput) : null,
            paths: pathTask,
          }),
        );
      }
    }
    const rank = pagerank(graph);
    lap('pagerank');
    const eigen = eigenvectorCentrality(graph);
    lap('eigenvector');

    let communities: CommunityResult | null = null;
    if (helpers.length === 0) {
      communities = detectCommunities(communityInput);
      lap('communities');
    }
    if (pathTask) runChunks(pathTask);
    if (helpers.length > 0) {
      communities = await helpers[0].communities;
      await Promise.all(helpers.map((h) => h.done));
    }
    lap(helpers.length > 0 ? 'paths+communities' : 'paths');
    if (!communities) throw new Error('communities were not computed');

    const paths =
      plan && pathTask
        ? finishPathMetrics(
            sumChunks(pathTask.results, layout.chunks, n),
            components,
            plan,
            lengths.unit,
          )
        : { betweenness: new Float64Array(n), closeness: new Float64Array(n) };
    const broker = brokerage(
      graph,
      input.actors.map((a) => a.category),
      communities.of,
    );
    lap('brokerage');

    const actors: ActorMetrics[] = input.actors.map((actor, i) => ({
      actorId: actor.id,
      degree: degree[i],
      weightedDegree: weightedDegree[i],
      betweenness: paths.betweenness[i],
      closeness: paths.closeness[i],
      pagerank: rank.values[i],
      eigenvector: eigen.values[i],
      kCore: kCore[i],
      community: communities!.of[i],
      component: components.of[i],
      categoriesConnected: broker.categories[i],
      communitiesConnected: broker.communities[i],
      bridgingTies: broker.bridgingTies[i],
    }));
    return {
      actorCount: n,
      tieCount: graph.pairs.u.length,
      relationshipsUsed: graph.relationshipsUsed,
      relationshipsIgnored: graph.relationshipsIgnored,
      weighted,
      actors,
      communities: {
        algorithm: 'louvain',
        seed,
        resolution,
        modularity: communities.modularity,
        list: summariseCommunities(
          communities.of,
          input.actors.map((a) => a.category),
        ),
      },
      components: { sizes: components.sizes },
      betweenness: { mode: plan ? plan.mode : 'skipped', sources: plan?.sources.length ?? 0 },
      closeness: { mode: plan ? plan.mode : 'skipped', sources: plan?.sources.length ?? 0 },
      eigenvector: { converged: eigen.converged, iterations: eigen.iterations },
      pagerank: { converged: rank.converged, iterations: rank.iterations },
      timings,
    };
  } finally {
    await Promise.all(helpers.map((h) => h.release()));
  }
}

function sharedTask(
  graph: ReturnType<typeof buildAnalysisGraph>,
  lengths: ReturnType<typeof tieLengths>,
  sources: Int32Array,
  layout: { chunkSize: number; chunks: number },
): PathTask {
  const pathGraph: PathGraph = {
    order: graph.order,
    starts: shared(graph.starts),
    neighbours: shared(graph.neighbours),
    lengths: { ...lengths, lengths: shared(lengths.lengths) },
  };
  return {
    graph: pathGraph,
    sources: shared(sources),
    chunkSize: layout.chunkSize,
    counter: new Int32Array(new SharedArrayBuffer(4)),
    results: new Float64Array(new SharedArrayBuffer(layout.chunks * 2 * graph.order * 8)),
  };
}

function sharedCommunityInput(input: CommunityInput): CommunityInput {
  return { ...input, u: shared(input.u), v: shared(input.v), strength: shared(input.strength) };
}

function summariseCommunities(of: Int32Array, categories: string[]): CommunitySummary[] {
  const count = of.reduce((max, c) => Math.max(max, c + 1), 0);
  const members = Array.from({ length: count }, () => new Map<string, number>());
  const sizes = new Array<number>(count).fill(0);
  of.forEach((c, i) => {
    sizes[c]++;
    members[c].set(categories[i], (members[c].get(categories[i]) ?? 0) + 1);
  });
  return sizes.map((size, index) => ({
    index,
    size,
    categories: [...members[index]]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c]) => c) as CommunitySummary['categories'],
  }));
}
