import { describe, expect, it } from 'vitest';
import { actor, tie } from '../testing/build-network';
import { gapsOf } from '../testing/gap-helpers';

const actors = [
  actor('school', 'education', { dims: ['attitudes', 'interaction'] }),
  actor('club', 'ngo', { dims: ['interaction', 'participation'] }),
  actor('city', 'authority_local', {
    dims: ['participation', 'attitudes'],
    name: 'Kajaanin kaupunki',
  }),
];
const relationships = [tie('school', 'club'), tie('club', 'city')];

describe('dimensionCoverageGaps', () => {
  it('reports a dimension no actor in the scope works on, with actors outside who do', async () => {
    const police = actor('police', 'police', { muni: '564', region: '17', dims: ['safety'] });
    const gaps = await gapsOf('dimension_coverage', {
      actors,
      relationships,
      surroundings: { actors: [...actors, police], relationships },
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      id: 'dimension_coverage:safety',
      severity: 'high',
      dimensions: ['safety'],
      suggestions: [expect.objectContaining({ actorId: 'police' })],
    });
    expect(gaps[0].explanation).toEqual({
      fi: 'Yksikään toimija ei työskentele osa-alueella turvallisuuden tunne.',
      sv: 'Ingen aktör arbetar med trygghetskänsla.',
      en: 'No actor works on sense of safety.',
    });
  });

  it('reports, as low, a dimension that hangs on one actor', async () => {
    const gaps = await gapsOf('dimension_coverage', {
      actors: [...actors, actor('police', 'police', { dims: ['safety'], name: 'Poliisi' })],
      relationships,
    });
    expect(gaps.map((g) => [g.id, g.severity, g.actorIds])).toEqual([
      ['dimension_coverage:safety', 'low', ['police']],
    ]);
    expect(gaps[0].explanation.en).toBe(
      'Only Poliisi works on sense of safety: the work hangs on one actor.',
    );
  });

  it('is silent when at least two actors work on every dimension', async () => {
    const both = [
      ...actors,
      actor('p1', 'police', { dims: ['safety'] }),
      actor('p2', 'police', { dims: ['safety'] }),
    ];
    expect(await gapsOf('dimension_coverage', { actors: both, relationships })).toEqual([]);
  });
});
