import { describe, expect, it } from 'vitest';
import { currentRegionScope, regionScope, regionScopeKey } from './region-scope';
import { runAs } from './request-context';

describe('region scope', () => {
  it('lets a regional user see their regions and national records, and edit only their regions', () => {
    const scope = regionScope(['18', '17']);
    expect(scope.canSee('18')).toBe(true);
    expect(scope.canSee(null)).toBe(true);
    expect(scope.canSee('01')).toBe(false);
    expect(scope.canEdit('17')).toBe(true);
    expect(scope.canEdit(null)).toBe(false);
    expect(scope.canEdit('01')).toBe(false);
    expect(regionScopeKey(scope)).toBe('17,18');
  });

  it('has no limit for all-region users and outside requests', () => {
    const all = { userId: 'u', email: 'a@x.fi', role: 'editor' as const, regions: 'all' as const };
    expect(runAs(all, () => currentRegionScope().regions)).toBeNull();
    expect(currentRegionScope().canEdit(null)).toBe(true);
    const kainuu = { ...all, regions: ['18'] };
    expect(runAs(kainuu, () => currentRegionScope().canSee('01'))).toBe(false);
    expect(runAs(kainuu, () => regionScopeKey())).toBe('18');
  });
});
