import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../../domain/categories';
import type { AnalysisActor, AnalysisTie } from '../analysis.types';

export const REFERENCE_GRAPHS = ['karate', 'florentine', 'florentine-plus'] as const;
export type ReferenceGraphName = (typeof REFERENCE_GRAPHS)[number];

export type MetricMap = Record<string, number>;
export interface LibraryMetrics {
  degree: MetricMap;
  weightedDegree?: MetricMap;
  betweenness: MetricMap;
  closeness: MetricMap;
  pagerank: MetricMap;
  kCore: MetricMap;
  /** Only on connected graphs. */
  eigenvector?: MetricMap;
}

export interface ReferenceGraph {
  name: ReferenceGraphName;
  versions: { networkx: string; igraph: string };
  nodes: string[];
  edges: [string, string, number][];
  reference: Record<
    'weighted' | 'unweighted',
    { networkx: LibraryMetrics; igraph: LibraryMetrics; networkxLouvainModularity: number }
  >;
  partitions?: Record<
    'weighted' | 'unweighted',
    {
      seed: number;
      communityOf: Record<string, number>;
      modularity: number;
      networkxModularity?: number;
    }
  >;
}

export const REFERENCE_DIR = join(__dirname, 'reference');

export function readReferenceGraph(name: ReferenceGraphName): ReferenceGraph {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.json`), 'utf8')) as ReferenceGraph;
}

/** The reference graph as analysis input; categories cycle so brokerage has something to count. */
export function referenceInput(graph: ReferenceGraph): {
  actors: AnalysisActor[];
  relationships: AnalysisTie[];
} {
  const actors = graph.nodes.map((id, i): AnalysisActor => ({
    id,
    name: id,
    category: CATEGORIES[i % CATEGORIES.length],
    subcategory: null,
    municipalityCode: null,
    regionCode: null,
    dimensions: [],
    tags: [],
  }));
  const relationships = graph.edges.map(([sourceId, targetId, strength]) => ({
    sourceId,
    targetId,
    strength,
  }));
  return { actors, relationships };
}
