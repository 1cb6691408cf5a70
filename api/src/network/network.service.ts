import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CATEGORIES } from '../domain/categories';
import { perGeography, type GeographyIndex } from '../domain/geography-index';
import type { ActorRecord } from '../domain/records';
import { strength } from '../domain/relationship-rules';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationship-types';
import { validate } from '../domain/validate';
import { AnalysisCache, scopeKey } from '../analysis';
import { GeographyService } from '../geography/geography.service';
import {
  GRAPH_STORE,
  type GraphStore,
  type NetworkData,
  type NetworkScope,
  type NetworkTie,
} from '../store/graph-store';
import type { NetworkFilterInput } from './dto/network-filter.input';
import type { Network, NetworkEdge } from './models/network.model';
import { regionScopeKey } from '../auth/region-scope';

const scopeSchema = perGeography((geo: GeographyIndex) =>
  z.object({
    regionCode: z
      .string()
      .nullish()
      .refine((c) => !c || geo.regions.has(c), {
        message: 'is not a region code',
        params: { rule: 'region_exists' },
      }),
    municipalityCodes: z
      .array(
        z.string().refine((c) => geo.municipalities.has(c), {
          message: 'is not a municipality code',
          params: { rule: 'municipality_exists' },
        }),
      )
      .max(400)
      .nullish(),
    categories: z.array(z.enum(CATEGORIES)).nullish(),
    relationshipTypes: z.array(z.enum(RELATIONSHIP_TYPES)).nullish(),
    minStrength: strength.nullish(),
  }),
);

@Injectable()
export class NetworkService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
  ) {}

  // Planners reopen the same region again and again; a write changes the revision and so
  // retires every cached network (see AnalysisCache).
  private readonly cache = new AnalysisCache({
    maxEntries: 16,
    weigh: (value) => (value as NetworkData).nodes.length + (value as NetworkData).edges.length,
    maxWeight: 400_000,
  });

  /** The scope's actors and ties as the store has them now; repeated reads come from memory. */
  async load(scope: NetworkScope): Promise<NetworkData> {
    const revision = await this.store.revision();
    return this.cache.get(
      revision,
      { kind: 'network', scope: scopeKey(scope), visible: regionScopeKey() },
      () => this.store.loadNetwork(scope),
    );
  }

  /** Checks a scope against the geography and the vocabularies; empty lists mean no filter. */
  async resolveScope(
    input: NetworkFilterInput & { regionCode?: string | null },
  ): Promise<NetworkScope & { relationshipTypes?: RelationshipType[]; minStrength?: number }> {
    const valid = validate(scopeSchema(await this.geography.get()), input);
    return {
      regionCode: valid.regionCode ?? undefined,
      municipalityCodes: valid.municipalityCodes?.length ? valid.municipalityCodes : undefined,
      categories: valid.categories?.length ? valid.categories : undefined,
      relationshipTypes: valid.relationshipTypes?.length ? valid.relationshipTypes : undefined,
      minStrength: valid.minStrength ?? undefined,
    };
  }

  async network(
    regionCode: string | null | undefined,
    filter: NetworkFilterInput = {},
  ): Promise<Network> {
    const {
      relationshipTypes,
      minStrength = 1,
      ...scope
    } = await this.resolveScope({
      regionCode,
      ...filter,
    });
    const data = await this.load(scope);
    const types = relationshipTypes ? new Set(relationshipTypes) : null;
    const inScope = new Set(data.nodes.map((n) => n.id));
    const edges: NetworkEdge[] = [];
    const outsideIds = new Set<string>();
    for (const edge of data.edges) {
      if (edge.strength < minStrength || (types && !types.has(edge.type))) continue;
      const crossesScope = !inScope.has(edge.sourceId) || !inScope.has(edge.targetId);
      if (crossesScope) outsideIds.add(inScope.has(edge.sourceId) ? edge.targetId : edge.sourceId);
      edges.push(toEdge(edge, crossesScope));
    }
    return {
      nodes: data.nodes,
      edges,
      outsideNodes: data.outsideNodes.filter((n: ActorRecord) => outsideIds.has(n.id)),
    };
  }
}

function toEdge(edge: NetworkTie, crossesScope: boolean): NetworkEdge {
  return {
    id: edge.id,
    source: edge.sourceId,
    target: edge.targetId,
    type: edge.type,
    strength: edge.strength,
    since: edge.since,
    crossesScope,
  };
}
