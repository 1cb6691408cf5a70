import type { Category, Dimension, RelationshipType } from '../api/generated/graphql';
import { buildAdjacency } from './adjacency';
import type { NetworkModel } from './model';

/** What the user narrowed the view to. An empty list means "all". */
export interface GraphFilters {
  categories: readonly Category[];
  municipalities: readonly string[];
  /** An actor passes when it works on any of these components. */
  dimensions: readonly Dimension[];
  relationshipTypes: readonly RelationshipType[];
  /**
   * 1 shows every tie, 3 only strong ones; 0 is automatic: every tie, except in a scope
   * too large to draw them all (see effectiveMinStrength).
   */
  minStrength: number;
  hideIsolates: boolean;
  /** Show actors outside the scope at the far end of a crossing tie. */
  showOutside: boolean;
}

export const DEFAULT_FILTERS: GraphFilters = {
  categories: [],
  municipalities: [],
  dimensions: [],
  relationshipTypes: [],
  minStrength: 0,
  hideIsolates: false,
  showOutside: true,
};

export interface VisibleSet {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** Above this many ties, the automatic strength shows strong ties only (level of detail). */
export const TIE_DETAIL_LIMIT = 20_000;

/**
 * The strength filter in force. Automatic means all ties, unless the scope has more than
 * TIE_DETAIL_LIMIT: 50,000 ties of a national view are a hairball at any zoom that shows
 * them all, and drawing them costs seconds per frame; the strong quarter shows the structure.
 */
export function effectiveMinStrength(minStrength: number, tieCount: number): number {
  if (minStrength >= 1) return minStrength;
  return tieCount > TIE_DETAIL_LIMIT ? 3 : 1;
}

const passes = <T>(selected: readonly T[], value: T) =>
  selected.length === 0 || selected.includes(value);

/**
 * The actors and ties that pass the filters. Ties need both ends visible. An actor outside
 * the scope (or, with a municipality filter, outside the chosen municipalities) stays only
 * as the far end of a visible tie, and only when `showOutside` is on.
 */
export function applyFilters(model: NetworkModel, filters: GraphFilters): VisibleSet {
  const inner = new Set<string>();
  const candidatesOutside = new Set<string>();
  for (const node of model.nodes) {
    if (!passes(filters.categories, node.category)) continue;
    if (filters.dimensions.length && !node.dimensions.some((d) => filters.dimensions.includes(d))) {
      continue;
    }
    const inMunicipality =
      filters.municipalities.length === 0 ||
      (node.municipalityCode !== null && filters.municipalities.includes(node.municipalityCode));
    if (!node.outside && inMunicipality) inner.add(node.id);
    else if (filters.showOutside) candidatesOutside.add(node.id);
  }

  const edgeIds = new Set<string>();
  const outside = new Set<string>();
  const minStrength = effectiveMinStrength(filters.minStrength, model.edges.length);
  for (const edge of model.edges) {
    if (!passes(filters.relationshipTypes, edge.type) || edge.strength < minStrength) {
      continue;
    }
    const s = inner.has(edge.source);
    const t = inner.has(edge.target);
    if (s && t) edgeIds.add(edge.id);
    else if (s && candidatesOutside.has(edge.target)) {
      edgeIds.add(edge.id);
      outside.add(edge.target);
    } else if (t && candidatesOutside.has(edge.source)) {
      edgeIds.add(edge.id);
      outside.add(edge.source);
    }
  }

  const nodeIds = new Set([...inner, ...outside]);
  if (filters.hideIsolates) {
    const visibleEdges = model.edges.filter((e) => edgeIds.has(e.id));
    const adjacency = buildAdjacency(nodeIds, visibleEdges);
    for (const [id, neighbours] of adjacency) if (neighbours.size === 0) nodeIds.delete(id);
  }
  return { nodeIds, edgeIds };
}
