/**
 * The domain's closed vocabularies, kept in the lowest package of the dependency graph so
 * the API (which re-exports them from api/src/domain, with their fi/sv/en labels), the demo
 * and the generator share one list.
 */
export const CATEGORIES = [
  'authority_local',
  'authority_regional',
  'authority_state',
  'police',
  'advisory_board',
  'political',
  'religious',
  'community',
  'media',
  'education',
  'ngo',
  'employer',
  'labour_market',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DIMENSIONS = ['attitudes', 'safety', 'interaction', 'participation'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const RELATIONSHIP_TYPES = [
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
  'MEMBER_OF',
  'FUNDS',
  'PART_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A symmetric tie has no direction: A–B and B–A are the same tie. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set([
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
]);

export const LEGAL_BASES = ['public_task', 'consent', 'legitimate_interest'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Tag that marks an NGO as an immigrant association (maahanmuuttajayhdistys). */
export const IMMIGRANT_ASSOCIATION_TAG = 'immigrant_association';
