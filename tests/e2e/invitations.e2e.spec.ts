import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from './files/read-xlsx';
import { apiAndBrowser, openBrowser, screenshot } from './support/browser';
import { query } from '../support/graphql-http';

// The Kainuu demo's planned regional panel has a half-built invitation list
// (graph-seed/src/demo/kainuu/events.ts): an entrepreneur and a community are missing.
const PANEL = 'alueellinen paneeli';
// A name a spreadsheet would run as a formula, with a `;` to quote and ä, ö and å to keep.
const FORMULA_NAME = '=1+1;2 Sääksjärven Öljy ja Åkeri Oy';
const FINNISH_HEADER = [
  'Organisaatio',
  'Luokka',
  'Kunta',
  'Yhteyshenkilö',
  'Tehtävänimike',
  'Sähköposti',
  'Puhelin',
  'Tila',
];

const rows = (page: Page) => page.getByTestId('invitation-row');

/** Clicks a download link as a user would and returns the bytes the browser saved. */
async function downloadVia(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await download.path());
}

describe('the invitation list of the demo panel (Chromium)', () => {
  const demo = apiAndBrowser();

  it('builds the list from gap suggestions and a picked actor, marks statuses in bulk, and exports it', async () => {
    const { page, context } = demo.browser;
    await page.goto(`${demo.api.url}/?region=18&page=events`);
    // Added after the app has loaded, as by a colleague meanwhile: the picker must find it
    // (the events pages do not take over a network fetched at start-up). Through the page's
    // own session, so it is signed in as the page is.
    const created = await page.request.post(`${demo.api.url}/graphql`, {
      data: {
        query: 'mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }',
        variables: {
          input: {
            name: FORMULA_NAME,
            category: 'employer',
            municipalityCode: '205',
            email: 'sakari@aakeri.example.org',
          },
        },
      },
    });
    expect((await created.json()).errors).toBeUndefined();

    await page.getByTestId('event-link').filter({ hasText: PANEL }).click();
    await page.getByTestId('event-details').waitFor();
    expect(new URL(page.url()).searchParams.get('event')).toMatch(/\S/);
    expect(await page.getByTestId('programme').locator(':scope > li').count()).toBe(4);
    expect(await page.getByTestId('co-organisers').textContent()).toContain('Kainuun ETNO');
    await rows(page).first().waitFor();
    await screenshot(page, 'invitations-01-event');
    const seeded = await rows(page).count();
    const coveredBefore = await page.locator('[data-covered="true"]').count();
    expect(await page.locator('[data-covered="false"]').count()).toBeGreaterThan(0);
    await page.getByTestId('checklist').scrollIntoViewIfNeeded();
    await screenshot(page, 'invitations-02-checklist-before');

    // A suggestion of a missing group goes on the list at once, and the group is covered.
    await page
      .locator('[data-covered="false"]')
      .first()
      .getByRole('button', { name: 'Lisää listalle' })
      .first()
      .click();
    await expect.poll(() => rows(page).count()).toBe(seeded + 1);
    await expect.poll(() => page.locator('[data-covered="true"]').count()).toBe(coveredBefore + 1);
    const before = await rows(page).count();

    // Gap suggestions of the event's region and profile: a dry run first, then the same add.
    await page.getByTestId('builder-preview').click();
    await page.getByTestId('builder-proposed').waitFor();
    const proposed = await page.getByTestId('proposed-row').count();
    expect(proposed).toBeGreaterThan(0);
    expect(await rows(page).count()).toBe(before); // a dry run writes nothing
    await page.getByTestId('builder-add').click();
    await page.getByTestId('builder-added').waitFor();
    await expect.poll(() => rows(page).count()).toBe(before + proposed);

    // A hand-picked actor, found by name in the region's actors.
    await page.getByTestId('source-picked').check();
    await page.getByTestId('builder-picker').getByRole('combobox').fill('Sääksjärven');
    await page.getByRole('option', { name: /Sääksjärven/ }).click();
    await page.getByTestId('builder-preview').click();
    await expect.poll(() => page.getByTestId('proposed-row').count()).toBe(1);
    await page.getByTestId('builder-add').click();
    await expect.poll(() => rows(page).count()).toBe(before + proposed + 1);

    const checklist = page.getByTestId('checklist');
    await checklist.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await page.locator('[data-covered="true"]').count()).toBeGreaterThanOrEqual(
      coveredBefore,
    );
    await screenshot(page, 'invitations-03-checklist-after');

    // The contact person per row: Kainuun Päivä's invitation to the paper's own address.
    const paper = rows(page).filter({ hasText: 'Kainuun Päivä' });
    expect(await paper.locator('.email').textContent()).toContain('katja.oikarinen@');
    await paper.getByRole('combobox').selectOption('');
    await expect.poll(() => paper.locator('.email').textContent()).not.toContain('katja');
    expect(await paper.getByRole('combobox').inputValue()).toBe('');

    // Key actors as a source: the dry run says who would be added, and writes nothing.
    await page.getByTestId('source-key').check();
    await page.getByTestId('builder-preview').click();
    await page.getByTestId('builder-proposed').waitFor();
    expect(await rows(page).count()).toBe(before + proposed + 1);

    // The region's actors of chosen categories: the dry run proposes religious communities only.
    await page.getByTestId('source-filter').check();
    await page.getByTestId('builder-category-religious').check();
    await page.getByTestId('builder-preview').click();
    await page.getByTestId('builder-proposed').waitFor();
    const byCategory = await query(
      demo.api.url,
      '{ actors(filter: { regionCode: "18", categories: [religious] }) { totalCount } }',
    );
    const religious = page.getByTestId('proposed-row');
    const count = await religious.count();
    expect(count).toBeLessThanOrEqual(byCategory.actors.totalCount);
    for (let i = 0; i < count; i += 1) {
      expect(await religious.nth(i).textContent()).toContain('Uskonnollinen yhteisö');
    }
    // Proposed or already on the list: the category's actors are all accounted for.
    const preview = (await page.getByTestId('builder-proposed').textContent()) ?? '';
    expect(count > 0 || /jo listalla/.test(preview)).toBe(true);
    expect(await rows(page).count()).toBe(before + proposed + 1);

    // Every draft invited at once.
    const drafts = page.locator('[data-testid="invitation-row"][data-status="draft"]');
    const draftCount = await drafts.count();
    expect(draftCount).toBeGreaterThan(proposed);
    for (let i = 0; i < draftCount; i += 1) await drafts.nth(i).getByRole('checkbox').check();
    await page.getByTestId('bulk-status').selectOption('invited');
    await page.getByTestId('bulk-apply').click();
    await expect.poll(() => drafts.count()).toBe(0);
    // Sorted by status, in the order of the workflow; the same click again turns it round.
    const order = ['draft', 'invited', 'registered', 'declined', 'attended', 'no_show'];
    const statusOrder = async () =>
      (await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).map(
        (st) => order.indexOf(st!),
      );
    await page.getByTestId('sort-status').click();
    const ascending = await statusOrder();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByTestId('sort-status').click();
    expect(await statusOrder()).toEqual([...ascending].reverse());

    // Showing one status; the bulk change applies to what is shown.
    await page.getByTestId('status-filter').selectOption('registered');
    const registered = await rows(page).count();
    expect(registered).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid="invitation-row"][data-status="registered"]').count(),
    ).toBe(registered);
    // The files follow the table: the registered only, e.g. for a list to sign at the door.
    expect(await page.getByTestId('export-print').getAttribute('href')).toMatch(
      /participants\.html\?lang=fi&status=registered$/,
    );
    const href = await page.getByTestId('export-csv').getAttribute('href');
    const onlyRegistered = await (await page.request.get(`${demo.api.url}${href}`)).body();
    expect(parse(onlyRegistered.subarray(3).toString('utf8'), { delimiter: ';' })).toHaveLength(
      registered + 1,
    );
    await page.getByTestId('status-filter').selectOption('');

    // Removing a row asks first; declining the question keeps it.
    const rasism = rows(page).filter({ hasText: 'Kainuu ilman rasismia' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await rasism.getByRole('button').click();
    expect(await rasism.count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await rasism.getByRole('button').click();
    await expect.poll(() => rasism.count()).toBe(0);
    const total = await rows(page).count();
    await page.getByTestId('invitation-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'invitations-04-statuses');

    // The addresses for BCC, through the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.api.url });
    await page.getByTestId('copy-emails').click();
    await expect
      .poll(() => page.getByTestId('emails').inputValue())
      .toContain('sakari@aakeri.example.org');

    // CSV through the link: Excel's UTF-8 BOM, `;`, the formula neutralised, letters intact.
    const csv = await downloadVia(page, 'export-csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.subarray(3).toString('utf8');
    expect(csvText.split('\r\n')[0]).toBe(FINNISH_HEADER.join(';'));
    const csvRows: string[][] = parse(csvText, { delimiter: ';' });
    expect(csvRows[0]).toEqual(FINNISH_HEADER);
    expect(csvRows).toHaveLength(total + 1);
    const picked = csvRows.find((r) => r[0].includes('Sääksjärven'));
    expect(picked?.[0]).toBe(`'${FORMULA_NAME}`);
    expect(picked?.[2]).toBe('Kajaani');
    expect(csvRows.some((r) => r[0] === 'Kainuun Päivä')).toBe(true);
    expect(csvRows.slice(1).map((r) => r[7])).not.toContain('Luonnos');

    // XLSX through its link, read from the ZIP itself: the same table as the CSV.
    const xlsx = await downloadVia(page, 'export-xlsx');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readXlsxRows(xlsx)).toEqual(csvRows);

    // The printable participant list opens in a tab of its own.
    const [print] = await Promise.all([
      context.waitForEvent('page'),
      page.getByTestId('export-print').click(),
    ]);
    await print.waitForLoadState();
    expect(await print.textContent('body')).toContain(FORMULA_NAME);
    await screenshot(print, 'invitations-05-print');
    await print.close();

    const report = await page.request.get(`${demo.api.url}/api/regions/18/report.html?lang=fi`);
    expect(report.status()).toBe(200);
    await page.goto(`${demo.api.url}/api/regions/18/report.html?lang=fi`);
    await screenshot(page, 'invitations-06-report');
  });

  it('creates an event with the field errors next to their fields, and offers a reload on a conflict', async () => {
    const { page } = demo;
    const graphql = async (query: string, variables: Record<string, unknown>) =>
      (
        await (
          await page.request.post(`${demo.api.url}/graphql`, { data: { query, variables } })
        ).json()
      ).data;
    await page.goto(`${demo.api.url}/?region=18&page=events`);
    await page.getByTestId('new-event').click();
    const form = page.getByTestId('event-form');
    await form.locator('[name=title]').fill('Hyvät väestösuhteet – koulutus Sotkamossa');
    await form.locator('[name=kind]').selectOption('training');
    await form.locator('[name=date]').fill('2026-12-01');
    await form.locator('[name=startTime]').fill('15:00');
    await form.locator('[name=endTime]').fill('14:00');
    await form.locator('[name=municipalityCode]').selectOption('765');
    // A co-organiser picked by name, with a task and a share over 100 %.
    await form.getByTestId('co-organiser-picker').getByRole('combobox').fill('Kainuun ETNO');
    await page.getByRole('option', { name: /Kainuun ETNO/ }).click();
    const organiser = form.getByTestId('co-organiser-row');
    await organiser.getByRole('checkbox', { name: 'kutsut' }).check();
    await organiser.locator('input[type=number]').fill('150');
    // A programme item with a speaker from outside the register.
    await form.getByTestId('add-programme-item').click();
    const item = form.getByTestId('programme-item');
    await item.getByTestId('programme-title').fill('Avaus: mitä hyvät väestösuhteet ovat?');
    await item.getByLabel('tai nimellä').fill('Dosentti Åsa Öhman');
    await item.getByRole('button', { name: 'Lisää puhuja' }).click();
    await page.getByTestId('event-save').click();
    // The server refuses; each refusal is said at its own field, one check round at a time.
    await expect
      .poll(() => organiser.locator('.field-error').textContent())
      .toBe('Arvo on liian suuri.');
    await organiser.locator('input[type=number]').fill('60');
    await page.getByTestId('event-save').click();
    const endError = form.getByTestId('error-endTime');
    await endError.waitFor();
    expect(await endError.textContent()).toBe('Päättymisajan pitää olla alkamisajan jälkeen.');
    expect(await form.locator('[name=endTime]').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'invitations-07-form-error');

    await form.locator('[name=endTime]').fill('16:00');
    await page.getByTestId('event-save').click();
    await page.getByTestId('event-details').waitFor();
    const id = new URL(page.url()).searchParams.get('event')!;
    expect(await page.getByTestId('event-details').textContent()).toContain('Sotkamo');
    expect(await page.getByTestId('co-organisers').textContent()).toMatch(
      /Kainuun ETNO.*kutsut.*60 %/,
    );
    expect(await page.getByTestId('event-warning').count()).toBe(0);
    expect(await page.getByTestId('programme').textContent()).toMatch(
      /Avaus: mitä hyvät väestösuhteet ovat\?.*Dosentti Åsa Öhman/,
    );

    // Someone else saves while the form is open: the save is refused and a reload offered.
    await page.getByTestId('event-edit').click();
    const { event } = await graphql('query ($id: ID!) { event(id: $id) { version } }', { id });
    await graphql(
      'mutation ($id: ID!, $version: Int!) { updateEvent(id: $id, version: $version, input: { place: "Sotkamo-opisto" }) { version } }',
      { id, version: event.version },
    );
    await form.locator('[name=title]').fill('Koulutus Sotkamossa (muutettu)');
    await page.getByTestId('event-save').click();
    await page.getByTestId('event-conflict').waitFor();
    await page.getByTestId('event-conflict').getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('event-details').textContent())
      .toContain('Sotkamo-opisto');
    expect(await page.getByTestId('event-details').textContent()).not.toContain('(muutettu)');

    // Saving the demo panel unchanged keeps its programme, speakers named by person included.
    await page.getByTestId('back-to-events').click();
    await page.getByTestId('event-link').filter({ hasText: PANEL }).click();
    const programme = await page.getByTestId('programme').textContent();
    await page.getByTestId('event-edit').click();
    await page.getByTestId('event-save').click();
    await page.getByTestId('event-edit').waitFor();
    expect(await page.getByTestId('programme').textContent()).toBe(programme);
    await screenshot(page, 'invitations-08-panel-saved');

    // The same page in Swedish.
    await page.getByTestId('language-select').selectOption('sv');
    await page.getByRole('heading', { name: 'Inbjudningslista', exact: true }).waitFor();
    expect(await page.getByTestId('export-csv').getAttribute('href')).toContain('lang=sv');
    await screenshot(page, 'invitations-09-swedish');
  });

  it('shows a viewer the event and its list without the controls that change them', async () => {
    const viewer = { email: 'kainuun.katselija@verkosto.test', password: 'katselija-kainuu-1' };
    const created = await demo.page.request.post(`${demo.api.url}/graphql`, {
      data: {
        query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: {
          input: { ...viewer, name: 'Kainuun Katselija', role: 'viewer', regionCodes: ['18'] },
        },
      },
    });
    expect((await created.json()).errors).toBeUndefined();
    // A browser of its own, signed in through the page.
    const other = await openBrowser();
    try {
      const { page } = other;
      await page.goto(`${demo.api.url}/?region=18&page=events`);
      await page.getByTestId('sign-in-email').fill(viewer.email);
      await page.getByTestId('sign-in-password').fill(viewer.password);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('event-link').filter({ hasText: PANEL }).click();
      await rows(page).first().waitFor();
      expect(await page.getByTestId('new-event').count()).toBe(0);
      for (const control of ['event-edit', 'bulk-apply', 'select-all', 'builder-preview']) {
        expect(await page.getByTestId(control).count(), control).toBe(0);
      }
      expect(await page.getByTestId('invitation-table').getByRole('combobox').count()).toBe(0);
      expect(await page.getByTestId('export-csv').count()).toBe(1);
      await screenshot(page, 'invitations-10-viewer');
    } finally {
      await other.close();
    }
  });
});
