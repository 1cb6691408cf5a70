import { describe, expect, it } from 'vitest';
import { actor, tie } from '../testing/build-network';
import { gapsOf } from '../testing/gap-helpers';

/**
 * Kainuu (18): Kajaani (205) has everything the test profile asks for; Sotkamo (765) has one
 * NGO where two are asked for; Paltamo (578) has only an employer; Kuhmo (290) and
 * Suomussalmi (777) have none.
 */
const actors = [
  actor('police', 'police', { muni: null }),
  actor('media', 'media'),
  actor('ngo1', 'ngo'),
  actor('ngo2', 'ngo'),
  actor('ngo3', 'ngo', { muni: '765' }),
  actor('employer', 'employer', { muni: '578' }),
];
const relationships = [tie('police', 'media'), tie('media', 'ngo1'), tie('ngo1', 'ngo2')];

describe('categoryCoverageGaps', () => {
  it('reports a municipality with fewer NGOs than the profile’s minimum', async () => {
    const gaps = await gapsOf('category_coverage', { actors, relationships });
    const sotkamo = gaps.find((g) => g.id === 'category_coverage:18:765:ngos');
    expect(sotkamo).toMatchObject({
      severity: 'low',
      scope: { regionCode: '18', municipalityCodes: ['765'] },
      groups: ['ngos'],
      categories: ['ngo'],
      dimensions: ['interaction', 'participation'],
    });
    expect(sotkamo!.explanation).toEqual({
      fi: 'Sotkamo: ryhmässä järjestöt vain 1 toimija. Profiili ”Testi” edellyttää vähintään 2.',
      sv: 'Sotkamo: bara 1 aktör i gruppen organisationer. Profilen ”Test” kräver minst 2.',
      en: 'Sotkamo: only 1 actor among NGOs. The profile “Test” asks for at least 2.',
    });
  });

  it('reports a municipality with none of a required group, nearest candidates first', async () => {
    const gaps = await gapsOf('category_coverage', { actors, relationships });
    const paltamo = gaps.find((g) => g.id === 'category_coverage:18:578:ngos')!;
    expect(paltamo.severity).toBe('medium');
    expect(paltamo.explanation.en).toBe(
      'Paltamo: no NGOs. The profile “Test” asks for at least 2.',
    );
    // Kajaani and Sotkamo are in Paltamo's sub-region: all three NGOs are neighbours.
    expect(paltamo.suggestions.map((s) => s.actorId).sort()).toEqual(['ngo1', 'ngo2', 'ngo3']);
    expect(paltamo.suggestions[0].reason.en).toMatch(
      /^neighbouring municipality: (Kajaani|Sotkamo)/,
    );
  });

  it('does not report what Kajaani has, nor municipalities without any actor', async () => {
    const gaps = await gapsOf('category_coverage', { actors, relationships });
    expect(gaps.filter((g) => g.scope.municipalityCodes.includes('205'))).toEqual([]);
    expect(gaps.filter((g) => g.scope.municipalityCodes.includes('290'))).toEqual([]);
    // Police and media are checked per region only, and the region has them.
    expect(gaps.map((g) => g.id).sort()).toEqual([
      'category_coverage:18:578:ngos',
      'category_coverage:18:765:ngos',
    ]);
  });

  it('reports a region without police once, not again for each municipality', async () => {
    const noPolice = actors.filter((a) => a.id !== 'police');
    const oulu = actor('oulu-police', 'police', {
      muni: '564',
      region: '17',
      name: 'Oulun poliisilaitos',
    });
    const gaps = await gapsOf('category_coverage', {
      actors: noPolice,
      relationships: relationships.filter((r) => r.sourceId !== 'police'),
      surroundings: { actors: [...noPolice, oulu], relationships: [] },
    });
    const police = gaps.filter((g) => g.groups[0] === 'police');
    expect(police).toHaveLength(1);
    expect(police[0]).toMatchObject({ id: 'category_coverage:18:-:police', severity: 'high' });
    expect(police[0].explanation.fi).toBe(
      'Kainuu: ei yhtään toimijaa ryhmästä poliisi. Profiili ”Testi” edellyttää vähintään 1.',
    );
    expect(police[0].explanation.sv).toMatch(/^Kajanaland: ingen aktör i gruppen polisen/);
    expect(police[0].suggestions).toEqual([expect.objectContaining({ actorId: 'oulu-police' })]);
    expect(police[0].suggestions[0].reason.en).toMatch(/^another region: Pohjois-Pohjanmaa/);
  });

  it('does not check groups a category-limited scope cannot hold', async () => {
    const gaps = await gapsOf('category_coverage', {
      actors: actors.filter((a) => a.category === 'ngo'),
      relationships: [],
      scope: { regionCode: '18', categories: ['ngo'] },
    });
    expect(gaps.every((g) => g.groups[0] === 'ngos')).toBe(true);
  });
});
