import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/input-error';
import { TEST_PROFILE_INPUT } from '../testing/gap-helpers';
import { BUILT_IN_PROFILES, builtInProfile } from './built-in-profiles';
import { matchesGroup } from './group-match';
import { parseProfile } from './profile.schema';
import { actor } from '../testing/build-network';

describe('parseProfile', () => {
  it('accepts the two built-in profiles of the training guide', () => {
    expect(BUILT_IN_PROFILES.map((p) => p.id)).toEqual([
      'training_target_groups',
      'regional_panel',
    ]);
    const panel = builtInProfile('regional_panel')!;
    expect(panel.groups.map((g) => g.id)).toEqual([
      'municipal_employee',
      'council_member',
      'police',
      'media_representative',
      'entrepreneur',
      'ngo_worker',
      'community_representative',
    ]);
    const training = builtInProfile('training_target_groups')!;
    expect(training.groups).toHaveLength(11);
    expect(training.tiePairs[0].groups).toEqual(['local_media', 'immigrant_associations']);
  });

  it('fills in defaults: minimum 1, both levels, no tie pairs', () => {
    const profile = parseProfile({
      ...TEST_PROFILE_INPUT,
      tiePairs: undefined,
      groups: [{ id: 'x', label: { fi: 'x', sv: 'x', en: 'x' }, anyOf: [{ categories: ['ngo'] }] }],
    });
    expect(profile.groups[0]).toMatchObject({
      min: 1,
      levels: ['region', 'municipality'],
      dimensions: {},
    });
    expect(profile.tiePairs).toEqual([]);
    expect(profile.checkAllGroupPairs).toBe(false);
  });

  it('refuses a tie pair naming a group the profile does not have, saying where', () => {
    const bad = {
      ...TEST_PROFILE_INPUT,
      tiePairs: [{ groups: ['media', 'nobody'], dimensions: { attitudes: 1 } }],
    };
    expect(() => parseProfile(bad)).toThrow(InputError);
    try {
      parseProfile(bad);
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        {
          field: 'tiePairs.0.groups.1',
          rule: 'group_exists',
          message: 'is not a group of this profile',
        },
      ]);
    }
  });

  it('refuses repeated group ids, unknown categories, weights above 1 and unknown fields', () => {
    const twice = {
      ...TEST_PROFILE_INPUT,
      groups: [TEST_PROFILE_INPUT.groups[0], TEST_PROFILE_INPUT.groups[0]],
      tiePairs: [],
    };
    expect(() => parseProfile(twice)).toThrow(/group police appears twice/);
    const badCategory = {
      ...TEST_PROFILE_INPUT,
      groups: [{ ...TEST_PROFILE_INPUT.groups[0], anyOf: [{ categories: ['wizards'] }] }],
      tiePairs: [],
    };
    expect(() => parseProfile(badCategory)).toThrow(InputError);
    const heavy = {
      ...TEST_PROFILE_INPUT,
      groups: [{ ...TEST_PROFILE_INPUT.groups[0], dimensions: { safety: 2 } }],
      tiePairs: [],
    };
    expect(() => parseProfile(heavy)).toThrow(InputError);
    expect(() => parseProfile({ ...TEST_PROFILE_INPUT, colour: 'red' })).toThrow(InputError);
  });
});

describe('matchesGroup', () => {
  const associations = parseProfile(TEST_PROFILE_INPUT).groups.find(
    (g) => g.id === 'immigrant_associations',
  )!;

  it('matches by category and then by tag or subcategory, ignoring case', () => {
    expect(matchesGroup(actor('a', 'ngo', { tags: ['Immigrant_Association'] }), associations)).toBe(
      true,
    );
    expect(matchesGroup(actor('b', 'ngo', { tags: ['sports'] }), associations)).toBe(false);
    expect(
      matchesGroup(actor('c', 'media', { tags: ['immigrant_association'] }), associations),
    ).toBe(false);
    const training = builtInProfile('training_target_groups')!.groups.find(
      (g) => g.id === 'immigrant_associations',
    )!;
    expect(matchesGroup(actor('d', 'ngo', { sub: 'Maahanmuuttajayhdistys' }), training)).toBe(true);
  });
});
