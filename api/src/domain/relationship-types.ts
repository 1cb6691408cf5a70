import { RELATIONSHIP_TYPES, SYMMETRIC_TYPES, type RelationshipType } from '@verkosto/graph-seed';

/**
 * The allow-list of relationship types (kept in graph-seed with the other vocabularies). It
 * doubles as the allow-list of Neo4j relationship types: nothing else is ever interpolated
 * into Cypher. COOPERATES_WITH and COMMUNICATES_WITH are symmetric.
 */
export { RELATIONSHIP_TYPES, SYMMETRIC_TYPES, type RelationshipType };

export function isSymmetric(type: RelationshipType): boolean {
  return SYMMETRIC_TYPES.has(type);
}

export const MIN_STRENGTH = 1;
export const MAX_STRENGTH = 3;
