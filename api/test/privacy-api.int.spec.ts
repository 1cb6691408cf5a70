import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const INVITATIONS = `query ($id: ID!) { event(id: $id) { invitations { id person { id name email } } } }`;

describe('GDPR: a contact person’s data, export and erasure (real HTTP, the Kainuu demo)', () => {
  let api: TestServer;
  let eventId: string;
  let person: { id: string; name: string; email: string };

  beforeAll(async () => {
    api = await startTestServer({
      demo: true,
      env: {
        VERKOSTO_PRIVACY_CONTROLLER: 'Kainuun testikunta',
        VERKOSTO_PRIVACY_CONTACT: 'tietosuoja@example.fi',
      },
    });
    const events = await api.gql(
      '{ events(filter: { regionCode: "18" }) { id invitationCounts { total } } }',
    );
    eventId = events.data!.events.find(
      (e: { invitationCounts: { total: number } }) => e.invitationCounts.total > 0,
    ).id;
    const list = await api.gql(INVITATIONS, { id: eventId });
    person = list.data!.event.invitations.find((i: { person: unknown }) => i.person).person;
    // A change, so the audit log has an entry about the person.
    await api.gql(
      `mutation { updatePerson(id: "${person.id}", version: 1, input: { title: "Uusi nimike" }) { id } }`,
    );
  }, 60_000);
  afterAll(() => api.close());

  it('exports everything held about the person as JSON', async () => {
    const answer = await api.gql(`{ personDataExport(id: "${person.id}") }`);
    expect(answer.errors).toBeUndefined();
    const data = JSON.parse(answer.data!.personDataExport);
    expect(data.person).toMatchObject({ id: person.id, name: person.name, title: 'Uusi nimike' });
    expect(data.actor.name).toEqual(expect.any(String));
    expect(data.invitations.length).toBeGreaterThan(0);
    expect(data.invitations[0].event.id).toBe(eventId);
    expect(data.auditTrail.map((e: { action: string }) => e.action)).toContain('update');
  });

  it('erases the person and their invitations, leaving only a pseudonymous trace in the audit log', async () => {
    const erased = await api.gql(`mutation { erasePerson(id: "${person.id}") }`);
    expect(erased.data).toEqual({ erasePerson: person.id });
    expect((await api.gql(`{ person(id: "${person.id}") { id } }`)).data).toEqual({ person: null });
    const list = await api.gql(INVITATIONS, { id: eventId });
    const ids = list.data!.event.invitations.map(
      (i: { person: { id: string } | null }) => i.person?.id,
    );
    expect(ids).not.toContain(person.id);

    // Every entry, page by page (the cost limit keeps a page to some thirty entries).
    const entries: Record<string, string | null>[] = [];
    let before: number | null = null;
    for (;;) {
      const page = await api.gql(
        'query ($before: Int) { auditLog(first: 30, before: $before) { seq action entity entityId before after detail } }',
        { before },
      );
      expect(page.errors).toBeUndefined();
      const items = page.data!.auditLog as (Record<string, string | null> & { seq: number })[];
      if (items.length === 0) break;
      entries.push(...items);
      before = items[items.length - 1].seq;
    }
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'erase', entity: 'Person', entityId: person.id }),
    );
    const text = JSON.stringify(entries);
    expect(text).not.toContain(person.name);
    if (person.email) expect(text).not.toContain(person.email);
  });

  it('is for admins only', async () => {
    await api.gql(
      `mutation { createUser(input: { email: "e@verkosto.test", name: "E", role: editor, regionCodes: ["18"], password: "editori-salasana" }) { id } }`,
    );
    const editor = await api.signIn('e@verkosto.test', 'editori-salasana');
    expect((await editor.gql(`{ personDataExport(id: "x") }`)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('serves the privacy statement with the configured controller, before sign-in', async () => {
    const page = await api.anonymous.fetch('/privacy.html?lang=sv');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Dataskyddsbeskrivning');
    expect(html).toContain('Kainuun testikunta');
    expect(html).toContain('tietosuoja@example.fi');
  });
});
