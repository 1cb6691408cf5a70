import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/session';
import { apiAndBrowser, openBrowser, screenshot } from './support/browser';

// Fictional measures of the Kainuu demo region; the first title carries ä, ö and å for the
// CSV to keep.
const FIRST = 'Kylätalojen yhteisöillat ja Åkerin kielikahvila';
const SECOND = 'Turvallisuuskävelyt Sotkamossa';
const FINNISH_HEADER = [
  'Toimenpide',
  'Tavoite',
  'Osa-alueet',
  'Vastuutoimijat',
  'Kumppanit',
  'Alkaa',
  'Päättyy',
  'Tila',
];

/** Picks an actor by name in one of a measure's pickers (responsible or partners). */
async function pickActor(page: Page, measure: Locator, role: string, name: string) {
  await measure.getByTestId(`${role}-picker`).getByRole('combobox').fill(name);
  await page
    .getByRole('option')
    .filter({ hasText: `${name} ·` })
    .first()
    .click();
  await measure.getByTestId(`${role}-actor`).filter({ hasText: name }).waitFor();
}

/** Clicks a download link as a user would and returns the bytes the browser saved. */
async function downloadVia(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await download.path());
}

/** A plan made through the API (the page's own session), for the tests that only read it. */
async function createPlan(
  page: Page,
  url: string,
  title: string,
): Promise<{ id: string; version: number }> {
  const answer = await page.request.post(`${url}/graphql`, {
    data: {
      query: 'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id version } }',
      variables: {
        input: {
          title,
          regionCode: '18',
          periodStart: 2027,
          periodEnd: 2028,
          measures: [{ title: 'Yhteinen kevätjuhla', dimensions: ['interaction'] }],
        },
      },
    },
  });
  const body = await answer.json();
  expect(body.errors).toBeUndefined();
  return body.data.createPlan;
}

