import type { AnalysisActor, AnalysisScope, AnalysisTie, Gap, GapKind } from '../analysis.types';
import { findGaps } from '../gaps/find-gaps';
import { parseProfile, type Profile, type ProfileInput } from '../profiles/profile.schema';
import { TEST_GEOGRAPHY } from './test-geography';

/**
 * A small profile for rule tests: police (region), at least two NGOs (region and
 * municipality), media (region), immigrant associations (named for ties only), and the tie
 * that matters most, media x immigrant associations.
 */
export const TEST_PROFILE_INPUT: ProfileInput = {
  id: 'test_profile',
  version: 1,
  label: { fi: 'Testi', sv: 'Test', en: 'Test' },
  description: { fi: 'Testiprofiili', sv: 'Testprofil', en: 'Test profile' },
  groups: [
    {
      id: 'police',
      label: { fi: 'poliisi', sv: 'polisen', en: 'police' },
      anyOf: [{ categories: ['police'] }],
      levels: ['region'],
      dimensions: { safety: 1 },
    },
    {
      id: 'ngos',
      label: { fi: 'järjestöt', sv: 'organisationer', en: 'NGOs' },
      anyOf: [{ categories: ['ngo'] }],
      min: 2,
      dimensions: { interaction: 1, participation: 1 },
    },
    {
      id: 'media',
      label: { fi: 'media', sv: 'medier', en: 'media' },
      anyOf: [{ categories: ['media'] }],
      levels: ['region'],
      dimensions: { attitudes: 1 },
    },
    {
      id: 'immigrant_associations',
      label: {
        fi: 'maahanmuuttajayhdistykset',
        sv: 'invandrarföreningar',
        en: 'immigrant associations',
      },
      anyOf: [{ categories: ['ngo'], tags: ['immigrant_association'] }],
      min: 0,
      dimensions: { interaction: 1, participation: 1 },
    },
  ],
  tiePairs: [
    {
      groups: ['media', 'immigrant_associations'],
      dimensions: { attitudes: 1, interaction: 0.5 },
      why: { fi: 'Miksi.', sv: 'Varför.', en: 'Why.' },
    },
  ],
};

export const TEST_PROFILE: Profile = parseProfile(TEST_PROFILE_INPUT);

export interface NetworkCase {
  actors: AnalysisActor[];
  relationships: AnalysisTie[];
  scope?: AnalysisScope;
  surroundings?: { actors: AnalysisActor[]; relationships: AnalysisTie[] };
  geography?: typeof TEST_GEOGRAPHY | null;
}

/** The gaps of one kind, on one thread, with the test geography unless told otherwise. */
export async function gapsOf(
  kind: GapKind,
  network: NetworkCase,
  profile: Profile = TEST_PROFILE,
): Promise<Gap[]> {
  const gaps = await findGaps(
    {
      actors: network.actors,
      relationships: network.relationships,
      scope: network.scope ?? { regionCode: '18' },
      geography: network.geography === undefined ? TEST_GEOGRAPHY : network.geography,
      surroundings: network.surroundings ?? null,
      options: { threads: 1 },
    },
    profile,
  );
  return gaps.filter((g) => g.kind === kind);
}
