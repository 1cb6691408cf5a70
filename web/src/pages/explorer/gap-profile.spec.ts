import { describe, expect, it } from 'vitest';
import { chooseGapProfile } from './gap-profile';

const PROFILES = [{ id: 'training_target_groups' }, { id: 'panel' }];

describe('chooseGapProfile', () => {
  it('takes the first profile when the link names none, the default before the list is in', () => {
    expect(chooseGapProfile(null, undefined, 'fallback')).toEqual({
      id: 'fallback',
      missing: false,
    });
    expect(chooseGapProfile(null, PROFILES, 'fallback')).toEqual({
      id: 'training_target_groups',
      missing: false,
    });
  });

  it("waits for the list before asking for the link's profile", () => {
    expect(chooseGapProfile('panel', undefined, 'fallback')).toEqual({ id: null, missing: false });
  });

  it("takes the link's profile when it exists", () => {
    expect(chooseGapProfile('panel', PROFILES, 'fallback')).toEqual({
      id: 'panel',
      missing: false,
    });
  });

  it('falls back to the first profile, and says so, when the link names one that is gone', () => {
    expect(chooseGapProfile('deleted', PROFILES, 'fallback')).toEqual({
      id: 'training_target_groups',
      missing: true,
    });
    expect(chooseGapProfile('deleted', [], 'fallback')).toEqual({ id: 'fallback', missing: true });
  });
});