describe('a regional action plan of the demo region (Chromium)', () => {
  const demo = apiAndBrowser();

  it('creates a plan with two measures, shows what it leaves out, keeps an edit, and exports the measures', async () => {
    const { page } = demo;
    await page.goto(`${demo.api.url}/?region=18`);
    await page.getByTestId('plans-link').click();
    await page.getByTestId('plans-page').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('plans');

    await page.getByTestId('new-plan').click();
    const form = page.getByTestId('plan-form');
    await form.locator('input[name="title"]').fill('Kainuun kotoutumisohjelma 2027–2029');
    await form.locator('input[name="periodStart"]').fill('2027');
    await form.locator('input[name="periodEnd"]').fill('2029');
    await form.getByTestId('add-goal').click();
    await form.getByTestId('goal-row').first().locator('input').first().fill('Yhteinen arki');

    await form.getByTestId('add-measure').click();
    const first = form.getByTestId('measure-fields').nth(0);
    await first.locator('input[name="measures.0.title"]').fill(FIRST);
    await first.locator('input[value="interaction"]').check();
    await pickActor(page, first, 'responsible', 'Kajaanin kaupunki');
    await pickActor(page, first, 'partners', 'Monikulttuurikeskus Kajastus ry');
    await first.locator('input[name="measures.0.startDate"]').fill('2027-01-15');
    await first.locator('input[name="measures.0.endDate"]').fill('2027-12-31');

    await form.getByTestId('add-measure').click();
    const second = form.getByTestId('measure-fields').nth(1);
    await second.locator('input[name="measures.1.title"]').fill(SECOND);
    await second.locator('input[value="safety"]').check();
    await pickActor(page, second, 'responsible', 'Kainuun Somaliyhdistys Hiiraan ry');
    await form.getByTestId('plan-save').click();

    // Saved: the plan's own page, its id in the URL.
    await page.getByTestId('plan-details').waitFor();
    const planId = new URL(page.url()).searchParams.get('plan');
    expect(planId).toMatch(/\S/);
    const rows = page.getByTestId('measure-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Monikulttuurikeskus Kajastus ry');

    // The review: attitudes and participation have no measure, and the region's key actors
    // and most kinds of actor have no role.
    const dims = await page.getByTestId('review-dimensions').textContent();
    expect(dims).toContain('Asenteet');
    expect(dims).toContain('Osallisuus');
    expect(dims).not.toContain('Vuorovaikutus');
    await page.getByTestId('review-key-actors').waitFor();
    expect(await page.getByTestId('review-categories').textContent()).toMatch(/\S/);
    await screenshot(page, 'plans-01-created');

    // Edit the second measure's status.
    await page.getByTestId('plan-edit').click();
    await page.locator('select[name="measures.1.status"]').selectOption('ongoing');
    await page.getByTestId('measure-fields').nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'plans-02-form');
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-details').waitFor();
    await expect.poll(() => rows.nth(1).getAttribute('data-status')).toBe('ongoing');

    // Kept on the server: a reload shows it again.
    await page.reload();
    await page.getByTestId('plan-details').waitFor();
    expect(await rows.nth(1).getAttribute('data-status')).toBe('ongoing');
    expect(await rows.nth(1).getByTestId('measure-status').textContent()).toBe('Käynnissä');
    expect(await page.getByTestId('plan-status-counts').first().textContent()).toContain(
      'Käynnissä 1',
    );
    await screenshot(page, 'plans-03-after-edit');

    // The measures as CSV through the page's link: a header and two rows, ä/ö/å kept.
    const csv = await downloadVia(page, 'plan-csv');
    const text = csv.toString('utf8').replace(/^\uFEFF/, '');
    const csvRows: string[][] = parse(text, { delimiter: ';' });
    expect(csvRows[0]).toEqual(FINNISH_HEADER);
    expect(csvRows).toHaveLength(3);
    expect(csvRows[1][0]).toBe(FIRST);
    expect(csvRows[1][0]).toMatch(/ä.*ö.*Å/);
    expect(csvRows[1][3]).toBe('Kajaanin kaupunki');

    // The same page in Swedish, its files too.
    await page.getByTestId('language-select').selectOption('sv');
    await page.getByRole('heading', { name: 'Åtgärder', exact: true }).waitFor();
    expect(await page.getByTestId('plan-csv').getAttribute('href')).toContain('lang=sv');
    expect(await rows.nth(1).getByTestId('measure-status').textContent()).toBe('Pågår');
    await screenshot(page, 'plans-04-swedish');
    await page.getByTestId('language-select').selectOption('fi');

    // The plan in the list, with its period and counts.
    await page.getByTestId('back-to-plans').click();
    const row = page.getByTestId('plan-row').filter({ hasText: 'Kainuun kotoutumisohjelma' });
    expect(await row.textContent()).toContain('2027–2029');
    await screenshot(page, 'plans-05-list');
  });

  it('offers a reload when someone else saved the plan in between', async () => {
    const { page } = demo;
    const plan = await createPlan(page, demo.api.url, 'Kuhmon kylien suunnitelma');
    await page.goto(`${demo.api.url}/?region=18&page=plans&plan=${plan.id}`);
    await page.getByTestId('plan-edit').click();
    await page.locator('input[name="title"]').fill('Kuhmon kylien suunnitelma, minun');
    // A colleague saves first.
    const other = await page.request.post(`${demo.api.url}/graphql`, {
      data: {
        query:
          'mutation ($id: ID!, $v: Int!) { updatePlan(id: $id, version: $v, input: { title: "Kuhmon kylien suunnitelma, toisen" }) { version } }',
        variables: { id: plan.id, v: plan.version },
      },
    });
    expect((await other.json()).errors).toBeUndefined();
    await page.getByTestId('plan-save').click();
    const conflict = page.getByTestId('plan-conflict');
    await conflict.waitFor();
    await conflict.getByRole('button').click();
    await page.getByTestId('plan-details').waitFor();
    // The reload keeps the old answer on screen until the new one arrives.
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Kuhmon kylien suunnitelma, toisen');
  });

  it('shows a viewer the plan without the controls that change it', async () => {
    const plan = await createPlan(demo.page, demo.api.url, 'Paltamon suunnitelma');
    const viewer = {
      email: 'suunnitelmien.katselija@verkosto.test',
      password: 'katselija-plans-1',
    };
    const created = await demo.page.request.post(`${demo.api.url}/graphql`, {
      data: {
        query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: {
          input: {
            ...viewer,
            name: 'Suunnitelmien Katselija',
            role: 'viewer',
            regionCodes: ['18'],
          },
        },
      },
    });
    expect((await created.json()).errors).toBeUndefined();
    const other = await openBrowser({
      url: demo.api.url,
      cookie: await signIn(demo.api.url, viewer.email, viewer.password),
    });
    try {
      const { page } = other;
      await page.goto(`${demo.api.url}/?region=18&page=plans`);
      await page.getByTestId('plan-link').filter({ hasText: 'Paltamon suunnitelma' }).click();
      await page.getByTestId('plan-details').waitFor();
      expect(new URL(page.url()).searchParams.get('plan')).toBe(plan.id);
      expect(await page.getByTestId('plan-edit').count()).toBe(0);
      await page.getByTestId('back-to-plans').click();
      await page.getByTestId('plans-page').waitFor();
      expect(await page.getByTestId('new-plan').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('shows the server’s field errors next to the fields they name', async () => {
    const { page } = demo;
    await page.goto(`${demo.api.url}/?region=18&page=plans`);
    await page.getByTestId('new-plan').click();
    const form = page.getByTestId('plan-form');
    await form.locator('input[name="periodEnd"]').fill('2020');
    await form.getByTestId('add-measure').click();
    await form.locator('input[name="measures.0.title"]').fill('Ilman osa-aluetta');
    await form.getByTestId('plan-save').click();
    expect(await form.getByTestId('error-title').textContent()).toBe('Pakollinen.');
    expect(await form.locator('input[name="title"]').getAttribute('aria-invalid')).toBe('true');
    // The API checks the rules between fields once every field is well formed.
    await form.locator('input[name="title"]').fill('Virheellinen suunnitelma');
    await form.getByTestId('plan-save').click();
    expect(await form.getByTestId('error-measures.0.dimensions').textContent()).toBe(
      'Valitse vähintään yksi osa-alue.',
    );
    expect(await form.getByTestId('error-periodEnd').textContent()).toBe(
      'Loppu ei voi olla ennen alkua.',
    );
    expect(await form.getByTestId('error-title').count()).toBe(0);
    await screenshot(page, 'plans-06-field-errors');
  });

  it('makes a municipal plan, then deletes it after asking', async () => {
    const { page } = demo;
    await page.goto(`${demo.api.url}/?region=18&page=plans`);
    await page.getByTestId('new-plan').click();
    const form = page.getByTestId('plan-form');
    await form.locator('input[name="title"]').fill('Kajaanin kotoutumisohjelma');
    await form.getByTestId('plan-municipality').selectOption('205');
    await form.getByTestId('plan-save').click();
    await page.getByTestId('plan-details').waitFor();
    const url = new URL(page.url());
    const id = url.searchParams.get('plan')!;
    const saved = await page.request.post(`${demo.api.url}/graphql`, {
      data: { query: `{ plan(id: "${id}") { municipalityCode regionCode } }` },
    });
    expect((await saved.json()).data.plan).toEqual({ municipalityCode: '205', regionCode: '18' });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('plan-delete').click();
    await page.getByTestId('plans-page').waitFor();
    await expect
      .poll(() =>
        page.getByTestId('plan-row').filter({ hasText: 'Kajaanin kotoutumisohjelma' }).count(),
      )
      .toBe(0);
  });
});
