/**
 * The allow-list of relationship types. It doubles as the allow-list of Neo4j relationship
 * types: nothing else is ever interpolated into Cypher.
 */
export const RELATIONSHIP_TYPES = [
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
  'MEMBER_OF',
  'FUNDS',
  'PART_OF',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Symmetric ties have no direction: A cooperates with B is the same tie as B with A. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set([
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
]);

export function isSymmetric(type: RelationshipType): boolean {
  return SYMMETRIC_TYPES.has(type);
}

export const MIN_STRENGTH = 1;
export const MAX_STRENGTH = 3;
