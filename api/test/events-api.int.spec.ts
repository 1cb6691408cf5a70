import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const EVENT_FIELDS = `id kind status title date endDate startTime endTime place municipalityCode regionCode
  description profileId effectiveProfileId version createdAt updatedAt
  warnings { code message { fi en } }
  coOrganisers { actorId tasks costSharePercent note actor { name } }
  programme { kind title startTime speakers { actorId personId name actor { name } } }`;

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateEventInput!) {
  updateEvent(id: $id, version: $version, input: $input) { ${EVENT_FIELDS} } }`;
const DELETE = `mutation ($id: ID!, $version: Int!) { deleteEvent(id: $id, version: $version) }`;

describe('Events over GraphQL (real HTTP, real SQLite, Kainuu demo)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(async () => {
    await api.close();
  });

  const panel = (overrides: Record<string, unknown> = {}) => ({
    kind: 'panel',
    title: 'Väestösuhteet Kainuussa – paneeli',
    date: '2026-10-08',
    startTime: '13:00',
    endTime: '15:30',
    place: 'Kajaanin kaupungintalo, valtuustosali',
    municipalityCode: '205',
    ...overrides,
  });

  async function create(input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.createEvent;
  }

  function issuesOf(res: {
    errors?: { extensions?: { code?: string; issues?: { field: string; rule: string }[] } }[];
  }) {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions!.issues!.map((i) => `${i.field}:${i.rule}`);
  }

  describe('createEvent', () => {
    it('saves an event without a co-organiser, with a warning that says the guide asks for one', async () => {
      const event = await create(panel());
      expect(event).toMatchObject({
        kind: 'panel',
        status: 'planned',
        regionCode: '18',
        effectiveProfileId: 'regional_panel',
        version: 1,
        coOrganisers: [],
      });
      expect(event.warnings).toEqual([
        {
          code: 'no_co_organiser',
          message: expect.objectContaining({ fi: expect.stringContaining('yhteistyökumppani') }),
        },
      ]);
    });

    it('refuses a date that does not exist and an end before the start, naming each field', async () => {
      const res = await api.gql(CREATE, {
        input: panel({ date: '2026-02-30', endTime: '12:00', startTime: '25:00' }),
      });
      expect(issuesOf(res)).toEqual(expect.arrayContaining(['date:date', 'startTime:regex']));
      const order = await api.gql(CREATE, {
        input: panel({ date: '2026-10-08', endDate: '2026-10-07' }),
      });
      expect(issuesOf(order)).toEqual(['endDate:after_date']);
    });

    it('refuses an event with neither a municipality nor a region, and an unknown municipality', async () => {
      expect(issuesOf(await api.gql(CREATE, { input: panel({ municipalityCode: null }) }))).toEqual(
        ['municipalityCode:required'],
      );
      expect(
        issuesOf(await api.gql(CREATE, { input: panel({ municipalityCode: '999' }) })),
      ).toEqual(['municipalityCode:municipality_exists']);
    });

    it('refuses a co-organiser or speaker that does not exist, naming the field', async () => {
      const organiser = await api.gql(CREATE, {
        input: panel({ coOrganisers: [{ actorId: 'kai-a-kajaani' }, { actorId: 'kai-a-nobody' }] }),
      });
      expect(issuesOf(organiser)).toEqual(['coOrganisers.1.actorId:exists']);
      const speaker = await api.gql(CREATE, {
        input: panel({
          programme: [
            { kind: 'panel', title: 'Paneeli', speakers: [{ personId: 'kai-p-nobody-1' }] },
          ],
        }),
      });
      expect(issuesOf(speaker)).toEqual(['programme.0.speakers.0.personId:exists']);
    });

    it('takes co-organisers with tasks and cost shares, and speakers by person, actor or name', async () => {
      const event = await create(
        panel({
          coOrganisers: [
            { actorId: 'kai-a-kajaani', tasks: ['venue', 'invitations'], costSharePercent: 50 },
            {
              actorId: 'kai-a-etno-kainuu',
              tasks: ['speaker_fees', 'travel'],
              costSharePercent: 50,
              note: 'puhujat',
            },
          ],
          programme: [
            {
              kind: 'expert_talk',
              title: 'Mitä väestösuhteet ovat',
              speakers: [{ name: 'Tutkija Åsa Öberg' }],
            },
            {
              kind: 'panel',
              title: 'Paneeli',
              startTime: '14:00',
              speakers: [{ personId: 'kai-p-kajaani-1' }, { actorId: 'kai-a-poliisi-kajaani' }],
            },
          ],
        }),
      );
      expect(event.warnings).toEqual([]);
      expect(event.coOrganisers.map((o: { actor: { name: string } }) => o.actor.name)).toEqual([
        'Kajaanin kaupunki',
        expect.stringContaining('ETNO'),
      ]);
      expect(event.programme[1].speakers[0]).toMatchObject({
        personId: expect.any(String),
        actor: { name: 'Kajaanin kaupunki' },
      });
      expect(event.programme[0].speakers[0]).toEqual({
        actorId: null,
        personId: null,
        name: 'Tutkija Åsa Öberg',
        actor: null,
      });
    });

    it('refuses cost shares over 100 % and the same co-organiser twice', async () => {
      const res = await api.gql(CREATE, {
        input: panel({
          coOrganisers: [
            { actorId: 'kai-a-kajaani', costSharePercent: 80 },
            { actorId: 'kai-a-kajaani', costSharePercent: 30 },
          ],
        }),
      });
      expect(issuesOf(res)).toEqual(['coOrganisers.1.actorId:unique', 'coOrganisers:max_total']);
    });
  });

  describe('updateEvent and deleteEvent', () => {
    it('changes only the fields given, raises the version, and refuses a stale version with CONFLICT', async () => {
      const event = await create(panel());
      const res = await api.gql(UPDATE, {
        id: event.id,
        version: 1,
        input: { coOrganisers: [{ actorId: 'kai-a-kajastus', tasks: ['catering'] }] },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateEvent).toMatchObject({ version: 2, title: event.title, warnings: [] });
      const stale = await api.gql(UPDATE, { id: event.id, version: 1, input: { title: 'X' } });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
      });
      const gone = await api.gql(DELETE, { id: event.id, version: 2 });
      expect(gone.data!.deleteEvent).toBe(event.id);
      const again = await api.gql(`query ($id: ID!) { event(id: $id) { id } }`, { id: event.id });
      expect(again.data!.event).toBeNull();
    });
  });

  describe('events', () => {
    it('lists the events of a region by date', async () => {
      await create(panel({ title: 'Myöhempi', date: '2027-01-15' }));
      await create(panel({ title: 'Aiempi', date: '2026-01-15' }));
      const res = await api.gql(
        `{ events(filter: { regionCode: "18", from: "2026-01-01", to: "2026-12-31" }) { title date } }`,
      );
      const dates = res.data!.events.map((e: { date: string }) => e.date);
      expect(dates).toEqual([...dates].sort());
      expect(res.data!.events.map((e: { title: string }) => e.title)).toContain('Aiempi');
      expect(res.data!.events.map((e: { title: string }) => e.title)).not.toContain('Myöhempi');
      const bad = await api.gql(`{ events(filter: { from: "2026-13-01" }) { id } }`);
      expect(bad.errors?.[0]?.extensions?.issues?.[0]?.field).toBe('filter.from');
    });
  });
});
