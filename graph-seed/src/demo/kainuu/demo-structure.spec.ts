import { describe, expect, it } from 'vitest';
import { loadDemoNetwork } from '../../testing/demo-network';
import { betweenness, components } from '../../testing/graph';
import { IMMIGRANT_ASSOCIATION_TAG } from '../../vocabulary';
import { demoActorId } from './build-demo';
import { KAINUU_MUNICIPALITIES } from './kainuu';

/** These tests pin what graph-seed/demo/kainuu/README.md promises about the demo. */
const demo = loadDemoNetwork();
const id = demoActorId;
const { Kajaani, Sotkamo, Kuhmo, Suomussalmi, Paltamo, Puolanka, Ristijärvi, Hyrynsalmi } =
  KAINUU_MUNICIPALITIES;

const inCategory = (category: string) => demo.actors.filter((a) => a.category === category);
const municipalitiesOf = (category: string) =>
  new Set(inCategory(category).map((a) => a.municipality_code));
const tiesBetween = (isA: (a: Record<string, string>) => boolean, isB: typeof isA) =>
  demo.relationships.filter((r) => {
    const [s, t] = [demo.actor(r.source_id), demo.actor(r.target_id)];
    return (isA(s) && isB(t)) || (isA(t) && isB(s));
  });

describe('the Kainuu demo network’s designed gaps', () => {
  it('has no tie between any media actor and any immigrant association', () => {
    const associations = demo.actors.filter((a) =>
      demo.tags(a).includes(IMMIGRANT_ASSOCIATION_TAG),
    );
    expect(associations.length).toBeGreaterThanOrEqual(8);
    const ties = tiesBetween(
      (a) => a.category === 'media',
      (a) => demo.tags(a).includes(IMMIGRANT_ASSOCIATION_TAG),
    );
    expect(ties).toEqual([]);
  });

  it('has no media in Paltamo, Puolanka, Ristijärvi or Hyrynsalmi', () => {
    const media = municipalitiesOf('media');
    expect(media.size).toBeGreaterThan(0);
    for (const code of [Paltamo, Puolanka, Ristijärvi, Hyrynsalmi])
      expect(media.has(code), code).toBe(false);
  });

  it('has religious communities other than Lutheran parishes in Kajaani only', () => {
    const others = inCategory('religious').filter((a) => !a.subcategory.includes('luterilainen'));
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(new Set(others.map((a) => a.municipality_code))).toEqual(new Set([Kajaani]));
  });

  it('has police in Kajaani, Sotkamo and Suomussalmi only', () => {
    expect(municipalitiesOf('police')).toEqual(new Set([Kajaani, Sotkamo, Suomussalmi]));
  });

  it('has labour-market actors in Kajaani and Sotkamo only, and no NGO in Hyrynsalmi, Paltamo or Ristijärvi', () => {
    expect(municipalitiesOf('labour_market')).toEqual(new Set([Kajaani, Sotkamo]));
    for (const code of [Hyrynsalmi, Paltamo, Ristijärvi]) {
      expect(municipalitiesOf('ngo').has(code), code).toBe(false);
    }
  });

  it('has no advisory board (ETNO) tied to any municipality', () => {
    const ties = tiesBetween(
      (a) => a.category === 'advisory_board',
      (a) => a.category === 'authority_local',
    );
    expect(inCategory('advisory_board').length).toBeGreaterThan(0);
    expect(ties).toEqual([]);
  });
});

