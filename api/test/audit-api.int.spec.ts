import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, type TestServer } from './support/test-server';

const LOG = `query ($entity: String, $entityId: ID, $first: Int! = 30, $before: Int) {
  auditLog(entity: $entity, entityId: $entityId, first: $first, before: $before) {
    seq userEmail action entity entityId before after detail
  }
}`;

describe('the audit log (real HTTP, real SQLite, the Kainuu demo)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  }, 60_000);
  afterAll(() => api.close());

  it('records who changed which actor, with the record before and after', async () => {
    const created = await api.gql(
      `mutation { createActor(input: { name: "Auditoitava seura", category: ngo, municipalityCode: "205" }) { id version } }`,
    );
    const id = created.data!.createActor.id;
    await api.gql(
      `mutation { updateActor(id: "${id}", version: 1, input: { name: "Uusi nimi" }) { id } }`,
    );
    await api.gql(`mutation { deleteActor(id: "${id}", version: 2) }`);

    const log = (await api.gql(LOG, { entity: 'Actor', entityId: id })).data!.auditLog;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(log.every((e: { userEmail: string }) => e.userEmail === TEST_ADMIN.email)).toBe(true);
    const [deleted, updated, made] = log;
    expect(JSON.parse(made.after)).toMatchObject({ name: 'Auditoitava seura', version: 1 });
    expect(made.before).toBeNull();
    expect(JSON.parse(updated.before).name).toBe('Auditoitava seura');
    expect(JSON.parse(updated.after)).toMatchObject({ name: 'Uusi nimi', version: 2 });
    expect(JSON.parse(deleted.before).name).toBe('Uusi nimi');
    expect(deleted.after).toBeNull();
  });

  it('records every export: which list, which filter, how many rows', async () => {
    const events = await api.gql(
      '{ events(filter: { regionCode: "18" }) { id invitationCounts { total } } }',
    );
    expect(events.errors).toBeUndefined();
    const event = events.data!.events.find(
      (e: { invitationCounts: { total: number } }) => e.invitationCounts.total > 0,
    );
    const csv = await api.fetch(`/api/events/${event.id}/invitations.csv?status=draft,invited`);
    expect(csv.status).toBe(200);
    const [entry] = (await api.gql(LOG, { entity: 'InvitationList', first: 1 })).data!.auditLog;
    expect(entry).toMatchObject({
      action: 'export',
      entityId: event.id,
      userEmail: TEST_ADMIN.email,
    });
    const detail = JSON.parse(entry.detail);
    expect(detail).toMatchObject({ format: 'CSV', lang: 'fi', statuses: ['draft', 'invited'] });
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(detail.rows).toBe(lines.length - 1);
  });

  it('keeps password hashes out and lets only admins read it', async () => {
    await api.gql(
      `mutation { createUser(input: { email: "lukija@verkosto.test", name: "Lukija", role: viewer, regionCodes: ["18"], password: "lukija-salasana" }) { id } }`,
    );
    const [entry] = (await api.gql(LOG, { entity: 'User', first: 1 })).data!.auditLog;
    expect(entry.after).toContain('lukija@verkosto.test');
    expect(entry.after).not.toMatch(/argon2|passwordHash/);
    const viewer = await api.signIn('lukija@verkosto.test', 'lukija-salasana');
    expect((await viewer.gql(LOG)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first', async () => {
    const first = (await api.gql(LOG, { first: 2 })).data!.auditLog;
    const next = (await api.gql(LOG, { first: 2, before: first[1].seq })).data!.auditLog;
    expect(next[0].seq).toBeLessThan(first[1].seq);
    expect((await api.gql(LOG, { first: 0 })).errors?.[0].extensions?.issues?.[0].field).toBe(
      'first',
    );
  });
});
