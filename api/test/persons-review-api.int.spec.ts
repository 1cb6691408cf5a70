import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from './support/test-server';

const DUE = `query ($before: String) { personsDueForReview(before: $before) { name reviewDate } }`;
const ACTORS =
  'id,name,category,subcategory,municipality_code,email,phone,website,languages,dimensions,tags,description\n' +
  'KAJ-1,Kajaanin seura,ngo,,205,,,,,,,\n' +
  'HKI-1,Helsingin seura,ngo,,091,,,,,,,\n';
const PERSONS_HEADER = 'id,actor_id,name,title,email,phone,legal_basis,source';

async function upload(api: ApiClient, actors: string, persons: string) {
  const form = new FormData();
  form.append('actors', new Blob([actors]), 'actors.csv');
  form.append('persons', new Blob([persons]), 'persons.csv');
  const response = await api.fetch('/api/import', { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as { ok: boolean } };
}

describe("contact persons' review dates (real HTTP, real SQLite)", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
    const persons =
      `${PERSONS_HEADER},review_date\n` +
      'P-1,KAJ-1,Aino Aikaisin,,,,public_task,,2025-01-31\n' +
      'P-2,KAJ-1,Ville Vailla,,,,consent,,\n' +
      'P-3,KAJ-1,Liisa Later,,,,consent,,2030-01-01\n' +
      'P-4,HKI-1,Hilkka Helsinki,,,,consent,,2024-06-01\n';
    expect((await upload(api, ACTORS, persons)).body.ok).toBe(true);
  });
  afterAll(() => api.close());

  it('lists persons without a date first, then those past it, and none still in date', async () => {
    const due = await api.gql(DUE, { before: '2026-12-02' });
    expect(due.data!.personsDueForReview).toEqual([
      { name: 'Ville Vailla', reviewDate: null },
      { name: 'Hilkka Helsinki', reviewDate: '2024-06-01' },
      { name: 'Aino Aikaisin', reviewDate: '2025-01-31' },
    ]);
    const bad = await api.gql(DUE, { before: '2.12.2026' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps to the regions of a regional editor', async () => {
    const input = {
      email: 'k@verkosto.test',
      name: 'K',
      role: 'editor',
      regionCodes: ['18'],
      password: 'kainuu-salasana',
    };
    await api.gql('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input,
    });
    const kainuu = await api.signIn(input.email, input.password);
    const names = (await kainuu.gql(DUE, { before: '2026-12-02' })).data!.personsDueForReview.map(
      (p: { name: string }) => p.name,
    );
    expect(names).toEqual(['Ville Vailla', 'Aino Aikaisin']);
  });

  it('keeps stored dates when a file has no review_date column, and clears one given empty', async () => {
    const without = `${PERSONS_HEADER}\nP-1,KAJ-1,Aino Aikaisin,,,,public_task,\n`;
    expect((await upload(api, ACTORS, without)).body.ok).toBe(true);
    const after = await api.gql('{ person(id: "P-1") { reviewDate version } }');
    expect(after.data!.person).toEqual({ reviewDate: '2025-01-31', version: 1 });
    const cleared = `${PERSONS_HEADER},review_date\nP-1,KAJ-1,Aino Aikaisin,,,,public_task,,\n`;
    expect((await upload(api, ACTORS, cleared)).body.ok).toBe(true);
    expect(
      (await api.gql('{ person(id: "P-1") { reviewDate } }')).data!.person.reviewDate,
    ).toBeNull();
  });

  it('names the field and line of a bad date in a file and in an edit', async () => {
    const bad = `${PERSONS_HEADER},review_date\nP-9,KAJ-1,Uusi,,,,consent,,31.1.2027\n`;
    const answer = await upload(api, ACTORS, bad);
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toMatch(/review_date/);
    const edit = await api.gql(
      'mutation { updatePerson(id: "P-3", version: 1, input: { reviewDate: "huomenna" }) { id } }',
    );
    expect(edit.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'reviewDate' });
  });
});
