import type { Geography } from '@verkosto/graph-seed';
import type { Category, Labels } from '../domain/categories';
import type { Dimension } from '../domain/dimensions';
import type { ActorRecord, RelationshipRecord } from '../domain/records';

/** The parts of an actor the analysis reads. An ActorRecord is one. */
export type AnalysisActor = Pick<
  ActorRecord,
  | 'id'
  | 'name'
  | 'category'
  | 'subcategory'
  | 'municipalityCode'
  | 'regionCode'
  | 'dimensions'
  | 'tags'
>;

/** The parts of a relationship the analysis reads. A RelationshipRecord is one. */
export type AnalysisTie = Pick<RelationshipRecord, 'sourceId' | 'targetId' | 'strength'>;

/** The same scope the store's loadNetwork takes; empty is the whole register. */
export interface AnalysisScope {
  regionCode?: string | null;
  municipalityCodes?: readonly string[] | null;
  categories?: readonly Category[] | null;
}

export type BetweennessMode = 'exact' | 'sampled';

export interface AnalysisOptions {
  /**
   * Default true: PageRank, eigenvector centrality, weighted degree and Louvain weigh a tie
   * by its strength; betweenness and closeness use the distance 1/strength (a strong tie is
   * a short one). False treats every tie alike.
   */
  weighted?: boolean;
  /** 'auto' (default) is exact while the work stays small (see paths/source-plan.ts). */
  betweenness?: 'auto' | BetweennessMode;
  /** Sources drawn in sampled mode; default from a work budget, at least 64. */
  sampleSize?: number;
  /** Seeds Louvain and the sampling of sources: the same seed gives the same answer. */
  seed?: number;
  /** Louvain resolution; default 1 (plain modularity). */
  resolution?: number;
  /** Threads for shortest paths and Louvain; default min(2, available cores). */
  threads?: number;
  /** False skips betweenness and closeness (both 0), e.g. when only ranking candidates. */
  pathMetrics?: boolean;
}

export interface AnalysisInput {
  /** The actors in scope. */
  actors: readonly AnalysisActor[];
  /** Ties with an end outside `actors` are left out of the analysis (and counted). */
  relationships: readonly AnalysisTie[];
  options?: AnalysisOptions;
}

export interface ActorMetrics {
  actorId: string;
  /** Number of distinct actors tied to this one. */
  degree: number;
  /** Sum of the strengths of its (merged) ties. */
  weightedDegree: number;
  /** Normalised as networkx and igraph do: divided by (n-1)(n-2)/2 on an undirected graph. */
  betweenness: number;
  /** Wasserman-Faust closeness (networkx's default): (r/(n-1)) * (r / sum of distances to the r reachable actors). */
  closeness: number;
  /** Damping 0.85; sums to 1 over the scope. */
  pagerank: number;
  /** Unit Euclidean norm, as networkx; 0 outside the component that carries the leading eigenvector. */
  eigenvector: number;
  /** k-core number: the largest k such that the actor is in a subgraph where everyone has at least k ties. */
  kCore: number;
  /** Index into NetworkAnalysis.communities.list. */
  community: number;
  /** Index into NetworkAnalysis.components.sizes (largest first). */
  component: number;
  /** Distinct categories among the actor and its neighbours; 0 for an isolated actor. */
  categoriesConnected: number;
  /** Distinct communities among the actor and its neighbours; 0 for an isolated actor. */
  communitiesConnected: number;
  /** Ties to actors in another community. */
  bridgingTies: number;
}

export interface CommunitySummary {
  /** Community index (0 = largest). */
  index: number;
  size: number;
  /** Its members' categories, most common first. */
  categories: Category[];
}

export interface NetworkAnalysis {
  actorCount: number;
  /** Distinct tied pairs after merging parallel ties. */
  tieCount: number;
  /** Input relationships used (both ends in scope, not a self-tie). */
  relationshipsUsed: number;
  /** Input relationships left out: an end outside the scope, or a tie of an actor with itself. */
  relationshipsIgnored: number;
  weighted: boolean;
  /** Same order as the input actors. */
  actors: ActorMetrics[];
  communities: {
    algorithm: 'louvain';
    seed: number;
    resolution: number;
    /** Modularity of the partition found, with the same weights. */
    modularity: number;
    list: CommunitySummary[];
  };
  components: {
    /** Sizes, largest first. */
    sizes: number[];
  };
  betweenness: {
    mode: BetweennessMode | 'skipped';
    /** Sources whose shortest paths were counted (= actorCount when exact). */
    sources: number;
  };
  closeness: {
    /** Sampled closeness averages the distances to the sampled sources (Eppstein-Wang). */
    mode: BetweennessMode | 'skipped';
    sources: number;
  };
  eigenvector: { converged: boolean; iterations: number };
  pagerank: { converged: boolean; iterations: number };
  /** Wall time of each step in milliseconds, for the bench and the logs. */
  timings: Record<string, number>;
}

export const KEY_ACTOR_METRICS = [
  'DEGREE',
  'WEIGHTED_DEGREE',
  'BETWEENNESS',
  'PAGERANK',
  'CLOSENESS',
  'EIGENVECTOR',
  'KCORE',
  'BROKERAGE',
] as const;

export type KeyActorMetric = (typeof KEY_ACTOR_METRICS)[number];

export interface KeyActor<A extends AnalysisActor = AnalysisActor> {
  actor: A;
  value: number;
  /** Competition ranking: equal values share a rank (1, 2, 2, 4). */
  rank: number;
  reason: Labels;
}

export const GAP_KINDS = [
  'category_coverage',
  'missing_tie',
  'isolated_actor',
  'small_component',
  'empty_municipality',
  'single_broker',
  'dimension_coverage',
] as const;

export type GapKind = (typeof GAP_KINDS)[number];

export type Severity = 'high' | 'medium' | 'low';

export interface Suggestion {
  actorId: string;
  /** 0..1, higher is a better candidate. */
  score: number;
  reason: Labels;
}

export interface Gap {
  /** Stable for the same gap on the same data, e.g. "category_coverage:18:205:police". */
  id: string;
  kind: GapKind;
  severity: Severity;
  /** Orders gaps of the same severity; higher first. */
  weight: number;
  /** Where the gap is. */
  scope: { regionCode: string | null; municipalityCodes: string[] };
  /** Profile groups concerned (ids), e.g. ["media", "immigrant_associations"]. */
  groups: string[];
  categories: Category[];
  dimensions: Dimension[];
  /** Actors the gap is about: the isolated actor, the single broker, a small component. */
  actorIds: string[];
  explanation: Labels;
  suggestions: Suggestion[];
}

export interface GapOptions extends AnalysisOptions {
  /** Suggestions per gap; default 3. */
  maxSuggestions?: number;
}

export interface GapInput {
  /** The actors in scope and their relationships (ties leaving the scope are ignored). */
  actors: readonly AnalysisActor[];
  relationships: readonly AnalysisTie[];
  /** The scope the actors were loaded with; it decides the regions and municipalities checked. */
  scope?: AnalysisScope;
  /** Regions, municipalities and sub-regions; without it, only places that have actors are checked. */
  geography?: Geography | null;
  /**
   * A wider network to draw suggestions from (e.g. the region, or the whole register, when
   * the scope is a municipality). Default: the scope itself.
   */
  surroundings?: { actors: readonly AnalysisActor[]; relationships: readonly AnalysisTie[] } | null;
  /** analyseNetwork's answer for actors/relationships, if already at hand (e.g. cached). */
  analysis?: NetworkAnalysis;
  options?: GapOptions;
}
