import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  AnalysisCache,
  AnalysisRunner,
  keyActors,
  scopeKey,
  type Gap,
  type KeyActorMetric,
  type NetworkAnalysis,
  type Profile,
} from '../analysis';
import type { ActorRecord } from '../domain/records';
import { InputError } from '../domain/input-error';
import { GeographyService } from '../geography/geography.service';
import { NetworkService } from '../network/network.service';
import {
  GRAPH_STORE,
  type GraphStore,
  type NetworkData,
  type NetworkScope,
} from '../store/graph-store';
import type { AnalysisScopeInput } from './dto/analysis-scope.input';
import { regionScopeKey } from '../auth/region-scope';

export interface AnalysedNetwork {
  scope: NetworkScope;
  network: NetworkData;
  analysis: NetworkAnalysis;
}

export interface KeyActorsAnswer {
  analysed: AnalysedNetwork;
  items: {
    actor: ActorRecord;
    value: number;
    rank: number;
    reason: { fi: string; sv: string; en: string };
  }[];
}

export interface GapsAnswer {
  gaps: Gap[];
  /** Every actor a gap may name: the scope's and its surroundings'. */
  actors: Map<string, ActorRecord>;
}

export const MAX_KEY_ACTORS = 200;

/**
 * Answers analysis questions for a scope: loads the scope's network from the store, runs the
 * analysis in a worker thread (so a 50,000-actor analysis never blocks the API), and keeps
 * answers while the graph is unchanged (the store's revision keys the cache).
 */
@Injectable()
export class NetworkAnalysisService implements OnApplicationShutdown {
  private readonly runner = new AnalysisRunner({ timeoutMs: 60_000 });
  private readonly cache = new AnalysisCache({
    weigh: (value) => (value as AnalysedNetwork).analysis?.actorCount ?? 1,
  });

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly networks: NetworkService,
    private readonly geography: GeographyService,
  ) {}

  async analyse(input: AnalysisScopeInput | null | undefined): Promise<AnalysedNetwork> {
    const scope = await this.scopeOf(input);
    // The revision is read before the network: a write in between only makes the entry stale.
    const revision = await this.store.revision();
    return this.cache.get(
      revision,
      { kind: 'analysis', scope: scopeKey(scope), visible: regionScopeKey() },
      async () => {
        const network = await this.networks.load(scope);
        const analysis = await this.runner.analyse({
          actors: network.nodes,
          relationships: network.edges,
        });
        return { scope, network, analysis };
      },
    );
  }

  async keyActors(
    input: AnalysisScopeInput | null | undefined,
    metric: KeyActorMetric,
    limit: number,
  ): Promise<KeyActorsAnswer> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_KEY_ACTORS) {
      throw InputError.single('limit', 'range', `must be from 1 to ${MAX_KEY_ACTORS}`);
    }
    const analysed = await this.analyse(input);
    return { analysed, items: keyActors(analysed.analysis, analysed.network.nodes, metric, limit) };
  }

  /**
   * Gaps of a scope against a profile. Suggestions come from the scope's surroundings: the
   * whole region when the scope is some of its municipalities or categories.
   */
  async gaps(input: AnalysisScopeInput | null | undefined, profile: Profile): Promise<GapsAnswer> {
    const analysed = await this.analyse(input);
    const { scope, network, analysis } = analysed;
    const narrowed = Boolean(scope.municipalityCodes || scope.categories);
    const surroundings =
      narrowed && scope.regionCode ? await this.analyse({ regionCode: scope.regionCode }) : null;
    const revision = await this.store.revision();
    const question = { kind: 'gaps', scope: scopeKey(scope), profile, visible: regionScopeKey() };
    const gaps = await this.cache.get(revision, question, async () =>
      this.runner.gaps(
        {
          actors: network.nodes,
          relationships: network.edges,
          scope,
          geography: (await this.geography.get()).geography,
          surroundings: surroundings
            ? { actors: surroundings.network.nodes, relationships: surroundings.network.edges }
            : null,
          analysis,
        },
        profile,
      ),
    );
    const actors = new Map<string, ActorRecord>();
    for (const a of [
      ...network.nodes,
      ...network.outsideNodes,
      ...(surroundings?.network.nodes ?? []),
    ]) {
      actors.set(a.id, a);
    }
    return { gaps, actors };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.close();
  }

  private async scopeOf(input: AnalysisScopeInput | null | undefined): Promise<NetworkScope> {
    const { regionCode, municipalityCodes, categories } = await this.networks.resolveScope({
      regionCode: input?.regionCode,
      municipalityCodes: input?.municipalityCodes,
      categories: input?.categories,
    });
    return { regionCode, municipalityCodes, categories };
  }
}
