import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from './support/read-xlsx';
import { startTestServer, type TestServer } from './support/test-server';

const PLAN_FIELDS = `id title regionCode municipalityCode periodStart periodEnd version
  goals { title } measures { title goal dimensions status responsibleActorIds partnerActorIds
  responsibleActors { name } partners { name } }`;
const CREATE = `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdatePlanInput!) {
  updatePlan(id: $id, version: $version, input: $input) { ${PLAN_FIELDS} } }`;

describe('Action plans and the region report (real HTTP, real SQLite, Kainuu demo)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(async () => {
    await api.close();
  });

  const plan = (overrides: Record<string, unknown> = {}) => ({
    title: 'Kainuun hyvien väestösuhteiden toimintasuunnitelma',
    regionCode: '18',
    periodStart: 2026,
    periodEnd: 2027,
    goals: [{ title: 'Turvallisuuden tunne kasvaa' }, { title: 'Vuoropuhelu päättäjien kanssa' }],
    measures: [
      {
        title: 'Poliisin ja yhteisöjen tapaamiset',
        goal: 0,
        dimensions: ['safety', 'interaction'],
        responsibleActorIds: ['kai-a-poliisi-ennalta'],
        partnerActorIds: ['kai-a-moskeija', 'kai-a-kajastus'],
        startDate: '2026-02-01',
        status: 'ongoing',
      },
      {
        title: '=Päättäjäfoorumi',
        goal: 1,
        dimensions: ['participation'],
        responsibleActorIds: ['kai-a-kainuun-liitto'],
        status: 'planned',
      },
    ],
    ...overrides,
  });

  const issues = (res: {
    errors?: { extensions?: { issues?: { field: string; rule: string }[] } }[];
  }) => res.errors?.[0]?.extensions?.issues?.map((i) => `${i.field}:${i.rule}`);

  it('creates a plan with goals and measures naming actors by external id', async () => {
    const res = await api.gql(CREATE, { input: plan() });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createPlan;
    expect(created.version).toBe(1);
    expect(created.measures[0].responsibleActors).toEqual([
      { name: expect.stringContaining('ennalta') },
    ]);
    expect(created.measures[0].partners).toHaveLength(2);
  });

  it('refuses a missing actor, an unknown goal, a measure without a dimension and a reversed period, naming each field', async () => {
    const res = await api.gql(CREATE, {
      input: plan({
        periodEnd: 2025,
        measures: [{ title: 'X', goal: 5, dimensions: [] }],
      }),
    });
    expect(issues(res)).toEqual(
      expect.arrayContaining([
        'periodEnd:after_start',
        'measures.0.goal:goal_exists',
        'measures.0.dimensions:min_items',
      ]),
    );
    const missing = await api.gql(CREATE, {
      input: plan({
        measures: [
          {
            title: 'X',
            dimensions: ['safety'],
            partnerActorIds: ['kai-a-kajaani', 'kai-a-nobody'],
          },
        ],
      }),
    });
    expect(issues(missing)).toEqual(['measures.0.partnerActorIds.1:exists']);
  });

  it('reviews the plan: dimensions without a measure, key actors without a role, absent categories', async () => {
    const created = (await api.gql(CREATE, { input: plan() })).data!.createPlan;
    const res = await api.gql(
      `query ($id: ID!) { plan(id: $id) { review { dimensionsWithoutMeasure keyActorsWithoutRole absentCategories measuresByStatus { status count } } } }`,
      { id: created.id },
    );
    expect(res.errors).toBeUndefined();
    const review = res.data!.plan.review;
    expect(review.dimensionsWithoutMeasure).toEqual(['attitudes']);
    expect(review.absentCategories).toContain('media');
    expect(review.absentCategories).not.toContain('police');
    expect(review.keyActorsWithoutRole.length).toBeGreaterThan(0);
    expect(review.measuresByStatus).toEqual(
      expect.arrayContaining([
        { status: 'ongoing', count: 1 },
        { status: 'planned', count: 1 },
      ]),
    );
  });

  it('updates only what is given and refuses a stale version with CONFLICT', async () => {
    const created = (await api.gql(CREATE, { input: plan() })).data!.createPlan;
    const res = await api.gql(UPDATE, { id: created.id, version: 1, input: { periodEnd: 2028 } });
    expect(res.data!.updatePlan).toMatchObject({
      periodEnd: 2028,
      version: 2,
      title: created.title,
    });
    expect(res.data!.updatePlan.measures).toHaveLength(2);
    const stale = await api.gql(UPDATE, { id: created.id, version: 1, input: { title: 'X' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('exports the measures as CSV and XLSX and the plan as a printable page', async () => {
    const created = (await api.gql(CREATE, { input: plan() })).data!.createPlan;
    const csv = Buffer.from(
      await (await api.fetch(`/api/plans/${created.id}/measures.csv`)).arrayBuffer(),
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(rows[0][0]).toBe('Toimenpide');
    expect(rows[2][0]).toBe("'=Päättäjäfoorumi");
    expect(rows[1][2]).toBe('Turvallisuuden tunne, Vuorovaikutus');
    const xlsx = readXlsx(
      Buffer.from(
        await (await api.fetch(`/api/plans/${created.id}/measures.xlsx?lang=en`)).arrayBuffer(),
      ),
    );
    expect(xlsx.rows[0][0]).toBe('Measure');
    expect(xlsx.rows[2][0]).toBe("'=Päättäjäfoorumi");
    const page = await api.fetch(`/api/plans/${created.id}.html`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(
      'Toimintasuunnitelma: Kainuun hyvien väestösuhteiden toimintasuunnitelma',
    );
    expect(html).toContain('Osa-alueet ilman toimenpidettä');
    expect(html).toContain('Asenteet');
  });

  describe('regionReport', () => {
    it('gives network size, key actors, gaps, events held and reach by category, and plan status', async () => {
      const event = await api.gql(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            kind: 'training',
            status: 'held',
            title: 'Koulutus <b>Kuhmossa</b>',
            date: '2026-03-12',
            municipalityCode: '290',
          },
        },
      );
      const eventId = event.data!.createEvent.id;
      const built = await api.gql(
        `mutation ($id: ID!) { addInvitations(eventId: $id, sources: { actors: [{ actorId: "kai-a-kuhmo" }, { actorId: "kai-a-jasmiini" }] }) { added { id version } } }`,
        { id: eventId },
      );
      const added = built.data!.addInvitations.added;
      await api.gql(
        `mutation ($e: ID!, $i: [InvitationVersionInput!]!) { setInvitationStatus(eventId: $e, invitations: $i, status: attended) { id } }`,
        { e: eventId, i: [{ id: added[0].id, version: added[0].version }] },
      );
      await api.gql(
        `mutation ($e: ID!, $i: [InvitationVersionInput!]!) { setInvitationStatus(eventId: $e, invitations: $i, status: invited) { id } }`,
        { e: eventId, i: [{ id: added[1].id, version: added[1].version }] },
      );
      const res = await api.gql(`{ regionReport(regionCode: "18", year: 2026) {
        regionName year actorCount tieCount byCategory { category count } byMunicipality { name count }
        keyActors { rank actor { name } reason { fi } } gaps { severity explanation { fi } }
        events { title status } eventsHeld reach { category actors invited attended }
        plans { plan { title } measuresByStatus { status count } } url } }`);
      expect(res.errors).toBeUndefined();
      const report = res.data!.regionReport;
      expect(report).toMatchObject({
        regionName: 'Kainuu',
        year: 2026,
        actorCount: 116,
      });
      expect(report.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(
        116,
      );
      expect(report.byMunicipality).toHaveLength(8);
      expect(report.keyActors.length).toBe(10);
      expect(report.gaps.length).toBeGreaterThan(0);
      // This test's training, and the demo's training held in Kuhmo the same year.
      expect(report.eventsHeld).toBe(2);
      const reach = (category: string) =>
        report.reach.find((r: { category: string }) => r.category === category);
      // Kuhmo's city (here) and its integration services (the demo) attended; the demo panel
      // has invited Kajaani's integration services.
      expect(reach('authority_local')).toMatchObject({ invited: 3, attended: 2 });
      for (const r of report.reach) expect(r.attended).toBeLessThanOrEqual(r.invited);
      expect(report.plans.length).toBeGreaterThan(0);
      expect(report.url).toBe('/api/regions/18/report.html?year=2026');

      const page = await api.fetch(`${report.url}&lang=sv`);
      const html = await page.text();
      expect(html).toContain('Regionrapport: Kainuu');
      expect(html).toContain('Koulutus &lt;b&gt;Kuhmossa&lt;/b&gt;');
      expect(html).not.toContain('<b>Kuhmossa</b>');
    });

    it('refuses an unknown region, naming the field', async () => {
      const res = await api.gql(`{ regionReport(regionCode: "99") { regionName } }`);
      expect(issues(res)).toEqual(['regionCode:region_exists']);
      expect((await api.fetch(`/api/regions/99/report.html`)).status).toBe(400);
    });
  });
});
