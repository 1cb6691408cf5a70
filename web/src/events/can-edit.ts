import type { Role } from '../api/generated/graphql';

/**
 * Whether the signed-in user may change an event of a region (and its invitation list), as
 * the API decides it (api/src/auth/region-scope.ts): a viewer never; an editor in the
 * regions given to it, a national event (no region) only with every region. The API still
 * checks every change; this only keeps controls that would be refused off the page.
 */
export interface EditorScope {
  role: Role;
  allRegions: boolean;
  regionCodes: readonly string[];
}

export function canEditEvent(user: EditorScope, regionCode: string | null): boolean {
  if (user.role === 'viewer') return false;
  if (user.allRegions) return true;
  return regionCode !== null && user.regionCodes.includes(regionCode);
}
