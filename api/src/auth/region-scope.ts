import { currentPrincipal } from './request-context';

/**
 * What the current request may see and change, by region. An actor, event or plan belongs to
 * its region; one without a region (a ministry, a national NGO) is national: visible to all,
 * changed only by users of all regions. Outside a request (the CLI, the demo seed) there is
 * no principal and no limit.
 */
export interface RegionScope {
  /** null: every region. */
  readonly regions: ReadonlySet<string> | null;
  canSee(regionCode: string | null): boolean;
  canEdit(regionCode: string | null): boolean;
}

const UNLIMITED: RegionScope = {
  regions: null,
  canSee: () => true,
  canEdit: () => true,
};

export function currentRegionScope(): RegionScope {
  const principal = currentPrincipal();
  if (!principal || principal.regions === 'all') return UNLIMITED;
  return regionScope(principal.regions);
}

export function regionScope(codes: readonly string[]): RegionScope {
  const regions = new Set(codes);
  return {
    regions,
    canSee: (regionCode) => regionCode === null || regions.has(regionCode),
    canEdit: (regionCode) => regionCode !== null && regions.has(regionCode),
  };
}

/** Part of a cache key: answers computed for one scope are not served to another. */
export function regionScopeKey(scope: RegionScope = currentRegionScope()): string | null {
  return scope.regions ? [...scope.regions].sort().join(',') : null;
}
