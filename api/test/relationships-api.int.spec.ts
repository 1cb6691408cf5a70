import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const CREATE_ACTOR = `mutation ($input: CreateActorInput!) { createActor(input: $input) { id version } }`;
const CREATE_TIE = `mutation ($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { id sourceId targetId type strength since note version source { name } target { name } } }`;
const UPDATE_TIE = `mutation ($id: ID!, $version: Int!, $input: UpdateRelationshipInput!) {
  updateRelationship(id: $id, version: $version, input: $input) { id strength since note version } }`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) {
  id actorId name title email phone legalBasis source version } }`;
const UPDATE_PERSON = `mutation ($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, version: $version, input: $input) { id actorId name email version } }`;

describe('Persons, relationships and networks over GraphQL', () => {
  let api: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestServer();
    const actors = [
      [
        'kajaani',
        { name: 'Kajaanin kaupunki', category: 'authority_local', municipalityCode: '205' },
      ],
      [
        'ngo',
        {
          name: 'Kainuun Kohtaamo ry',
          category: 'ngo',
          municipalityCode: '205',
          tags: ['immigrant_association'],
        },
      ],
      ['paper', { name: 'Sotkamon Sanomat', category: 'media', municipalityCode: '765' }],
      ['oulu', { name: 'Oulun kaupunki', category: 'authority_local', municipalityCode: '564' }],
      ['ministry', { name: 'Työ- ja elinkeinoministeriö', category: 'authority_state' }],
    ] as const;
    for (const [key, input] of actors) {
      const res = await api.gql(CREATE_ACTOR, { input });
      expect(res.errors).toBeUndefined();
      ids[key] = res.data!.createActor.id;
    }
  });
  afterAll(async () => {
    await api.close();
  });

  describe('relationships', () => {
    it('creates a tie with the default strength and reads both ends', async () => {
      const res = await api.gql(CREATE_TIE, {
        input: { sourceId: ids.kajaani, targetId: ids.ngo, type: 'FUNDS', since: '2021' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createRelationship).toMatchObject({
        sourceId: ids.kajaani,
        targetId: ids.ngo,
        type: 'FUNDS',
        strength: 2,
        since: '2021',
        version: 1,
        source: { name: 'Kajaanin kaupunki' },
        target: { name: 'Kainuun Kohtaamo ry' },
      });
    });

    it('refuses the same symmetric tie in the other direction', async () => {
      const first = await api.gql(CREATE_TIE, {
        input: { sourceId: ids.ngo, targetId: ids.paper, type: 'COMMUNICATES_WITH', strength: 1 },
      });
      expect(first.errors).toBeUndefined();
      const again = await api.gql(CREATE_TIE, {
        input: { sourceId: ids.paper, targetId: ids.ngo, type: 'COMMUNICATES_WITH' },
      });
      expect(again.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [expect.objectContaining({ rule: 'unique' })],
      });
    });

    it('refuses a tie from an actor to itself', async () => {
      const res = await api.gql(CREATE_TIE, {
        input: { sourceId: ids.ngo, targetId: ids.ngo, type: 'COOPERATES_WITH' },
      });
      expect(res.errors![0].extensions).toMatchObject({
        issues: [{ field: 'targetId', rule: 'distinct' }],
      });
    });

    it('refuses a since that is neither a year nor a date', async () => {
      const res = await api.gql(CREATE_TIE, {
        input: {
          sourceId: ids.kajaani,
          targetId: ids.paper,
          type: 'COOPERATES_WITH',
          since: '2021-02-30',
        },
      });
      expect(res.errors![0].extensions).toMatchObject({
        issues: [{ field: 'since', rule: 'year_or_date' }],
      });
    });

    it('updates strength with the current version and refuses a stale one', async () => {
      const tie = (
        await api.gql(CREATE_TIE, {
          input: { sourceId: ids.kajaani, targetId: ids.oulu, type: 'COOPERATES_WITH' },
        })
      ).data!.createRelationship;
      const updated = await api.gql(UPDATE_TIE, {
        id: tie.id,
        version: 1,
        input: { strength: 3, note: 'Yhteinen hanke' },
      });
      expect(updated.data!.updateRelationship).toMatchObject({
        strength: 3,
        note: 'Yhteinen hanke',
        version: 2,
      });
      const stale = await api.gql(UPDATE_TIE, { id: tie.id, version: 1, input: { strength: 1 } });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const bad = await api.gql(UPDATE_TIE, { id: tie.id, version: 2, input: { strength: 0 } });
      expect(bad.errors![0].extensions).toMatchObject({
        issues: [{ field: 'strength', rule: 'min' }],
      });
    });

    it('deletes a tie', async () => {
      const tie = (
        await api.gql(CREATE_TIE, {
          input: { sourceId: ids.ministry, targetId: ids.ngo, type: 'FUNDS' },
        })
      ).data!.createRelationship;
      const res = await api.gql(`mutation ($id: ID!) { deleteRelationship(id: $id, version: 1) }`, {
        id: tie.id,
      });
      expect(res.data!.deleteRelationship).toBe(tie.id);
      expect(
        (await api.gql(`query ($id: ID!) { relationship(id: $id) { id } }`, { id: tie.id })).data!
          .relationship,
      ).toBeNull();
    });
  });

  describe('persons', () => {
    it('creates, reads, moves, updates and deletes a contact person', async () => {
      const created = await api.gql(CREATE_PERSON, {
        input: {
          actorId: ids.ngo,
          name: 'Aino Esimerkki',
          title: 'Toiminnanjohtaja',
          email: 'aino@example.org',
          phone: '040 555 0101',
          legalBasis: 'public_task',
          source: 'Yhdistyksen verkkosivu',
        },
      });
      expect(created.errors).toBeUndefined();
      const person = created.data!.createPerson;
      expect(person).toMatchObject({ actorId: ids.ngo, legalBasis: 'public_task', version: 1 });

      const actor = await api.gql(
        `query ($id: ID!) { actor(id: $id) { persons { name email } } }`,
        { id: ids.ngo },
      );
      expect(actor.data!.actor.persons).toEqual([
        { name: 'Aino Esimerkki', email: 'aino@example.org' },
      ]);

      const moved = await api.gql(UPDATE_PERSON, {
        id: person.id,
        version: 1,
        input: { actorId: ids.kajaani, email: 'aino.esimerkki@example.org' },
      });
      expect(moved.data!.updatePerson).toMatchObject({
        actorId: ids.kajaani,
        email: 'aino.esimerkki@example.org',
        version: 2,
      });

      const stale = await api.gql(UPDATE_PERSON, {
        id: person.id,
        version: 1,
        input: { name: 'X' },
      });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

      const deleted = await api.gql(`mutation ($id: ID!) { deletePerson(id: $id, version: 2) }`, {
        id: person.id,
      });
      expect(deleted.data!.deletePerson).toBe(person.id);
    });

    it('refuses a person for a missing actor and an unknown legal basis', async () => {
      const missing = await api.gql(CREATE_PERSON, {
        input: { actorId: 'nobody', name: 'X', legalBasis: 'consent' },
      });
      expect(missing.errors![0].extensions).toMatchObject({
        issues: [{ field: 'actorId', rule: 'exists' }],
      });
      const basis = await api.gql(CREATE_PERSON, {
        input: { actorId: ids.ngo, name: 'X', legalBasis: 'because' },
      });
      expect(basis.errors![0].message).toMatch(/legalBasis/);
    });
  });

  describe('network', () => {
    it('returns the region’s actors and marks ties that leave the region', async () => {
      const res = await api.gql(`{ network(regionCode: "18") {
        nodes { id name } edges { source target type crossesScope } outsideNodes { id name } } }`);
      expect(res.errors).toBeUndefined();
      const { nodes, edges, outsideNodes } = res.data!.network;
      expect(nodes.map((n: { name: string }) => n.name).sort()).toEqual([
        'Kainuun Kohtaamo ry',
        'Kajaanin kaupunki',
        'Sotkamon Sanomat',
      ]);
      const crossing = edges.filter((e: { crossesScope: boolean }) => e.crossesScope);
      expect(crossing).toEqual([
        { source: ids.kajaani, target: ids.oulu, type: 'COOPERATES_WITH', crossesScope: true },
      ]);
      expect(outsideNodes).toEqual([{ id: ids.oulu, name: 'Oulun kaupunki' }]);
      expect(edges.filter((e: { crossesScope: boolean }) => !e.crossesScope)).toHaveLength(2);
    });

    it('filters by municipality, relationship type and minimum strength', async () => {
      const res =
        await api.gql(`{ network(regionCode: "18", filter: { municipalityCodes: ["205"], relationshipTypes: [FUNDS, COMMUNICATES_WITH], minStrength: 2 }) {
        nodes { name } edges { type crossesScope } outsideNodes { name } } }`);
      const { nodes, edges, outsideNodes } = res.data!.network;
      expect(nodes).toHaveLength(2);
      expect(edges).toEqual([{ type: 'FUNDS', crossesScope: false }]);
      expect(outsideNodes).toEqual([]);
    });

    it('returns the whole register without a region, and refuses an unknown region', async () => {
      const all = await api.gql(`{ network { nodes { id } } }`);
      expect(all.data!.network.nodes.length).toBeGreaterThanOrEqual(5);
      const bad = await api.gql(`{ network(regionCode: "99") { nodes { id } } }`);
      expect(bad.errors![0].extensions).toMatchObject({
        issues: [{ field: 'regionCode', rule: 'region_exists' }],
      });
    });
  });

  describe('geography', () => {
    it('lists the 19 regions and Kainuu’s 8 municipalities with their 2026 bodies', async () => {
      const res =
        await api.gql(`{ regions { code } region(code: "18") { nameFi nameSv municipalities {
        code nameFi wellbeingCounty { nameFi } elinvoimakeskus { nameFi } } } }`);
      expect(res.data!.regions).toHaveLength(19);
      const kainuu = res.data!.region;
      expect(kainuu).toMatchObject({ nameFi: 'Kainuu', nameSv: 'Kajanaland' });
      expect(kainuu.municipalities.map((m: { nameFi: string }) => m.nameFi)).toEqual([
        'Hyrynsalmi',
        'Kajaani',
        'Kuhmo',
        'Paltamo',
        'Puolanka',
        'Ristijärvi',
        'Sotkamo',
        'Suomussalmi',
      ]);
      expect(kainuu.municipalities[1].wellbeingCounty.nameFi).toMatch(/Kainuun hyvinvointialue/);
      expect(kainuu.municipalities[1].elinvoimakeskus.nameFi).toMatch(/elinvoimakeskus/);
    });

    it('labels every category in Finnish, Swedish and English', async () => {
      const res = await api.gql(`{ categories { value label { fi sv en } } }`);
      expect(res.data!.categories).toHaveLength(13);
      expect(
        res.data!.categories.find((c: { value: string }) => c.value === 'advisory_board').label.fi,
      ).toMatch(/ETNO/);
    });
  });
});
