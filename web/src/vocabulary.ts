import type {
  Category,
  Dimension,
  KeyActorMetric,
  LegalBasis,
  RelationshipType,
} from './api/generated/graphql';

// The API's allow-lists as values (the generated types are types only). A unit test checks
// each list against the committed schema, so a new category cannot be forgotten here.

/** In the order the legend and filters list them: public bodies, society, work. */
export const CATEGORIES: readonly Category[] = [
  'authority_state',
  'authority_regional',
  'authority_local',
  'police',
  'advisory_board',
  'political',
  'religious',
  'community',
  'ngo',
  'media',
  'education',
  'employer',
  'labour_market',
];

export const DIMENSIONS: readonly Dimension[] = [
  'attitudes',
  'safety',
  'interaction',
  'participation',
];

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
  'MEMBER_OF',
  'FUNDS',
  'PART_OF',
];

export const LEGAL_BASES: readonly LegalBasis[] = ['public_task', 'consent', 'legitimate_interest'];

export const KEY_ACTOR_METRICS: readonly KeyActorMetric[] = [
  'DEGREE',
  'WEIGHTED_DEGREE',
  'BETWEENNESS',
  'BROKERAGE',
  'PAGERANK',
  'EIGENVECTOR',
  'CLOSENESS',
  'KCORE',
];
