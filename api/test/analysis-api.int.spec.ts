import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const KEY_ACTORS = `query ($metric: KeyActorMetric!, $limit: Int) {
  keyActors(scope: { regionCode: "18" }, metric: $metric, limit: $limit) {
    metric actorCount betweennessMode betweennessSources
    items { rank value reason { fi sv en } actor { externalId name } } } }`;

const GAPS = `query ($profileId: ID!, $scope: AnalysisScopeInput) { gaps(scope: $scope, profileId: $profileId) {
  id kind severity regionCode municipalityCodes groups categories explanation { fi sv en }
  actors { externalId } suggestions { score reason { fi } actor { externalId category municipalityCode } } } }`;

describe('Network analysis over GraphQL, on the Kainuu demo network', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('ranks the designed brokers among the top actors by betweenness, with reasons in three languages', async () => {
    // The demo's brokers are in the top six by unweighted betweenness; weighted (1/strength), in the top ten.
    const res = await api.gql(KEY_ACTORS, { metric: 'BETWEENNESS', limit: 10 });
    expect(res.errors).toBeUndefined();
    const ranking = res.data!.keyActors;
    expect(ranking).toMatchObject({
      metric: 'BETWEENNESS',
      actorCount: 116,
      betweennessMode: 'exact',
      betweennessSources: 114,
    }); // the two isolated actors need no pass
    const top = ranking.items.map((i: { actor: { externalId: string } }) => i.actor.externalId);
    expect(top).toEqual(
      expect.arrayContaining(['kai-a-hva-kotoutus', 'kai-a-kajastus', 'kai-a-kansalaisopisto']),
    );
    expect(ranking.items[0].rank).toBe(1);
    expect(ranking.items[0].value).toBeGreaterThan(ranking.items[9].value);
    for (const lang of ['fi', 'sv', 'en']) expect(ranking.items[0].reason[lang]).toMatch(/%/);
  });

  it('answers every metric and refuses a limit out of range', async () => {
    for (const metric of [
      'DEGREE',
      'WEIGHTED_DEGREE',
      'PAGERANK',
      'CLOSENESS',
      'EIGENVECTOR',
      'KCORE',
      'BROKERAGE',
    ]) {
      const res = await api.gql(KEY_ACTORS, { metric, limit: 3 });
      expect(res.errors, metric).toBeUndefined();
      expect(res.data!.keyActors.items.length).toBeGreaterThanOrEqual(3);
    }
    const bad = await api.gql(KEY_ACTORS, { metric: 'DEGREE', limit: 0 });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'limit' }],
    });
  });

  it('gives every actor of the scope its metrics, and the communities with their modularity', async () => {
    const res = await api.gql(`{ networkAnalysis(scope: { regionCode: "18" }) {
      actorCount tieCount modularity communities { index size categories } componentSizes
      actors { actorId degree betweenness pagerank community kCore } } }`);
    expect(res.errors).toBeUndefined();
    const a = res.data!.networkAnalysis;
    expect(a.actorCount).toBe(116);
    expect(a.actors).toHaveLength(116);
    expect(a.modularity).toBeGreaterThan(0.2);
    expect(a.componentSizes.slice(0, 2)).toEqual([112, 2]);
    const pagerankSum = a.actors.reduce(
      (sum: number, m: { pagerank: number }) => sum + m.pagerank,
      0,
    );
    expect(pagerankSum).toBeCloseTo(1, 6);
    expect(a.communities.reduce((n: number, c: { size: number }) => n + c.size, 0)).toBe(116);
  });

  it('finds the designed gaps of the training profile, explained in three languages, with suggestions', async () => {
    const res = await api.gql(GAPS, {
      profileId: 'training_target_groups',
      scope: { regionCode: '18' },
    });
    expect(res.errors).toBeUndefined();
    const gaps = res.data!.gaps;
    const mediaImmigrant = gaps.find(
      (g: { kind: string; groups: string[] }) =>
        g.kind === 'missing_tie' &&
        g.groups.some((x) => /media/.test(x)) &&
        g.groups.some((x) => /immigrant/.test(x)),
    );
    expect(mediaImmigrant).toBeDefined();
    for (const lang of ['fi', 'sv', 'en'])
      expect(mediaImmigrant.explanation[lang].length).toBeGreaterThan(20);
    expect(mediaImmigrant.suggestions.length).toBeGreaterThan(0);

    const isolated = gaps
      .filter((g: { kind: string }) => g.kind === 'isolated_actor')
      .flatMap((g: { actors: { externalId: string }[] }) => g.actors.map((a) => a.externalId));
    expect(isolated).toEqual(
      expect.arrayContaining(['kai-a-elakelaiset-ristijarvi', 'kai-a-kiinalainen-seura']),
    );

    const noMediaInRistijarvi = gaps.find(
      (g: { kind: string; categories: string[]; municipalityCodes: string[] }) =>
        g.kind === 'category_coverage' &&
        g.categories.includes('media') &&
        g.municipalityCodes.includes('697'),
    );
    expect(noMediaInRistijarvi).toBeDefined();
    expect(
      noMediaInRistijarvi.suggestions.every(
        (s: { actor: { category: string } }) => s.actor.category === 'media',
      ),
    ).toBe(true);
  });

  it('checks a municipality against the regional panel profile and suggests actors from the rest of the region', async () => {
    const res = await api.gql(GAPS, {
      profileId: 'regional_panel',
      scope: { regionCode: '18', municipalityCodes: ['697'] },
    });
    expect(res.errors).toBeUndefined();
    const police = res.data!.gaps.find(
      (g: { kind: string; categories: string[] }) =>
        g.kind === 'category_coverage' && g.categories.includes('police'),
    );
    expect(police).toBeDefined();
    expect(police.suggestions.length).toBeGreaterThan(0);
    expect(
      police.suggestions.every(
        (s: { actor: { municipalityCode: string } }) => s.actor.municipalityCode !== '697',
      ),
    ).toBe(true);
  });

  it('lists the built-in profiles and answers NOT_FOUND for an unknown one', async () => {
    const res = await api.gql(
      `{ profiles { id builtIn label { fi } groups { id min anyOf { categories tags } } } }`,
    );
    expect(res.data!.profiles.map((p: { id: string }) => p.id)).toEqual([
      'training_target_groups',
      'regional_panel',
    ]);
    const unknown = await api.gql(GAPS, { profileId: 'no_such_profile' });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('answers from the cache while the graph is unchanged, and anew after a write', async () => {
    const query = `{ keyActors(scope: { regionCode: "18" }, metric: DEGREE, limit: 200) { items { value actor { externalId } } } }`;
    const degreeOf = async (externalId: string) =>
      (await api.gql(query)).data!.keyActors.items.find(
        (i: { actor: { externalId: string } }) => i.actor.externalId === externalId,
      )?.value ?? 0;
    expect(await degreeOf('kai-a-elakelaiset-ristijarvi')).toBe(0);
    const tie = await api.gql(
      `mutation { createRelationship(input: { sourceId: "kai-a-elakelaiset-ristijarvi", targetId: "kai-a-kajastus", type: COOPERATES_WITH }) { id } }`,
    );
    expect(tie.errors).toBeUndefined();
    expect(await degreeOf('kai-a-elakelaiset-ristijarvi')).toBe(1);
  });
});
