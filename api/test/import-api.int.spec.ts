import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const ACTORS_HEADER =
  'id,name,category,subcategory,municipality_code,email,phone,website,languages,dimensions,tags,description';
const PERSONS_HEADER = 'id,actor_id,name,title,email,phone,legal_basis,source';
const RELS_HEADER = 'source_id,target_id,type,strength,since,note';

const GOOD = {
  actors: [
    ACTORS_HEADER,
    // A quoted name with a comma, a doubled quote, and a description that spans two lines.
    'imp-1,"Kajaanin ""Kohtaamo"", ry",ngo,maahanmuuttajayhdistys,205,kohtaamo@example.org,+358 40 555 0111,https://example.org,fi;ar;so,interaction;participation,immigrant_association;nuoret,"Rivi yksi,\nrivi kaksi"',
    'imp-2,Kuhmon Sanomat,media,,290,,,,fi,attitudes,,',
    'imp-3,"=HYPERLINK(""http://evil.example"")",community,,,,,,,,,',
    'imp-4,Åsa-föreningen,ngo,,765,,,,sv;fi,,,Ä ö å',
  ].join('\r\n'),
  persons: [
    PERSONS_HEADER,
    'per-1,imp-1,Aino Esimerkki,"Johtaja, vapaaehtoiset",aino@example.org,040 555 0101,consent,"Lomake ""A"""',
  ].join('\n'),
  relationships: [
    RELS_HEADER,
    'imp-1,imp-2,COMMUNICATES_WITH,2,2020,',
    'imp-2,imp-4,COOPERATES_WITH,,2019-05-01,"Yhteinen, pitkä hanke"',
  ].join('\n'),
};

async function upload(
  api: TestServer,
  files: Partial<Record<'actors' | 'persons' | 'relationships', string>>,
  query = '',
) {
  const form = new FormData();
  for (const [field, text] of Object.entries(files)) {
    form.append(field, new Blob([text], { type: 'text/csv' }), `${field}.csv`);
  }
  const response = await api.fetch(`/api/import${query}`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as any };
}

async function snapshot(api: TestServer) {
  const res = await api.gql(
    `{ network { nodes { id name version updatedAt } edges { id strength } } }`,
  );
  return res.data!.network;
}

