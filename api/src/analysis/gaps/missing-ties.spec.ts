import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profiles/profile.schema';
import { actor, tie } from '../testing/build-network';
import { gapsOf, TEST_PROFILE_INPUT } from '../testing/gap-helpers';

const association = (id: string) =>
  actor(id, 'ngo', { tags: ['immigrant_association'], name: `Yhdistys ${id}` });

/** Media and two immigrant associations, linked only through the municipality. */
const actors = [
  actor('paper', 'media', { name: 'Kainuun Sanomat' }),
  actor('city', 'authority_local', { name: 'Kajaanin kaupunki' }),
  association('somali'),
  association('ukraine'),
  actor('police', 'police'),
];
const relationships = [tie('paper', 'city'), tie('city', 'somali', 3), tie('somali', 'ukraine')];

describe('missingTieGaps', () => {
  it('reports media and immigrant associations with no tie between them', async () => {
    const [gap, ...rest] = await gapsOf('missing_tie', { actors, relationships });
    expect(rest).toEqual([]);
    expect(gap).toMatchObject({
      id: 'missing_tie:immigrant_associations:media',
      severity: 'high',
      weight: 1.5,
      groups: ['media', 'immigrant_associations'],
      categories: ['media', 'ngo'],
      dimensions: ['attitudes', 'interaction'],
      scope: { regionCode: '18', municipalityCodes: [] },
    });
    expect(gap.explanation).toEqual({
      fi: 'Ryhmien media ja maahanmuuttajayhdistykset välillä ei ole yhtään yhteyttä. Yhteys olisi tärkeä osa-alueille asenteet ja vuorovaikutus. Miksi.',
      sv: 'Det finns inga band mellan medier och invandrarföreningar. Ett band skulle vara viktigt för attityder och interaktion. Varför.',
      en: 'No tie between media and immigrant associations. A tie would matter for attitudes and interaction. Why.',
    });
  });

  it('suggests members of either group, those two steps from the other first', async () => {
    const [gap] = await gapsOf('missing_tie', { actors, relationships });
    const ids = gap.suggestions.map((s) => s.actorId);
    expect(ids.sort()).toEqual(['paper', 'somali', 'ukraine']);
    const paper = gap.suggestions.find((s) => s.actorId === 'paper')!;
    expect(paper.reason.en).toContain(
      'already two steps from immigrant associations through a shared partner',
    );
    const ukraine = gap.suggestions.find((s) => s.actorId === 'ukraine')!;
    expect(ukraine.reason.en).not.toContain('two steps');
  });

  it('is silent once a single tie links the two groups', async () => {
    const gaps = await gapsOf('missing_tie', {
      actors,
      relationships: [...relationships, tie('ukraine', 'paper', 1)],
    });
    expect(gaps).toEqual([]);
  });

  it('is silent when one of the groups has no actor in the scope (a coverage gap instead)', async () => {
    const gaps = await gapsOf('missing_tie', {
      actors: actors.filter((a) => a.category !== 'media'),
      relationships: relationships.filter((r) => r.sourceId !== 'paper'),
    });
    expect(gaps).toEqual([]);
  });

  it('does not count an actor in both groups as a tie between them', async () => {
    const both = actor('radio', 'media', { tags: ['immigrant_association'] });
    // A media actor tagged as an association, with no ties: the groups are still apart.
    const profile = parseProfile({
      ...TEST_PROFILE_INPUT,
      groups: TEST_PROFILE_INPUT.groups.map((g) =>
        g.id === 'immigrant_associations'
          ? { ...g, anyOf: [{ categories: ['ngo', 'media'], tags: ['immigrant_association'] }] }
          : g,
      ),
    });
    const gaps = await gapsOf('missing_tie', { actors: [both], relationships: [] }, profile);
    expect(gaps).toHaveLength(1);
  });

  it('checks every pair when asked, weighing the dimensions the two groups share', async () => {
    const profile = parseProfile({
      ...TEST_PROFILE_INPUT,
      groups: TEST_PROFILE_INPUT.groups.map((g) =>
        g.id === 'media' ? { ...g, dimensions: { attitudes: 1, interaction: 0.5 } } : g,
      ),
      tiePairs: [],
      checkAllGroupPairs: true,
    });
    const gaps = await gapsOf('missing_tie', { actors, relationships }, profile);
    // Media shares interaction (min 0.5) with NGOs and with associations, and is tied to
    // neither. Police works on safety only, which no other group does: its pairs weigh 0.
    // NGOs and associations share two dimensions but are tied.
    expect(gaps.map((g) => [g.id, g.weight, g.severity, g.dimensions])).toEqual([
      ['missing_tie:immigrant_associations:media', 0.5, 'low', ['interaction']],
      ['missing_tie:media:ngos', 0.5, 'low', ['interaction']],
    ]);
  });
});
