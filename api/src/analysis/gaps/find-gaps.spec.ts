import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../analyse-network';
import { actor, tie } from '../testing/build-network';
import { TEST_PROFILE } from '../testing/gap-helpers';
import { TEST_GEOGRAPHY } from '../testing/test-geography';
import { findGaps } from './find-gaps';

describe('findGaps', () => {
  const actors = [
    actor('paper', 'media', { dims: ['attitudes'] }),
    actor('assoc', 'ngo', { tags: ['immigrant_association'], dims: ['participation'] }),
    actor('loner', 'ngo', { muni: '765', dims: ['interaction'] }),
  ];
  const relationships = [tie('paper', 'assoc')];

  it('lists the most severe gaps first, then the weightier, then by id', async () => {
    const gaps = await findGaps(
      {
        actors,
        relationships,
        scope: { regionCode: '18' },
        geography: TEST_GEOGRAPHY,
        options: { threads: 1 },
      },
      TEST_PROFILE,
    );
    const order = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < gaps.length; i++) {
      const [a, b] = [gaps[i - 1], gaps[i]];
      expect(
        order[a.severity] < order[b.severity] ||
          (a.severity === b.severity && a.weight >= b.weight),
      ).toBe(true);
    }
    expect(gaps[0]).toMatchObject({ id: 'category_coverage:18:-:police', severity: 'high' });
    expect(new Set(gaps.map((g) => g.kind))).toEqual(
      new Set(['category_coverage', 'isolated_actor', 'empty_municipality', 'dimension_coverage']),
    );
  });

  it('gives every gap its explanation in Finnish, Swedish and English', async () => {
    const gaps = await findGaps(
      {
        actors,
        relationships,
        scope: { regionCode: '18' },
        geography: TEST_GEOGRAPHY,
        options: { threads: 1 },
      },
      TEST_PROFILE,
    );
    for (const gap of gaps) {
      for (const text of Object.values(gap.explanation)) expect(text.length).toBeGreaterThan(10);
      expect(gap.explanation.fi).not.toBe(gap.explanation.en);
    }
  });

  it('reuses an analysis it is given instead of running its own', async () => {
    const analysis = await analyseNetwork({ actors, relationships, options: { threads: 1 } });
    // Doctor the given analysis: if findGaps reads it, 'paper' now looks isolated.
    analysis.actors[0] = { ...analysis.actors[0], degree: 0 };
    const gaps = await findGaps(
      { actors, relationships, analysis, geography: TEST_GEOGRAPHY, scope: { regionCode: '18' } },
      TEST_PROFILE,
    );
    expect(gaps.map((g) => g.id)).toContain('isolated_actor:paper');
  });
});
