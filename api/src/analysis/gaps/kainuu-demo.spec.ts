import { buildKainuuDemo, readGeography } from '@verkosto/graph-seed';
import { describe, expect, it } from 'vitest';
import type { Gap } from '../analysis.types';
import { builtInProfile } from '../profiles/built-in-profiles';
import { kainuuInput } from '../testing/kainuu';
import { findGaps } from './find-gaps';

/**
 * The gaps and suggestions on graph-seed's Kainuu demo, whose designed gaps and structure
 * are described in graph-seed/demo/kainuu/README.md (and pinned by its own tests there).
 */
const geography = readGeography();
const network = kainuuInput(buildKainuuDemo(), geography);
const id = (key: string) => `kai-a-${key}`;

async function gaps(profileId: string): Promise<Map<string, Gap>> {
  const profile = builtInProfile(profileId)!;
  const list = await findGaps(
    { ...network, scope: { regionCode: '18' }, geography, options: { threads: 1 } },
    profile,
  );
  return new Map(list.map((g) => [g.id, g]));
}

describe('findGaps on the Kainuu demo', () => {
  it('finds the designed media/immigrant-association gap and suggests who can bridge it', async () => {
    const found = await gaps('training_target_groups');
    const gap = found.get('missing_tie:immigrant_associations:local_media')!;
    expect(gap.severity).toBe('high');
    expect(gap.suggestions).toHaveLength(3);
    // Media already talk to the multicultural centre, which works with the associations.
    const bridging = gap.suggestions.filter((s) => s.reason.en.includes('two steps'));
    expect(bridging.length).toBeGreaterThan(0);
    expect(found.has('missing_tie:etno:local_authorities')).toBe(true);
  });

  it('finds the designed structural gaps', async () => {
    const found = await gaps('training_target_groups');
    expect(found.has(`isolated_actor:${id('elakelaiset-ristijarvi')}`)).toBe(true);
    expect(
      found.get(`isolated_actor:${id('kiinalainen-seura')}`)!.suggestions[0].reason.en,
    ).toMatch(/^in the same municipality/);
    expect(found.get(`small_component:${id('puolanka-kerho')}`)!.actorIds.sort()).toEqual([
      id('puolanka-kerho'),
      id('puolanka-kotiseutu'),
    ]);
    const spof = [...found.values()].find(
      (g) => g.kind === 'single_broker' && g.actorIds[0] === id('kiannan-apu'),
    )!;
    expect(spof.severity).toBe('high');
    expect(spof.actorIds.slice(1).sort()).toEqual(
      [id('kasityopiiri'), id('lauantaikoulu'), id('ukrainalaiset-suomussalmi')].sort(),
    );
  });

  it('suggests neighbouring media for the municipalities without any', async () => {
    const found = await gaps('training_target_groups');
    for (const muni of ['578', '620', '697', '105']) {
      const gap = found.get(`category_coverage:18:${muni}:local_media`)!;
      expect(gap.severity, muni).toBe('medium');
      expect(gap.suggestions.length, muni).toBe(3);
    }
    // Paltamo (Kajaani sub-region): all three suggestions are media of its neighbours.
    const paltamo = found.get('category_coverage:18:578:local_media')!;
    for (const s of paltamo.suggestions)
      expect(s.reason.en).toMatch(/^neighbouring municipality: /);
    expect(found.has('category_coverage:18:105:ngos')).toBe(true);
    expect(found.has('category_coverage:18:205:local_media')).toBe(false);
  });

  it('asks for police where the regional panel has none, pointing to the nearest station', async () => {
    const found = await gaps('regional_panel');
    const kuhmo = found.get('category_coverage:18:290:police')!;
    expect(kuhmo.explanation.fi).toBe(
      'Kuhmo: ei yhtään toimijaa ryhmästä poliisi. Profiili ”Alueellinen paneeli” edellyttää vähintään 1.',
    );
    const suomussalmi = kuhmo.suggestions.find((s) => s.actorId === id('poliisi-suomussalmi'));
    expect(suomussalmi?.reason.en).toMatch(/^neighbouring municipality: Suomussalmi/);
    for (const muni of ['205', '765', '777'])
      expect(found.has(`category_coverage:18:${muni}:police`)).toBe(false);
  });

  it('has a suggestion for every gap that can have one', async () => {
    const found = await gaps('training_target_groups');
    const without = [...found.values()].filter(
      (g) => g.kind !== 'dimension_coverage' && g.suggestions.length === 0,
    );
    expect(without.map((g) => g.id)).toEqual([]);
  });
});
