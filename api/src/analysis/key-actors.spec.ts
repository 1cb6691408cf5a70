import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analyse-network';
import { keyActors } from './key-actors';
import { actor, tie } from './testing/build-network';
import { readReferenceGraph, referenceInput } from './testing/reference-graphs';

/** A hub tied to five actors of five categories, two of which also form a triangle with x. */
const actors = [
  actor('hub', 'ngo', { name: 'Hub' }),
  actor('p', 'police', { name: 'Poliisi' }),
  actor('m', 'media', { name: 'Media' }),
  actor('e', 'education', { name: 'Opisto' }),
  actor('r', 'religious', { name: 'Seurakunta' }),
  actor('l', 'authority_local', { name: 'Kunta' }),
  actor('x', 'media', { name: 'Xmedia' }),
  actor('alone', 'employer', { name: 'Alone' }),
];
const relationships = [
  tie('hub', 'p', 3),
  tie('hub', 'm'),
  tie('hub', 'e'),
  tie('hub', 'r'),
  tie('hub', 'l'),
  tie('p', 'x', 1),
  tie('m', 'x', 1),
];
const analysis = () => analyseNetwork({ actors, relationships, options: { threads: 1 } });

describe('keyActors', () => {
  it('ranks by degree with shared ranks for equal values, and leaves out actors at 0', async () => {
    const ranked = keyActors(await analysis(), actors, 'DEGREE', 20);
    expect(ranked.map((k) => [k.actor.id, k.value, k.rank])).toEqual([
      ['hub', 5, 1],
      ['m', 2, 2],
      ['p', 2, 2],
      ['x', 2, 2],
      ['l', 1, 5],
      ['e', 1, 5],
      ['r', 1, 5],
    ]);
  });

  it('stops at the limit', async () => {
    expect(keyActors(await analysis(), actors, 'PAGERANK', 3)).toHaveLength(3);
  });

  it('explains betweenness as a share of shortest paths, in three languages', async () => {
    const [top] = keyActors(await analysis(), actors, 'BETWEENNESS', 1);
    expect(top.actor.id).toBe('hub');
    // Of the 15 pairs among p, m, e, r, l and x, hub is on the shortest path of 13 (all but
    // x-p and x-m): 13 / C(7, 2) with n = 8 actors, = 26 / 42.
    expect(top.value).toBeCloseTo(26 / 42, 12);
    expect(top.reason.en).toBe(
      'on 62% of the shortest paths between other actors; connects 6 categories',
    );
    expect(top.reason.fi).toBe(
      '62\u00a0% muiden toimijoiden välisistä lyhimmistä poluista kulkee sen kautta; yhdistää 6 toimijaluokkaa',
    );
    expect(top.reason.sv).toBe(
      'ligger på 62\u00a0% av de kortaste vägarna mellan andra aktörer; förbinder 6 kategorier',
    );
  });

  it('says "about" when betweenness was sampled', async () => {
    const sampled = await analyseNetwork({
      actors,
      relationships,
      options: { threads: 1, betweenness: 'sampled' },
    });
    // A 7-actor component is small enough to be done exactly even in sampled mode.
    expect(sampled.betweenness.mode).toBe('exact');
    const fake = { ...sampled, betweenness: { mode: 'sampled' as const, sources: 3 } };
    expect(keyActors(fake, actors, 'BETWEENNESS', 1)[0].reason.en).toMatch(/^on about 62%/);
  });

  it('ranks brokers by categories connected, then by clusters touched', async () => {
    const ranked = keyActors(await analysis(), actors, 'BROKERAGE', 3);
    expect(ranked[0].actor.id).toBe('hub');
    expect(ranked[0].value).toBe(6);
    expect(ranked[0].reason.en).toMatch(/^connects 6 categories and \d clusters?; on 62% of/);
    expect(ranked[0].reason.fi).toMatch(/^yhdistää 6 toimijaluokkaa ja \d ryhmittymä/);
  });

  it('words core, closeness, eigenvector, PageRank and strength plainly', async () => {
    const a = await analysis();
    const first = (m: Parameters<typeof keyActors>[2]) => keyActors(a, actors, m, 1)[0];
    expect(first('KCORE').reason.en).toMatch(
      /^in the tightly knit core where every actor has at least 2 ties to others in it/,
    );
    expect(first('CLOSENESS').reason.en).toMatch(
      /^closer to the rest of the network than 100% of the other actors/,
    );
    expect(first('EIGENVECTOR').reason.fi).toMatch(
      /suurempi kuin 100 prosentilla muista toimijoista/,
    );
    expect(first('PAGERANK').reason.sv).toMatch(/^PageRank \d+,\d gånger genomsnittet/);
    expect(first('WEIGHTED_DEGREE').reason.en).toMatch(/^ties of total strength 11 to 5 actors/);
  });

  it('matches the karate club’s best-known broker, the instructor (node 0)', async () => {
    const graph = readReferenceGraph('karate');
    const input = referenceInput(graph);
    const a = await analyseNetwork({ ...input, options: { weighted: false, threads: 1 } });
    const top = keyActors(a, input.actors, 'BETWEENNESS', 2);
    expect(top.map((k) => k.actor.id)).toEqual(['0', '33']);
    expect(top[0].value).toBeCloseTo(graph.reference.unweighted.networkx.betweenness['0'], 12);
  });
});
