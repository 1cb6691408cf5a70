import type { Prng } from '../prng';
import type { Category, RelationshipType } from '../vocabulary';

const AUTHORITIES: ReadonlySet<Category> = new Set([
  'authority_local',
  'authority_regional',
  'authority_state',
]);
/** Who receives grants from authorities. */
const GRANTEES: ReadonlySet<Category> = new Set(['ngo', 'community', 'education', 'religious']);
/** Bodies that have members: umbrella organisations, unions, parties. */
const UMBRELLAS: ReadonlySet<Category> = new Set([
  'ngo',
  'labour_market',
  'political',
  'community',
]);
/** Bodies made of units (a school of a municipality's education services, a police station). */
const HIERARCHIES: ReadonlySet<Category> = new Set([
  'authority_local',
  'authority_regional',
  'police',
  'education',
  'religious',
]);

export interface TypedTie {
  readonly type: RelationshipType;
  /** True when the directed tie runs from the second actor to the first. */
  readonly reversed: boolean;
}

// Shared results: this runs once per tie, 250,000 times for a national network.
const PART_OF: TypedTie = { type: 'PART_OF', reversed: false };
const FUNDS: TypedTie = { type: 'FUNDS', reversed: false };
const FUNDED_BY: TypedTie = { type: 'FUNDS', reversed: true };
const MEMBER_OF: TypedTie = { type: 'MEMBER_OF', reversed: false };
const COMMUNICATES: TypedTie = { type: 'COMMUNICATES_WITH', reversed: false };
const COOPERATES: TypedTie = { type: 'COOPERATES_WITH', reversed: false };

/**
 * Picks a type that makes sense for the two categories: money flows from authorities to
 * civil society, members join umbrellas, units are part of a body of their own kind, and
 * everything else cooperates or, with the media, communicates.
 */
export function chooseType(prng: Prng, a: Category, b: Category): TypedTie {
  const r = prng.next();
  if (a === b && HIERARCHIES.has(a) && r < 0.12) return PART_OF;
  if (AUTHORITIES.has(a) && GRANTEES.has(b) && r < 0.25) return FUNDS;
  if (AUTHORITIES.has(b) && GRANTEES.has(a) && r < 0.25) return FUNDED_BY;
  if (!AUTHORITIES.has(a) && UMBRELLAS.has(b) && a !== 'media' && r > 0.85) {
    return MEMBER_OF;
  }
  if (a === 'media' || b === 'media' || r < 0.25) {
    return COMMUNICATES;
  }
  return COOPERATES;
}