describe('POST /api/import (real HTTP, real SQLite)', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => {
    await api.close();
  });

  it('validates without writing on a dry run', async () => {
    const { status, body } = await upload(api, GOOD, '?dryRun=true');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      dryRun: true,
      rows: { actors: 4, persons: 1, relationships: 2 },
      summary: null,
    });
    expect((await snapshot(api)).nodes).toHaveLength(0);
  });

  it('imports good files with tricky quoting, keeping every value literally', async () => {
    const { status, body } = await upload(api, GOOD);
    expect(status).toBe(200);
    expect(body.summary).toEqual({
      actors: { created: 4, updated: 0, unchanged: 0 },
      persons: { created: 1, updated: 0, unchanged: 0 },
      relationships: { created: 2, updated: 0, unchanged: 0 },
    });
    const res =
      await api.gql(`{ actor(id: "imp-1") { name description languages tags regionCode persons { title source }
      relationships { type strength since note } } formula: actor(id: "imp-3") { name } swedish: actor(id: "imp-4") { name description } }`);
    expect(res.data!.actor).toMatchObject({
      name: 'Kajaanin "Kohtaamo", ry',
      description: 'Rivi yksi,\nrivi kaksi',
      languages: ['fi', 'ar', 'so'],
      tags: ['immigrant_association', 'nuoret'],
      regionCode: '18',
      persons: [{ title: 'Johtaja, vapaaehtoiset', source: 'Lomake "A"' }],
      relationships: [{ type: 'COMMUNICATES_WITH', strength: 2, since: '2020', note: null }],
    });
    expect(res.data!.formula.name).toBe('=HYPERLINK("http://evil.example")');
    expect(res.data!.swedish).toEqual({ name: 'Åsa-föreningen', description: 'Ä ö å' });
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot(api);
    const { body } = await upload(api, GOOD);
    expect(body.summary).toEqual({
      actors: { created: 0, updated: 0, unchanged: 4 },
      persons: { created: 0, updated: 0, unchanged: 1 },
      relationships: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await snapshot(api)).toEqual(before);
  });

  it('updates what changed, matching a symmetric tie given in the other direction', async () => {
    const actors = GOOD.actors.replace('imp-2,Kuhmon Sanomat', 'imp-2,Kuhmon Sanomat Oy');
    const relationships = [RELS_HEADER, 'imp-2,imp-1,COMMUNICATES_WITH,3,2020,'].join('\n');
    const { body } = await upload(api, { actors, relationships });
    expect(body.summary).toMatchObject({
      actors: { created: 0, updated: 1, unchanged: 3 },
      relationships: { created: 0, updated: 1, unchanged: 0 },
    });
    const res = await api.gql(
      `{ actor(id: "imp-2") { name version relationships { type strength } } }`,
    );
    expect(res.data!.actor.name).toBe('Kuhmon Sanomat Oy');
    expect(res.data!.actor.version).toBe(2);
    expect(res.data!.actor.relationships).toContainEqual({
      type: 'COMMUNICATES_WITH',
      strength: 3,
    });
  });

  it('rejects the whole import when one row is bad, lists every problem, and leaves the store unchanged', async () => {
    const before = await snapshot(api);
    const actors = [
      ACTORS_HEADER,
      'new-1,Uusi yhdistys,ngo,,205,,,,,,,',
      'new-2,Huono kategoria,wizards,,205,,,,,,,',
      'new-3,Huono posti,ngo,,205,not-an-email,,,,,,',
      'new-1,Sama tunnus,ngo,,205,,,,,,,',
      'new-4,Huonot listat,ngo,,205,,,,xx,flying,,',
      'new-5,Tuntematon kunta,ngo,,999,,,,,,,',
    ].join('\n');
    const relationships = [
      RELS_HEADER,
      'new-1,imp-1,FUNDS,7,,',
      'new-1,ghost,COOPERATES_WITH,1,,',
      'new-1,new-1,FUNDS,1,,',
    ].join('\n');
    const { status, body } = await upload(api, { actors, relationships });
    expect(status).toBe(422);
    expect(body.ok).toBe(false);
    expect(body.summary).toBeNull();
    const found = body.issues.map(
      (i: { file: string; line: number; column: string; rule: string }) =>
        `${i.file}:${i.line}:${i.column}:${i.rule}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'actors.csv:3:category:one_of',
        'actors.csv:4:email:email',
        'actors.csv:5:id:unique',
        'actors.csv:6:languages:iso_639_1',
        'actors.csv:6:dimensions:one_of',
        'actors.csv:7:municipality_code:municipality_exists',
        'relationships.csv:2:strength:max',
        'relationships.csv:3:target_id:exists',
        'relationships.csv:4:target_id:distinct',
      ]),
    );
    expect(await snapshot(api)).toEqual(before);
  });

  it('reports a header that is not the format', async () => {
    const { status, body } = await upload(api, { actors: 'id,nimi,category\nx,y,ngo' });
    expect(status).toBe(422);
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'actors.csv', line: 1, column: 'name', rule: 'header' }),
        expect.objectContaining({ file: 'actors.csv', line: 1, column: 'nimi', rule: 'header' }),
      ]),
    );
  });

  it('reports the line of a row after a cell that spans lines, and a broken quote', async () => {
    const actors = [
      ACTORS_HEADER,
      'a-1,"Monirivinen\nnimi",ngo,,205,,,,,,,',
      'a-2,Toinen,ngo,,205,bad,,,,,,',
    ].join('\n');
    const { body } = await upload(api, { actors });
    expect(body.issues).toEqual([
      expect.objectContaining({ line: 4, column: 'email', rule: 'email' }),
    ]);
    const broken = await upload(api, {
      actors: `${ACTORS_HEADER}\na-1,"never closed,ngo,,,,,,,,,`,
    });
    expect(broken.body.issues[0]).toMatchObject({ file: 'actors.csv', rule: 'csv' });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const { body } = await upload(
      api,
      { actors: `\uFEFF${ACTORS_HEADER}\nbom-1,Ähtärin BOM ry,ngo,,,,,,,,,` },
      '?dryRun=1',
    );
    expect(body.ok).toBe(true);
  });

  it('asks for actors.csv when it is missing', async () => {
    const { status, body } = await upload(api, { persons: PERSONS_HEADER });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'BAD_USER_INPUT',
      issues: [{ field: 'actors', rule: 'required' }],
    });
  });
});

describe('a restart', () => {
  it('keeps the data', async () => {
    let api = await startTestServer();
    const created = await api.gql(
      `mutation { createActor(input: { name: "Pysyvä ry", category: ngo, regionCode: "18" }) { id } }`,
    );
    const id = created.data!.createActor.id;
    api = await api.restart();
    try {
      const res = await api.gql(`query ($id: ID!) { actor(id: $id) { name } }`, { id });
      expect(res.data!.actor).toEqual({ name: 'Pysyvä ry' });
    } finally {
      await api.close();
    }
  });
});
