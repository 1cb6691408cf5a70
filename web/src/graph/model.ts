import type { Category, Dimension, NetworkQuery, RelationshipType } from '../api/generated/graphql';

/** An actor as the graph, the filters and the table see it. */
export interface ActorNode {
  id: string;
  name: string;
  category: Category;
  municipalityCode: string | null;
  regionCode: string | null;
  dimensions: readonly Dimension[];
  /** Outside the scope, shown because a tie crosses into it. */
  outside: boolean;
}

export interface Tie {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  strength: number;
}

export interface NetworkModel {
  nodes: readonly ActorNode[];
  edges: readonly Tie[];
  byId: ReadonlyMap<string, ActorNode>;
}

/** Relationship types whose ties point one way; the other two are symmetric. */
export const DIRECTED_TYPES: ReadonlySet<RelationshipType> = new Set([
  'FUNDS',
  'MEMBER_OF',
  'PART_OF',
]);

export function buildModel(network: NetworkQuery['network']): NetworkModel {
  const nodes: ActorNode[] = [
    ...network.nodes.map((n) => ({ ...n, outside: false })),
    ...network.outsideNodes.map((n) => ({ ...n, outside: true })),
  ];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A tie whose end is missing from both lists cannot be drawn; the API never sends one,
  // but a graph library throws on it, so drop it here rather than crash the view.
  const edges = network.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  return { nodes, edges, byId };
}
