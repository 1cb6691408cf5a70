import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { openBrowser, screenshot, type Browser } from './support/browser';

describe("a contact person's data and the audit log (built app in Chromium, admin)", () => {
  let api: SpawnedApi;
  let browser: Browser;
  let actorId: string;
  let person: { id: string; name: string };

  beforeAll(async () => {
    api = await spawnApi();
    browser = await openBrowser(api);
    const found = await query(
      api.url,
      'query ($first: Int!) { actors(filter: { regionCode: "18" }, first: $first) { nodes { id persons { id name } } } }',
      { first: 200 },
    );
    const actor = found.actors.nodes.find((a: { persons: unknown[] }) => a.persons.length > 0);
    actorId = actor.id;
    person = actor.persons[0];
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('downloads everything held about a person, erases them, and shows both in the audit log', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/?region=18&actor=${actorId}`);
    await page.getByTestId('actor-panel').getByText(person.name).waitFor();

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('person-export').first().click(),
    ]);
    const data = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(data.person).toMatchObject({ id: person.id, name: person.name });
    expect(data.actor.id).toBe(actorId);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('person-erase').first().click();
    await expect.poll(() => page.getByTestId('actor-panel').getByText(person.name).count()).toBe(0);
    const gone = await query(api.url, `{ person(id: "${person.id}") { id } }`);
    expect(gone.person).toBeNull();

    await page.getByTestId('audit-open').click();
    const log = page.getByTestId('audit-dialog');
    await log.getByText(`Person ${person.id}`).first().waitFor();
    expect(await log.getByText('erase').count()).toBeGreaterThan(0);
    expect(await log.getByText(`PersonData ${person.id}`).count()).toBe(1);
    await screenshot(page, 'audit-log');
    await page.keyboard.press('Escape');

    // The demo's persons have no review date yet: all of them are due, the erased one is not.
    await page.getByTestId('review-open').click();
    const due = page.getByTestId('review-dialog');
    await due.locator('tbody tr').first().waitFor();
    expect(await due.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await due.getByText(person.name).count()).toBe(0);
    await screenshot(page, 'review-due');
  });
});
