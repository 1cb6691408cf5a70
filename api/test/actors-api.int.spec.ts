import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const ACTOR_FIELDS = `id externalId name category subcategory municipalityCode regionCode email phone website
  languages dimensions tags description createdAt updatedAt version`;

const CREATE = `mutation ($input: CreateActorInput!) { createActor(input: $input) { ${ACTOR_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActorInput!) {
  updateActor(id: $id, version: $version, input: $input) { ${ACTOR_FIELDS} } }`;
const GET = `query ($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS}
  municipality { code nameFi } region { code nameFi }
  persons { id name legalBasis } relationships { id type sourceId targetId strength } } }`;
const COUNT = `{ actors(first: 1) { totalCount } }`;

describe('Actors over GraphQL (real HTTP, real SQLite)', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => {
    await api.close();
  });

  async function create(input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.createActor;
  }

  describe('createActor and actor', () => {
    it('creates an actor, derives its region from the municipality, and reads it back by id and by external id', async () => {
      const created = await create({
        name: 'Kajaanin Monikulttuurikeskus ry',
        category: 'ngo',
        subcategory: 'maahanmuuttajayhdistys',
        externalId: 'ext-mk-1',
        municipalityCode: '205',
        email: 'info@example.org',
        phone: '+358 40 555 0101',
        website: 'https://example.org/mk',
        languages: ['fi', 'AR', 'fi'],
        dimensions: ['interaction', 'participation'],
        tags: ['immigrant_association'],
        description: 'Kohtaamispaikka',
      });
      expect(created).toMatchObject({
        name: 'Kajaanin Monikulttuurikeskus ry',
        regionCode: '18',
        municipalityCode: '205',
        languages: ['fi', 'ar'],
        version: 1,
      });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.createdAt).toBe(created.updatedAt);

      const byId = await api.gql(GET, { id: created.id });
      expect(byId.data!.actor).toMatchObject({
        id: created.id,
        municipality: { code: '205', nameFi: 'Kajaani' },
        region: { code: '18', nameFi: 'Kainuu' },
        persons: [],
        relationships: [],
      });
      const byExternal = await api.gql(GET, { id: 'ext-mk-1' });
      expect(byExternal.data!.actor.id).toBe(created.id);
    });

    it('answers null for an actor that does not exist', async () => {
      const res = await api.gql(GET, { id: '00000000-0000-0000-0000-000000000000' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.actor).toBeNull();
    });

    it('stores a name that begins with "=" literally', async () => {
      const created = await create({
        name: '=SUM(A1:A9)',
        category: 'community',
        regionCode: '18',
      });
      expect((await api.gql(GET, { id: created.id })).data!.actor.name).toBe('=SUM(A1:A9)');
    });
  });

  describe('actors', () => {
    it('finds "Äänekoski" when searching "aanekoski", ignoring case and accents', async () => {
      await create({
        name: 'Kotoutumispalvelut Äänekoski',
        category: 'authority_local',
        municipalityCode: '992',
      });
      const res = await api.gql(
        `{ actors(filter: { search: "AANEKOSKI" }) { totalCount nodes { name } } }`,
      );
      expect(res.data!.actors).toEqual({
        totalCount: 1,
        nodes: [{ name: 'Kotoutumispalvelut Äänekoski' }],
      });
    });

    it('pages through a filtered list in name order with a total count', async () => {
      for (const name of ['Puolangan seurakunta', 'Kuhmon seurakunta', 'Sotkamon seurakunta']) {
        await create({ name, category: 'religious', regionCode: '18' });
      }
      const query = `query ($after: String) { actors(first: 2, after: $after, filter: { categories: [religious], regionCode: "18" }) {
        totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
      const first = (await api.gql(query)).data!.actors;
      expect(first.totalCount).toBe(3);
      expect(first.nodes.map((n: { name: string }) => n.name)).toEqual([
        'Kuhmon seurakunta',
        'Puolangan seurakunta',
      ]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await api.gql(query, { after: first.pageInfo.endCursor })).data!.actors;
      expect(second.nodes).toEqual([{ name: 'Sotkamon seurakunta' }]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses a cursor it did not give out, naming the argument', async () => {
      const res = await api.gql(`{ actors(after: "garbage!") { totalCount } }`);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ field: 'after', rule: 'cursor' }],
      });
    });
  });

  describe('updateActor', () => {
    it('changes only the given fields and bumps the version', async () => {
      const actor = await create({
        name: 'Paltamon kunta',
        category: 'authority_local',
        municipalityCode: '578',
        email: 'kirjaamo@example.org',
      });
      const res = await api.gql(UPDATE, {
        id: actor.id,
        version: 1,
        input: { phone: '+358 44 555 0200', description: null },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateActor).toMatchObject({
        name: 'Paltamon kunta',
        email: 'kirjaamo@example.org',
        phone: '+358 44 555 0200',
        version: 2,
        createdAt: actor.createdAt,
      });
      expect(res.data!.updateActor.updatedAt >= actor.updatedAt).toBe(true);
    });

    it('refuses a stale version with CONFLICT and the current version, and writes nothing', async () => {
      const actor = await create({
        name: 'Kuhmon kaupunki',
        category: 'authority_local',
        municipalityCode: '290',
      });
      const fresh = await api.gql(UPDATE, {
        id: actor.id,
        version: 1,
        input: { name: 'Kuhmon kaupunki (kirjaamo)' },
      });
      expect(fresh.data!.updateActor.version).toBe(2);

      const stale = await api.gql(UPDATE, {
        id: actor.id,
        version: 1,
        input: { name: 'Overwritten' },
      });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: 2,
        expectedVersion: 1,
      });
      const after = await api.gql(GET, { id: actor.id });
      expect(after.data!.actor).toMatchObject({ name: 'Kuhmon kaupunki (kirjaamo)', version: 2 });
    });

    it('moves an actor to another municipality and its region follows', async () => {
      const actor = await create({
        name: 'Liikkuva yhdistys',
        category: 'ngo',
        municipalityCode: '205',
      });
      const res = await api.gql(UPDATE, {
        id: actor.id,
        version: 1,
        input: { municipalityCode: '091' },
      });
      expect(res.data!.updateActor).toMatchObject({ municipalityCode: '091', regionCode: '01' });
    });

    it('answers NOT_FOUND for an actor that does not exist', async () => {
      const res = await api.gql(UPDATE, { id: 'nope', version: 1, input: { name: 'x' } });
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('deleteActor', () => {
    it('deletes the actor with its contact persons and ties', async () => {
      const a = await create({ name: 'Poistettava ry', category: 'ngo', municipalityCode: '205' });
      const b = await create({ name: 'Jäävä ry', category: 'ngo', municipalityCode: '205' });
      const person = await api.gql(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { actorId: a.id, name: 'Testi Henkilö', legalBasis: 'consent' } },
      );
      const tie = await api.gql(
        `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
        { input: { sourceId: a.id, targetId: b.id, type: 'COOPERATES_WITH' } },
      );
      expect(person.errors ?? tie.errors).toBeUndefined();

      const stale = await api.gql(`mutation ($id: ID!) { deleteActor(id: $id, version: 7) }`, {
        id: a.id,
      });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

      const res = await api.gql(`mutation ($id: ID!) { deleteActor(id: $id, version: 1) }`, {
        id: a.id,
      });
      expect(res.data!.deleteActor).toBe(a.id);
      expect((await api.gql(GET, { id: a.id })).data!.actor).toBeNull();
      expect(
        (
          await api.gql(`query ($id: ID!) { person(id: $id) { id } }`, {
            id: person.data!.createPerson.id,
          })
        ).data!.person,
      ).toBeNull();
      expect((await api.gql(GET, { id: b.id })).data!.actor.relationships).toEqual([]);
    });
  });

  describe('bad input', () => {
    async function expectRefused(
      mutation: string,
      variables: Record<string, unknown>,
      expected: { field: string; rule?: string } | RegExp,
    ) {
      const before = (await api.gql(COUNT)).data!.actors.totalCount;
      const res = await api.gql(mutation, variables);
      expect(res.data?.createActor ?? res.data?.createRelationship ?? null).toBeNull();
      const error = res.errors![0];
      if (expected instanceof RegExp) {
        expect(error.message).toMatch(expected);
      } else {
        expect(error.extensions!.code).toBe('BAD_USER_INPUT');
        expect(error.extensions!.issues).toContainEqual(expect.objectContaining(expected));
        expect(error.message).toContain(expected.field);
      }
      expect((await api.gql(COUNT)).data!.actors.totalCount).toBe(before);
    }

    it('refuses an unknown category, naming the field', async () => {
      await expectRefused(
        CREATE,
        { input: { name: 'X', category: 'wizards' } },
        /input\.category.*"wizards".*Category/s,
      );
    });

    it('refuses a malformed email, naming the field and the rule', async () => {
      await expectRefused(
        CREATE,
        { input: { name: 'X', category: 'ngo', email: 'not-an-email' } },
        { field: 'email', rule: 'email' },
      );
    });

    it('refuses a name of 10,000 characters', async () => {
      await expectRefused(
        CREATE,
        { input: { name: 'x'.repeat(10_000), category: 'ngo' } },
        { field: 'name', rule: 'max_length' },
      );
    });

    it('refuses an empty name', async () => {
      await expectRefused(
        CREATE,
        { input: { name: '   ', category: 'ngo' } },
        { field: 'name', rule: 'required' },
      );
    });

    it('refuses an unknown municipality and a region that contradicts the municipality', async () => {
      await expectRefused(
        CREATE,
        { input: { name: 'X', category: 'ngo', municipalityCode: '999' } },
        { field: 'municipalityCode', rule: 'municipality_exists' },
      );
      await expectRefused(
        CREATE,
        { input: { name: 'X', category: 'ngo', municipalityCode: '205', regionCode: '01' } },
        { field: 'regionCode', rule: 'region_matches_municipality' },
      );
    });

    it('refuses a language that is not an ISO 639-1 code', async () => {
      await expectRefused(
        CREATE,
        { input: { name: 'X', category: 'ngo', languages: ['fi', 'klingon'] } },
        { field: 'languages.1', rule: 'iso_639_1' },
      );
    });

    it('refuses strength 7 for a relationship', async () => {
      const a = await create({ name: 'Vahva A', category: 'ngo', regionCode: '18' });
      const b = await create({ name: 'Vahva B', category: 'ngo', regionCode: '18' });
      await expectRefused(
        `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
        { input: { sourceId: a.id, targetId: b.id, type: 'FUNDS', strength: 7 } },
        { field: 'strength', rule: 'max' },
      );
    });

    it('refuses a relationship to an actor that does not exist', async () => {
      const a = await create({ name: 'Yksinäinen', category: 'ngo', regionCode: '18' });
      await expectRefused(
        `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
        { input: { sourceId: a.id, targetId: 'no-such-actor', type: 'FUNDS' } },
        { field: 'targetId', rule: 'exists' },
      );
    });
  });
});