describe('the Kainuu demo network’s designed structure', () => {
  const parts = components(demo.graph);

  it('is one large component, a pair in Puolanka on its own, and two isolated actors', () => {
    expect(parts.map((c) => c.length)).toEqual([demo.actors.length - 4, 2, 1, 1]);
    expect(new Set(parts[1])).toEqual(new Set([id('puolanka-kerho'), id('puolanka-kotiseutu')]));
    expect(new Set(parts.slice(2).flat())).toEqual(
      new Set([id('elakelaiset-ristijarvi'), id('kiinalainen-seura')]),
    );
  });

  it('reaches Suomussalmi’s Ukrainian community only through Kiannan Kotoutumisapu', () => {
    const community = [id('ukrainalaiset-suomussalmi'), id('kasityopiiri'), id('lauantaikoulu')];
    expect(parts[0]).toEqual(expect.arrayContaining(community));
    const cut = components(demo.graph, new Set([id('kiannan-apu')]));
    expect(cut).toContainEqual(expect.arrayContaining(community));
    expect(cut.find((c) => c.includes(community[0]))).toHaveLength(3);
  });

  it('has the three designed brokers among the six actors of highest betweenness', () => {
    const ranked = [...betweenness(demo.graph)].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    const top = ranked.slice(0, 6);
    for (const broker of ['hva-kotoutus', 'kajastus', 'kansalaisopisto']) {
      expect(top, broker).toContain(id(broker));
    }
  });

  it('has only the integration services team tied to immigrant associations in three municipalities', () => {
    const reach = new Map<string, Set<string>>();
    for (const r of demo.relationships) {
      for (const [from, to] of [
        [r.source_id, r.target_id],
        [r.target_id, r.source_id],
      ]) {
        const other = demo.actor(to);
        if (!demo.tags(other).includes(IMMIGRANT_ASSOCIATION_TAG)) continue;
        reach.set(from, (reach.get(from) ?? new Set()).add(other.municipality_code));
      }
    }
    const wide = [...reach].filter(([, codes]) => codes.size >= 3).map(([key]) => key);
    expect(wide).toEqual([id('hva-kotoutus')]);
    expect(reach.get(id('hva-kotoutus'))).toEqual(new Set([Kajaani, Kuhmo, Sotkamo]));
  });

  it('joins working life and immigrant associations in Kajaani only through the adult education centre', () => {
    const inKajaani = (a: Record<string, string>) => a.municipality_code === Kajaani;
    const isWork = (a: Record<string, string>) =>
      inKajaani(a) && (a.category === 'employer' || a.category === 'labour_market');
    const isAssociation = (a: Record<string, string>) =>
      inKajaani(a) && demo.tags(a).includes(IMMIGRANT_ASSOCIATION_TAG);
    expect(tiesBetween(isWork, isAssociation)).toEqual([]);
    const centre = (a: Record<string, string>) => a.id === id('kansalaisopisto');
    expect(tiesBetween(centre, isWork).length).toBeGreaterThanOrEqual(4);
    expect(tiesBetween(centre, isAssociation).length).toBeGreaterThanOrEqual(4);
  });

  it('has a dense core of public authorities in Kajaani', () => {
    const core = new Set(
      demo.actors
        .filter((a) => a.municipality_code === Kajaani)
        .filter((a) =>
          ['authority_local', 'authority_regional', 'authority_state', 'police'].includes(
            a.category,
          ),
        )
        .map((a) => a.id),
    );
    const inside = demo.relationships.filter((r) => core.has(r.source_id) && core.has(r.target_id));
    const density = inside.length / ((core.size * (core.size - 1)) / 2);
    const n = demo.actors.length;
    const overall = demo.relationships.length / ((n * (n - 1)) / 2);
    expect(density).toBeGreaterThan(0.4);
    expect(density).toBeGreaterThan(5 * overall);
  });

  it('connects Puolanka, Ristijärvi and Hyrynsalmi to other municipalities thinly', () => {
    const external = (code: string) =>
      demo.relationships.filter((r) => {
        const [s, t] = [demo.actor(r.source_id), demo.actor(r.target_id)];
        return (s.municipality_code === code) !== (t.municipality_code === code);
      }).length;
    for (const code of [Puolanka, Ristijärvi, Hyrynsalmi])
      expect(external(code), code).toBeLessThanOrEqual(5);
    for (const code of [Sotkamo, Kuhmo, Suomussalmi])
      expect(external(code), code).toBeGreaterThanOrEqual(10);
  });
});
