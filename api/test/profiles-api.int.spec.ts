import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const PROFILE_FIELDS = `id builtIn version label { fi } groups { id min levels anyOf { categories tags } dimensions { safety } }
  tiePairs { groups dimensions { attitudes } why { en } } checkAllGroupPairs`;

const labels = (text: string) => ({ fi: text, sv: text, en: text });

/** Schools and the police, each needed in every municipality, and a tie between them. */
const SCHOOL_SAFETY = {
  id: 'school_safety',
  label: labels('Koulut ja turvallisuus'),
  description: labels('Koulujen ja poliisin yhteistyö'),
  groups: [
    {
      id: 'schools',
      label: labels('Koulut'),
      anyOf: [{ categories: ['education'] }],
      min: 1,
      levels: ['municipality'],
      dimensions: { safety: 0.8 },
    },
    {
      id: 'police',
      label: labels('Poliisi'),
      anyOf: [{ categories: ['police'] }],
      min: 1,
      levels: ['municipality'],
    },
  ],
  tiePairs: [
    {
      groups: ['schools', 'police'],
      dimensions: { safety: 1, attitudes: 0.5 },
      why: labels('Safety at school'),
    },
  ],
};

describe('Profiles stored and edited through GraphQL, and used by gaps', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('creates a profile, lists it after the built-in ones, and measures gaps against it', async () => {
    const created = await api.gql(
      `mutation ($input: ProfileInput!) { createProfile(input: $input) { ${PROFILE_FIELDS} } }`,
      { input: SCHOOL_SAFETY },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProfile).toMatchObject({
      id: 'school_safety',
      builtIn: false,
      version: 1,
      groups: [
        { id: 'schools', min: 1, levels: ['municipality'], dimensions: { safety: 0.8 } },
        { id: 'police' },
      ],
      tiePairs: [
        {
          groups: ['schools', 'police'],
          dimensions: { attitudes: 0.5 },
          why: { en: 'Safety at school' },
        },
      ],
      checkAllGroupPairs: false,
    });
    const list = await api.gql(`{ profiles { id builtIn } }`);
    expect(list.data!.profiles).toEqual([
      { id: 'training_target_groups', builtIn: true },
      { id: 'regional_panel', builtIn: true },
      { id: 'school_safety', builtIn: false },
    ]);

    const gaps = await api.gql(
      `{ gaps(scope: { regionCode: "18" }, profileId: "school_safety") { kind groups categories municipalityCodes } }`,
    );
    expect(gaps.errors).toBeUndefined();
    // The demo has police only in Kajaani, Sotkamo and Suomussalmi.
    const policeMissing = gaps.data!.gaps.filter(
      (g: { kind: string; groups: string[] }) =>
        g.kind === 'category_coverage' && g.groups.includes('police'),
    );
    expect(
      policeMissing.flatMap((g: { municipalityCodes: string[] }) => g.municipalityCodes).sort(),
    ).toEqual(['105', '290', '578', '620', '697']);
  });

  it('updates with the current version, refuses a stale one, and deletes', async () => {
    const changed = { ...SCHOOL_SAFETY, label: labels('Koulut, poliisi ja nuoriso') };
    const updated = await api.gql(
      `mutation ($input: ProfileInput!) { updateProfile(id: "school_safety", version: 1, input: $input) { version label { fi } } }`,
      { input: changed },
    );
    expect(updated.data!.updateProfile).toEqual({
      version: 2,
      label: { fi: 'Koulut, poliisi ja nuoriso' },
    });
    const stale = await api.gql(
      `mutation ($input: ProfileInput!) { updateProfile(id: "school_safety", version: 1, input: $input) { version } }`,
      { input: changed },
    );
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const deleted = await api.gql(`mutation { deleteProfile(id: "school_safety", version: 2) }`);
    expect(deleted.data!.deleteProfile).toBe('school_safety');
    expect((await api.gql(`{ profile(id: "school_safety") { id } }`)).data!.profile).toBeNull();
  });

  it('refuses a profile that breaks the schema, naming the field, and the built-in ids', async () => {
    const badTie = {
      ...SCHOOL_SAFETY,
      id: 'broken',
      tiePairs: [{ groups: ['schools', 'nobody'], dimensions: {} }],
    };
    const res = await api.gql(
      `mutation ($input: ProfileInput!) { createProfile(input: $input) { id } }`,
      { input: badTie },
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'tiePairs.0.groups.1', rule: 'group_exists' }],
    });

    const badId = await api.gql(
      `mutation ($input: ProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { ...SCHOOL_SAFETY, id: 'Not A Slug' } },
    );
    expect(badId.errors![0].extensions).toMatchObject({ issues: [{ field: 'id' }] });

    const builtIn = await api.gql(
      `mutation ($input: ProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { ...SCHOOL_SAFETY, id: 'regional_panel' } },
    );
    expect(builtIn.errors![0].extensions).toMatchObject({
      issues: [{ field: 'id', rule: 'built_in' }],
    });
    expect((await api.gql(`{ profiles { id } }`)).data!.profiles).toHaveLength(2);
  });
});
