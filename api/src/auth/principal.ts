import type { RegionCode } from './region-code';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The signed-in user a request acts for. `regions` is 'all' or the region codes the user
 * may see; an actor, person, tie or event outside them is, for this user, not there.
 */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  regions: 'all' | readonly RegionCode[];
}
