import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiAndBrowser, screenshot } from './support/browser';
import { clickNodeByName, visibleNodeCounts, waitForGraph } from './support/graph';

// The Kainuu demo (graph-seed/demo/kainuu): 116 actors in region 18, 4 national ones tied
// into it, 21 NGOs among the 116.
const DEMO_ACTORS = 116;
const DEMO_OUTSIDE = 4;
const DEMO_NGOS = 21;
const ACTOR = 'Kajaanin kaupunki';

describe('the web app on the demo region (Chromium)', () => {
  const demo = apiAndBrowser();

  it('opens the demo region from the start page and draws every actor of it', async () => {
    const { page } = demo;
    await page.goto(`${demo.api.url}/?debug=1`);
    await page.getByTestId('empty-state').waitFor();
    await screenshot(page, '01-start-page');
    await page.getByTestId('open-demo').click();
    await waitForGraph(page);
    expect(await visibleNodeCounts(page)).toEqual({
      visible: DEMO_ACTORS + DEMO_OUTSIDE,
      outside: DEMO_OUTSIDE,
    });
    await expect
      .poll(() => page.getByTestId('counts').textContent())
      .toContain(`${DEMO_ACTORS} / ${DEMO_ACTORS} toimijaa`);
    expect(new URL(page.url()).searchParams.get('region')).toBe('18');
    await screenshot(page, '02-region-graph');
  });

  it('filters by a category: only that kind of actor stays, and the URL says so', async () => {
    const { page } = demo;
    await page.locator('[data-category="ngo"]').check();
    await expect
      .poll(() => page.getByTestId('counts').textContent())
      .toContain(`${DEMO_NGOS} / ${DEMO_ACTORS} toimijaa`);
    const counts = await visibleNodeCounts(page);
    expect(counts.visible - counts.outside).toBe(DEMO_NGOS);
    expect(new URL(page.url()).searchParams.get('cat')).toBe('ngo');
    await screenshot(page, '03-filtered-ngo');
    await page.locator('[data-category="ngo"]').uncheck();
    await expect
      .poll(() => page.getByTestId('counts').textContent())
      .toContain(`${DEMO_ACTORS} / ${DEMO_ACTORS} toimijaa`);
  });

  it('shows an actor’s details, contact persons and ties when its node is clicked', async () => {
    const { page } = demo;
    await clickNodeByName(page, ACTOR);
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.getByTestId('actor-name').textContent()).toBe(ACTOR);
    expect(await panel.textContent()).toContain('Kunta');
    expect(await panel.getByTestId('actor-ties').locator('li').count()).toBeGreaterThan(5);
    expect(await panel.getByTestId('actor-metrics').textContent()).toMatch(
      /Suhteiden määrä \(aste\)\d+/,
    );
    await screenshot(page, '04-actor-panel');
  });

  it('saves an edit, and the change is there after a reload', async () => {
    const { page } = demo;
    await page.getByTestId('edit-actor').click();
    const form = page.getByTestId('actor-edit-form');
    await form.locator('input[name="name"]').fill(`${ACTOR} (muokattu)`);
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.getByTestId('actor-name').textContent())
      .toBe(`${ACTOR} (muokattu)`);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('actor-name').textContent(), { timeout: 15_000 })
      .toBe(`${ACTOR} (muokattu)`);
  });

  it('offers to reload when someone else saved the actor in between', async () => {
    const { page } = demo;
    const id = new URL(page.url()).searchParams.get('actor')!;
    await page.getByTestId('edit-actor').click();
    // Someone else saves first: the version the form holds is now stale.
    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const response = await demo.api.fetch(`/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T };
      return body.data;
    };
    const before = await gql<{ actor: { version: number } }>(
      'query ($id: ID!) { actor(id: $id) { version } }',
      { id },
    );
    const saved = await gql<{ updateActor: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { updateActor(id: $id, version: $v, input: { phone: "+358 8 555 2999" }) { version } }',
      { id, v: before.actor.version },
    );
    expect(saved.updateActor.version).toBe(before.actor.version + 1);
    await page
      .getByTestId('actor-edit-form')
      .locator('input[name="name"]')
      .fill(`${ACTOR} (toinen muokkaus)`);
    await page.getByTestId('actor-edit-form').locator('button[type="submit"]').click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`versio ${saved.updateActor.version}`);
    await screenshot(page, '05-conflict');
    await notice.getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('actor-panel').textContent())
      .toContain('+358 8 555 2999');
    expect(await page.getByTestId('actor-name').textContent()).toBe(`${ACTOR} (muokattu)`);
  });

  it('ranks the key actors and focuses the graph on one when it is clicked', async () => {
    const { page } = demo;
    await page.getByTestId('tab-key').click();
    const panel = page.getByTestId('key-actors');
    await panel.getByTestId('key-metric').selectOption('BETWEENNESS');
    const first = panel.locator('.ranked li').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.locator('.reason-text').textContent()).toMatch(/\S+/);
    await first.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).not.toBeNull();
    await expect.poll(() => page.getByTestId('focus-status').count()).toBe(1);
    await screenshot(page, '06-key-actors');
    await page.getByTestId('focus-status').getByRole('button').click();
  });

  it('lists the gaps of a profile with suggested actors that go on an invitation list', async () => {
    const { page } = demo;
    await page.getByTestId('tab-gaps').click();
    const gap = page.getByTestId('gap').first();
    await gap.waitFor({ timeout: 30_000 });
    const invite = page.getByTestId('invite').first();
    await invite.click();
    await expect.poll(() => page.getByTestId('invitation-list').locator('li').count()).toBe(1);
    await screenshot(page, '07-gaps');
    await page.getByTestId('tab-actor').click();
  });

  it('switches the interface to Swedish', async () => {
    const { page } = demo;
    await page.getByTestId('language-select').selectOption('sv');
    await expect.poll(() => page.getByTestId('tab-actor').textContent()).toBe('Aktör');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByTestId('counts').textContent()).toContain('aktörer');
    expect(await page.getByTestId('filters').textContent()).toContain('Religiöst samfund');
    await screenshot(page, '08-swedish');
  });

  it('lists the same actors in an accessible, sortable table', async () => {
    const { page } = demo;
    await page.getByTestId('view-table').click();
    const table = page.getByTestId('actor-table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe(
      `Aktörer (${DEMO_ACTORS + DEMO_OUTSIDE})`,
    );
    const header = table.locator('th[scope="col"]').filter({ hasText: 'Relationer' });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await table.locator('tbody tr').count()).toBe(50);
    // Keyboard: the first row's name is a button that opens the actor.
    await table.locator('tbody th[scope="row"] button').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-panel').waitFor();
    await screenshot(page, '09-table');
    await page.getByTestId('view-graph').click();
  });

  it('exports the view as a PNG file', async () => {
    const { page } = demo;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^natverk-18-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
