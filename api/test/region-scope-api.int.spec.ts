import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from './support/test-server';

const CREATE_ACTOR = `mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/**
 * The Kainuu demo (region 18), plus an actor, a tie and an event in Uusimaa (01) that a
 * Kainuu editor must not see: every answer as if they did not exist.
 */
describe('region scopes (real HTTP, real SQLite, the Kainuu demo)', () => {
  let api: TestServer;
  let kainuu: ApiClient;
  let helsinki: string;
  let kajaani: string;
  let crossTie: string;
  let uusimaaEvent: string;

  beforeAll(async () => {
    api = await startTestServer({ demo: true });
    const input = { name: 'Helsingin Testiseura', category: 'ngo', municipalityCode: '091' };
    helsinki = (await api.gql(CREATE_ACTOR, { input })).data!.createActor.id;
    const found = await api.gql(
      '{ actors(filter: { regionCode: "18" }, first: 1) { nodes { id } } }',
    );
    kajaani = found.data!.actors.nodes[0].id;
    const tie = await api.gql(
      `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
      { input: { sourceId: kajaani, targetId: helsinki, type: 'COOPERATES_WITH' } },
    );
    crossTie = tie.data!.createRelationship.id;
    const event = await api.gql(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          kind: 'panel',
          title: 'Uudenmaan paneeli',
          date: '2027-03-01',
          municipalityCode: '091',
        },
      },
    );
    expect(event.errors).toBeUndefined();
    uusimaaEvent = event.data!.createEvent.id;
    const user = {
      email: 'kainuu@verkosto.test',
      name: 'Kainuun editori',
      role: 'editor',
      regionCodes: ['18'],
      password: 'kainuu-editori-1',
    };
    expect((await api.gql(CREATE_USER, { input: user })).errors).toBeUndefined();
    kainuu = await api.signIn(user.email, user.password);
  }, 60_000);
  afterAll(() => api.close());

  it('lists and finds only actors of the own region and national ones', async () => {
    const all = await api.gql('{ actors { totalCount } }');
    const own = await kainuu.gql('{ actors { totalCount nodes { regionCode } } }');
    expect(own.data!.actors.totalCount).toBe(all.data!.actors.totalCount - 1);
    expect(
      own.data!.actors.nodes.every((a: { regionCode: string | null }) => a.regionCode !== '01'),
    ).toBe(true);
    expect((await kainuu.gql(`{ actor(id: "${helsinki}") { id } }`)).data).toEqual({ actor: null });
    const uusimaa = await kainuu.gql('{ actors(filter: { regionCode: "01" }) { totalCount } }');
    expect(uusimaa.data!.actors.totalCount).toBe(0);
  });

  it('leaves the hidden actor and its tie out of networks, relationships and rankings', async () => {
    const query = `{ network(regionCode: "18") { nodes { id } outsideNodes { id } edges { id } } }`;
    const asAdmin = (await api.gql(query)).data!.network;
    const asKainuu = (await kainuu.gql(query)).data!.network;
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    expect(ids(asAdmin.outsideNodes)).toContain(helsinki);
    expect(ids(asAdmin.edges)).toContain(crossTie);
    expect(ids(asKainuu.outsideNodes)).not.toContain(helsinki);
    expect(ids(asKainuu.edges)).not.toContain(crossTie);
    expect(asKainuu.edges.length).toBe(asAdmin.edges.length - 1);

    expect((await kainuu.gql(`{ relationship(id: "${crossTie}") { id } }`)).data).toEqual({
      relationship: null,
    });
    const ties = await kainuu.gql(`{ actor(id: "${kajaani}") { relationships { id } } }`);
    expect(ids(ties.data!.actor.relationships)).not.toContain(crossTie);

    const national = `{ keyActors(metric: DEGREE, limit: 100) { actorCount items { actor { id } } } }`;
    const ranking = (await kainuu.gql(national)).data!.keyActors;
    expect(ranking.items.map((i: { actor: { id: string } }) => i.actor.id)).not.toContain(helsinki);
    const adminRanking = (await api.gql(national)).data!.keyActors;
    expect(ranking.actorCount).toBe(adminRanking.actorCount - 1);
    const empty = await kainuu.gql('{ network(regionCode: "01") { nodes { id } } }');
    expect(empty.data!.network.nodes).toEqual([]);
  });

  it('hides events of other regions and their exports', async () => {
    expect((await kainuu.gql(`{ event(id: "${uusimaaEvent}") { id } }`)).data).toEqual({
      event: null,
    });
    const events = await kainuu.gql('{ events { id regionCode } }');
    expect(events.data!.events.length).toBeGreaterThan(0);
    expect(events.data!.events.every((e: { regionCode: string }) => e.regionCode === '18')).toBe(
      true,
    );
    const csv = await kainuu.fetch(`/api/events/${uusimaaEvent}/invitations.csv`);
    expect(csv.status).toBe(404);
    expect((await api.fetch(`/api/events/${uusimaaEvent}/invitations.csv`)).status).toBe(200);
  });

  it('refuses writes outside the own region: hidden records as missing, others as forbidden', async () => {
    const update = await kainuu.gql(
      `mutation { updateActor(id: "${helsinki}", version: 1, input: { description: "x" }) { id } }`,
    );
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const create = await kainuu.gql(CREATE_ACTOR, {
      input: { name: 'Espoon seura', category: 'ngo', municipalityCode: '049' },
    });
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const national = await kainuu.gql(CREATE_ACTOR, {
      input: { name: 'Valtakunnallinen', category: 'ngo' },
    });
    expect(national.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tie = await kainuu.gql(
      `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
      { input: { sourceId: kajaani, targetId: helsinki, type: 'COMMUNICATES_WITH' } },
    );
    expect(tie.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'targetId' });
    const own = await kainuu.gql(CREATE_ACTOR, {
      input: { name: 'Kajaanin uusi seura', category: 'ngo', municipalityCode: '205' },
    });
    expect(own.errors).toBeUndefined();
    // Nothing of the refused writes is there.
    const check = await api.gql(`{ actor(id: "${helsinki}") { description version } }`);
    expect(check.data!.actor).toEqual({ description: null, version: 1 });
  });
});
