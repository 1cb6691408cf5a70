import { describe, expect, it } from 'vitest';
import { actor, tie } from '../testing/build-network';
import { gapsOf } from '../testing/gap-helpers';

describe('isolatedActorGaps', () => {
  const actors = [
    actor('city', 'authority_local', { dims: ['participation'] }),
    actor('school', 'education', { dims: ['attitudes'] }),
    actor('club', 'ngo', { dims: ['participation'] }),
    actor('loner', 'ngo', { name: 'Yksinäinen ry', dims: ['participation'] }),
  ];
  const relationships = [tie('city', 'school'), tie('school', 'club')];

  it('reports an actor with no ties, and suggests partners working on the same dimensions', async () => {
    const [gap, ...rest] = await gapsOf('isolated_actor', { actors, relationships });
    expect(rest).toEqual([]);
    expect(gap).toMatchObject({
      id: 'isolated_actor:loner',
      severity: 'medium',
      actorIds: ['loner'],
      scope: { regionCode: '18', municipalityCodes: ['205'] },
    });
    expect(gap.explanation.fi).toBe(
      'Toimijalla Yksinäinen ry ei ole yhteyksiä muihin toimijoihin.',
    );
    expect(gap.suggestions.map((s) => s.actorId)).toHaveLength(3);
    const best = gap.suggestions.filter((s) => s.reason.en.includes('same dimensions'));
    expect(best.map((s) => s.actorId).sort()).toEqual(['city', 'club']);
    expect(best[0].reason.en).toMatch(
      /^in the same municipality; .*works on the same dimensions: participation$/,
    );
  });

  it('is silent when everyone has a tie', async () => {
    const gaps = await gapsOf('isolated_actor', {
      actors,
      relationships: [...relationships, tie('loner', 'club')],
    });
    expect(gaps).toEqual([]);
  });
});

describe('smallComponentGaps', () => {
  const main = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => actor(id, 'ngo'));
  const mainTies = main.slice(1).map((a, i) => tie(main[i].id, a.id));
  const pair = [
    actor('p1', 'religious', { muni: '765' }),
    actor('p2', 'community', { muni: '765' }),
  ];

  it('reports a pair tied only to each other', async () => {
    const gaps = await gapsOf('small_component', {
      actors: [...main, ...pair],
      relationships: [...mainTies, tie('p1', 'p2')],
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      id: 'small_component:p1',
      severity: 'medium',
      actorIds: expect.arrayContaining(['p1', 'p2']),
      scope: { regionCode: '18', municipalityCodes: ['765'] },
      categories: expect.arrayContaining(['religious', 'community']),
    });
    expect(gaps[0].explanation.en).toMatch(
      /^2 actors \((p1 and p2|p2 and p1)\) have ties only among themselves/,
    );
    // Kajaani's actors are the nearest of the main component: same sub-region as Sotkamo.
    expect(gaps[0].suggestions[0].reason.en).toMatch(/^neighbouring municipality: Kajaani/);
  });

  it('calls a split-off tenth of the network high', async () => {
    const trio = ['t1', 't2', 't3'].map((id) => actor(id, 'ngo'));
    const gaps = await gapsOf('small_component', {
      actors: [...main, ...trio],
      relationships: [...mainTies, tie('t1', 't2'), tie('t2', 't3')],
    });
    expect(gaps.map((g) => g.severity)).toEqual(['high']);
  });

  it('is silent on a connected network', async () => {
    expect(await gapsOf('small_component', { actors: main, relationships: mainTies })).toEqual([]);
  });
});

