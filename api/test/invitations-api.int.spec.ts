import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from './support/read-xlsx';
import { startTestServer, type TestServer } from './support/test-server';

const INVITATION = `id actorId personId status version history { status at } statusChangedAt
  actor { name category } person { name email }`;
const BUILD = `mutation ($eventId: ID!, $sources: InvitationSourcesInput!, $dryRun: Boolean) {
  addInvitations(eventId: $eventId, sources: $sources, dryRun: $dryRun) {
    added { ${INVITATION} }
    proposed { actorId personId email source }
    skipped { actorId personId email source reason } } }`;
const STATUS = `mutation ($eventId: ID!, $invitations: [InvitationVersionInput!]!, $status: InvitationStatus!) {
  setInvitationStatus(eventId: $eventId, invitations: $invitations, status: $status) { ${INVITATION} } }`;
const LIST = `query ($id: ID!) { event(id: $id) {
  invitations { ${INVITATION} }
  invitationCounts { total byStatus { status count } byCategory { category count byStatus { status count } } }
  invitationChecklist { profileId coveredCount missingCount
    groups { groupId label { fi } required covered invitedActorIds suggestions { actorId reason { fi } } } } } }`;

type Invitation = {
  id: string;
  actorId: string;
  personId: string | null;
  status: string;
  version: number;
  actor: { name: string };
};