describe('emptyMunicipalityGaps', () => {
  const actors = [
    actor('kajaani', 'authority_local', { muni: '205' }),
    actor('sotkamo', 'authority_local', { muni: '765' }),
    actor('paltamo', 'authority_local', { muni: '578' }),
    actor('kuhmo', 'authority_local', { muni: '290' }),
  ];
  const relationships = [
    tie('kajaani', 'sotkamo'),
    tie('sotkamo', 'paltamo'),
    tie('kajaani', 'kuhmo'),
  ];

  it('reports a municipality of the region with no actors, with neighbours to extend there', async () => {
    const gaps = await gapsOf('empty_municipality', { actors, relationships });
    expect(gaps.map((g) => g.id)).toEqual(['empty_municipality:777']);
    expect(gaps[0].explanation.en).toBe('Suomussalmi: no actors in the register.');
    // Centrality ranks first (Kajaani is the hub); nearness is named in the reason: Kuhmo
    // shares Suomussalmi's sub-region (Kehys-Kainuu), Kajaani is elsewhere in the region.
    const reasons = Object.fromEntries(gaps[0].suggestions.map((s) => [s.actorId, s.reason.fi]));
    expect(gaps[0].suggestions[0].actorId).toBe('kajaani');
    expect(reasons.kajaani).toMatch(/^toinen kunta samassa maakunnassa: Kajaani; keskeisempi kuin/);
    expect(reasons.kuhmo).toMatch(/^naapurikunta: Kuhmo/);
  });

  it('is silent when every municipality has an actor, or without geography', async () => {
    const all = [...actors, actor('suomussalmi', 'ngo', { muni: '777' })];
    expect(await gapsOf('empty_municipality', { actors: all, relationships })).toEqual([]);
    expect(await gapsOf('empty_municipality', { actors, relationships, geography: null })).toEqual(
      [],
    );
  });
});

describe('singleBrokerGaps', () => {
  // Two tight triangles-plus, joined only through the broker b.
  const left = ['l1', 'l2', 'l3', 'l4'].map((id) => actor(id, 'ngo', { name: id.toUpperCase() }));
  const right = ['r1', 'r2', 'r3', 'r4'].map((id) =>
    actor(id, 'religious', { name: id.toUpperCase() }),
  );
  const broker = actor('b', 'authority_local', { name: 'Broker' });
  const clique = (ids: string[]) =>
    ids.flatMap((x, i) => ids.slice(i + 1).map((y) => tie(x, y, 3)));
  const relationships = [
    ...clique(['l1', 'l2', 'l3', 'l4']),
    ...clique(['r1', 'r2', 'r3', 'r4']),
    tie('b', 'l1'),
    tie('b', 'l2'),
    tie('b', 'r1'),
    tie('b', 'r2'),
  ];
  const actors = [...left, ...right, broker];

  it('reports two clusters linked only through one actor, as high when nothing else links them', async () => {
    const gaps = await gapsOf('single_broker', { actors, relationships });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity: 'high', actorIds: ['b'] });
    expect(gaps[0].explanation.en).toMatch(
      /^The cluster around [LR]\d \(\d actors\) and the cluster around [LR]\d \(\d actors\) are linked only through Broker\. Without it they would have no connection at all\.$/,
    );
    expect(gaps[0].explanation.fi).toMatch(
      /^Ryhmittymä, jonka keskeisin toimija on .*, ja ryhmittymä, jonka .*, ovat yhteydessä toisiinsa vain toimijan Broker kautta\./,
    );
    // The broker's neighbours are two steps from the other cluster through the broker?
    // No: routes through the broker do not count. Nobody else is two steps away.
    expect(gaps[0].suggestions.every((s) => !s.reason.en.includes('two steps'))).toBe(true);
    expect(gaps[0].suggestions).toHaveLength(3);
  });

  it('is medium when a longer route through a third cluster remains', async () => {
    const third = ['t1', 't2', 't3', 't4'].map((id) => actor(id, 'media'));
    const gaps = await gapsOf('single_broker', {
      actors: [...actors, ...third],
      relationships: [
        ...relationships,
        ...clique(['t1', 't2', 't3', 't4']),
        tie('l3', 't1'),
        tie('t2', 'r3'),
      ],
    });
    const viaBroker = gaps.filter((g) => g.actorIds.includes('b'));
    expect(viaBroker.map((g) => g.severity)).toEqual(['medium']);
  });

  it('is silent when a second actor also links the clusters', async () => {
    const gaps = await gapsOf('single_broker', {
      actors,
      relationships: [...relationships, tie('l4', 'r4')],
    });
    expect(gaps).toEqual([]);
  });
});