describe('Invitation lists over GraphQL and REST (real HTTP, real SQLite, Kainuu demo)', () => {
  let api: TestServer;
  let eventId: string;
  let strangeActorId: string;

  beforeAll(async () => {
    api = await startTestServer({ demo: true });
    const created = await api.gql(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          kind: 'panel',
          title: 'Alueellinen paneeli: väestösuhteet Kainuussa',
          date: '2026-10-08',
          municipalityCode: '205',
          coOrganisers: [{ actorId: 'kai-a-etno-kainuu', tasks: ['invitations'] }],
        },
      },
    );
    eventId = created.data!.createEvent.id;
    // An actor whose texts try to break out of a CSV cell, an HTML page and the encoding.
    const actor = await api.gql(
      `mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }`,
      {
        input: {
          name: '=HYPERLINK("http://x.example","Ääliö; <script>alert(1)</script>")',
          category: 'community',
          municipalityCode: '205',
          email: 'Info@Kyla.Example.org',
          phone: '+358 40 555 0999',
        },
      },
    );
    strangeActorId = actor.data!.createActor.id;
    await api.gql(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: {
        actorId: strangeActorId,
        name: '-Åsa Öhman, "Ä"',
        title: '@kylänvanhin\nrivi 2',
        email: 'asa.ohman@kyla.example.org',
        legalBasis: 'consent',
      },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const list = async () => (await api.gql(LIST, { id: eventId })).data!.event;

  it('builds the list from gap suggestions, hand-picked actors and persons, each once', async () => {
    const dry = await api.gql(BUILD, {
      eventId,
      dryRun: true,
      sources: { gapSuggestions: { limit: 8 } },
    });
    expect(dry.errors).toBeUndefined();
    const proposed = dry.data!.addInvitations.proposed;
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((p: { source: string }) => p.source === 'gap_suggestion')).toBe(true);
    expect(dry.data!.addInvitations.added).toEqual([]);
    expect((await list()).invitations).toEqual([]);

    const res = await api.gql(BUILD, {
      eventId,
      sources: {
        actors: [
          { actorId: 'kai-a-kajaani' },
          { actorId: strangeActorId },
          { actorId: 'kai-a-kajaani-kotoutus', personId: 'kai-p-kajaani-kotoutus-2' },
        ],
        persons: ['kai-p-kajaani-1', 'kai-p-kajaani-kotoutus-1'],
        gapSuggestions: { limit: 8 },
      },
    });
    expect(res.errors).toBeUndefined();
    const { added, skipped } = res.data!.addInvitations;
    const ids = added.map((i: Invitation) => i.personId ?? i.actorId);
    expect(new Set(ids).size).toBe(ids.length);
    // kai-p-kajaani-1 is Kajaanin kaupunki's default contact, already picked: the same person.
    expect(skipped).toContainEqual(
      expect.objectContaining({ source: 'person', reason: 'same_person' }),
    );
    expect(added.find((i: Invitation) => i.actorId === strangeActorId).person.name).toBe(
      '-Åsa Öhman, "Ä"',
    );
    expect(added.every((i: Invitation) => i.status === 'draft' && i.version === 1)).toBe(true);
  });

  it('skips an invitee whose address is already on the list, whatever its case', async () => {
    const res = await api.gql(BUILD, {
      eventId,
      sources: { actors: [{ actorId: strangeActorId }] },
    });
    expect(res.data!.addInvitations.added).toEqual([]);
    expect(res.data!.addInvitations.skipped[0].reason).toBe('same_person');
  });

  it('names a hand-picked actor or person that does not exist', async () => {
    const res = await api.gql(BUILD, {
      eventId,
      sources: {
        actors: [{ actorId: 'kai-a-kajaani' }, { actorId: 'kai-a-nobody' }],
        persons: ['kai-p-nobody'],
      },
    });
    expect(res.errors?.[0]?.extensions?.issues?.map((i) => i.field)).toEqual([
      'sources.actors.1.actorId',
      'sources.persons.0',
    ]);
  });

  it('changes statuses in bulk with the date of each change, and refuses a stale version as CONFLICT', async () => {
    const invitations: Invitation[] = (await list()).invitations;
    const first = invitations.slice(0, 3).map((i) => ({ id: i.id, version: i.version }));
    const invited = await api.gql(STATUS, { eventId, invitations: first, status: 'invited' });
    expect(invited.errors).toBeUndefined();
    for (const i of invited.data!.setInvitationStatus) {
      expect(i.status).toBe('invited');
      expect(i.history.map((h: { status: string }) => h.status)).toEqual(['draft', 'invited']);
      expect(i.statusChangedAt).toBe(i.history[1].at);
    }
    const twice = await api.gql(STATUS, {
      eventId,
      invitations: [first[0], first[0]],
      status: 'registered',
    });
    expect(twice.errors?.[0]?.extensions?.issues?.[0]?.field).toBe('invitations.1.id');
    const stale = await api.gql(STATUS, { eventId, invitations: first, status: 'registered' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const current = invited.data!.setInvitationStatus.map((i: Invitation) => ({
      id: i.id,
      version: i.version,
    }));
    const attended = await api.gql(STATUS, {
      eventId,
      invitations: current.slice(0, 2),
      status: 'attended',
    });
    expect(attended.errors).toBeUndefined();
  });

  it('counts the list per status and per category, and shows which panel groups are covered', async () => {
    const event = await list();
    const counts = event.invitationCounts;
    expect(counts.total).toBe(event.invitations.length);
    const byStatus = Object.fromEntries(
      counts.byStatus.map((s: { status: string; count: number }) => [s.status, s.count]),
    );
    expect(byStatus).toMatchObject({
      attended: 2,
      invited: 1,
      draft: counts.total - 3,
      no_show: 0,
    });
    expect(counts.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(
      counts.total,
    );
    const checklist = event.invitationChecklist;
    expect(checklist.profileId).toBe('regional_panel');
    expect(checklist.groups.map((g: { groupId: string }) => g.groupId)).toContain('police');
    for (const group of checklist.groups) {
      expect(group.covered).toBe(group.invitedActorIds.length >= group.required);
      if (!group.covered) expect(group.suggestions.length).toBeGreaterThan(0);
      else expect(group.suggestions).toEqual([]);
    }
    expect(checklist.coveredCount + checklist.missingCount).toBe(checklist.groups.length);
  });

  describe('exports', () => {
    const download = (path: string) => api.fetch(`/api/events/${eventId}/${path}`);

    it('CSV: UTF-8 with BOM, ";" separated, RFC 4180 quoting, formulas neutralised, ä/ö/å intact', async () => {
      const res = await download('invitations.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="2026-10-08-.*\.csv"$/,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(bytes, {
        bom: true,
        delimiter: ';',
        relax_column_count: false,
      });
      expect(rows[0]).toEqual([
        'Organisaatio',
        'Luokka',
        'Kunta',
        'Yhteyshenkilö',
        'Tehtävänimike',
        'Sähköposti',
        'Puhelin',
        'Tila',
      ]);
      const strange = rows.find((r) => r[0].includes('HYPERLINK'))!;
      expect(strange).toEqual([
        `'=HYPERLINK("http://x.example","Ääliö; <script>alert(1)</script>")`,
        'Muu yhteisö',
        'Kajaani',
        `'-Åsa Öhman, "Ä"`,
        `'@kylänvanhin\nrivi 2`,
        'asa.ohman@kyla.example.org',
        // The person has no phone: the contact's details, not the actor's, are exported.
        '',
        // Second on the list, so marked attended above.
        'Osallistui',
      ]);
      for (const row of rows.slice(1))
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(rows.slice(1).map((r) => r[7])).toEqual(
        expect.arrayContaining(['Osallistui', 'Kutsuttu', 'Luonnos']),
      );
    });

    it('CSV in Swedish with ?lang=sv, and only the statuses asked for', async () => {
      const rows: string[][] = parse(
        Buffer.from(
          await (await download('invitations.csv?lang=sv&status=attended')).arrayBuffer(),
        ),
        { bom: true, delimiter: ';' },
      );
      expect(rows[0][0]).toBe('Organisation');
      expect(rows.slice(1).map((r) => r[7])).toEqual(['Deltog', 'Deltog']);
    });

    it('XLSX: a header row and string cells, read back with an independent reader', async () => {
      const res = await download('invitations.xlsx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const { rows, entries } = readXlsx(Buffer.from(await res.arrayBuffer()));
      expect(rows[0]).toEqual([
        'Organisaatio',
        'Luokka',
        'Kunta',
        'Yhteyshenkilö',
        'Tehtävänimike',
        'Sähköposti',
        'Puhelin',
        'Tila',
      ]);
      const strange = rows.find((r) => r[0].includes('HYPERLINK'))!;
      expect(strange[0]).toBe(`'=HYPERLINK("http://x.example","Ääliö; <script>alert(1)</script>")`);
      expect(strange[3]).toBe(`'-Åsa Öhman, "Ä"`);
      const sheet = entries.get('xl/worksheets/sheet1.xml')!;
      expect(sheet).not.toMatch(/<f>/);
      expect(sheet).toMatch(/<col [^>]*width=/);
      expect(rows.length).toBe((await list()).invitations.length + 1);
    });

    it('the same files through GraphQL, and the BCC list of addresses, each once', async () => {
      const res = await api.gql(
        `query ($id: ID!) {
          csv: invitationExport(eventId: $id, format: CSV) { fileName mediaType encoding content url }
          xlsx: invitationExport(eventId: $id, format: XLSX) { encoding content url }
          bcc: invitationExport(eventId: $id, format: EMAILS) { content mediaType } }`,
        { id: eventId },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.csv.content.startsWith('\ufeffOrganisaatio;')).toBe(true);
      expect(res.data!.csv.url).toBe(`/api/events/${eventId}/invitations.csv?lang=fi`);
      expect(res.data!.xlsx.encoding).toBe('base64');
      expect(readXlsx(Buffer.from(res.data!.xlsx.content, 'base64')).rows[0][0]).toBe(
        'Organisaatio',
      );
      const addresses = res.data!.bcc.content.split(', ');
      expect(addresses).toContain('asa.ohman@kyla.example.org');
      expect(new Set(addresses.map((a: string) => a.toLowerCase())).size).toBe(addresses.length);
    });

    it('the printable participant list escapes every text', async () => {
      const res = await download('participants.html');
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('Osallistujalista: Alueellinen paneeli: väestösuhteet Kainuussa');
      expect(html).toContain('@page');
    });

    it('answers 404 for an event that does not exist', async () => {
      const res = await api.fetch(
        `/api/events/00000000-0000-4000-8000-000000000000/invitations.csv`,
      );
      expect(res.status).toBe(404);
    });
  });

  it('deleting an invited actor takes its invitations along', async () => {
    const before = (await list()).invitations.length;
    await api.gql(`mutation ($id: ID!) { deleteActor(id: $id, version: 1) }`, {
      id: strangeActorId,
    });
    const after: Invitation[] = (await list()).invitations;
    expect(after).toHaveLength(before - 1);
    expect(after.some((i) => i.actorId === strangeActorId)).toBe(false);
  });

  it('shows how far the events reached an actor', async () => {
    const res = await api.gql(
      `{ actor(id: "kai-a-etno-kainuu") { reach { organised invited attended spoke } } }`,
    );
    expect(res.data!.actor.reach).toMatchObject({ organised: 2, spoke: 0 }); // this test's event and the demo panel;
  });
});
