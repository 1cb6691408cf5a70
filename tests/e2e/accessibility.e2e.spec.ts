import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { apiAndBrowser, openBrowser } from './support/browser';
import { waitForGraph } from './support/graph';

const require = createRequire(import.meta.url);
/** axe-core, the accessibility rules engine of Deque, as a script to run in the page. */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every rule axe-core breaks on the page as it is now, with where: WCAG 2.x A and AA. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v: any) =>
        `${v.impact} ${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n: any) => n.target.join(' '))
          .join(' | ')}`,
    );
  });
}

/** The main screens of the Kainuu demo in Finnish, checked by axe-core. */
describe('accessibility of the main screens (axe-core in Chromium)', () => {
  const app = apiAndBrowser();
  const open = (search: string) => app.page.goto(`${app.api.url}/?${search}`);

  /** A page's list, its first record, and that record's form (test ids `<kind>-row` etc.). */
  async function checkListRecordAndForm(list: 'events' | 'plans', kind: 'event' | 'plan') {
    const tab = app.page;
    await open(`region=18&page=${list}`);
    await tab.getByTestId(`${kind}-row`).first().waitFor();
    expect(await violations(tab), `${list} list`).toEqual([]);
    await tab.getByTestId(`${kind}-row`).first().getByRole('link').first().click();
    await tab.getByTestId(`${kind}-details`).waitFor();
    expect(await violations(tab), `${kind} page`).toEqual([]);
    await tab.getByTestId(`${kind}-edit`).click();
    await tab.getByTestId(`${kind}-form`).waitFor();
    expect(await violations(tab), `${kind} form`).toEqual([]);
  }

  it('has no violations on the start page', async () => {
    await open('');
    await app.page.getByTestId('region-list').waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('has none on the region map with an actor open, the key actors and the gaps', async () => {
    const { page } = app;
    await open('region=18&debug=1');
    await waitForGraph(page);
    const id = await page.evaluate(() => (window as any).verkostoCy.nodes()[0].id());
    await open(`region=18&debug=1&actor=${id}`);
    await page.getByTestId('actor-panel').waitFor();
    expect(await violations(page)).toEqual([]);
    await open('region=18&panel=key');
    await page.locator('.ranked li').first().waitFor({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    await open('region=18&panel=gaps');
    await page.getByTestId('gap').first().waitFor({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
  });

  it('has none in the table view, the accessible alternative to the graph', async () => {
    await open('region=18&view=table');
    await app.page.getByTestId('actor-table').waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('has none on the events pages and the event form', async () => {
    await checkListRecordAndForm('events', 'event');
  });

  it('has none on the action plans pages and the plan form', async () => {
    // The demo has no plans: one with a goal and a measure of a key actor.
    const actors = await query<{ actors: { nodes: { id: string }[] } }>(
      app.api.url,
      '{ actors(first: 1, filter: { regionCode: "18" }) { nodes { id } } }',
    );
    await query(
      app.api.url,
      `mutation ($actor: ID!) { createPlan(input: {
        title: "Kainuun yhteinen arki 2027", regionCode: "18", periodStart: 2027, periodEnd: 2028,
        goals: [{ title: "Tutustutaan toisiimme" }],
        measures: [{ title: "Kylätalojen avoimet illat", dimensions: [interaction], goal: 0,
          responsibleActorIds: [$actor] }] }) { id } }`,
      { actor: actors.actors.nodes[0].id },
    );
    await checkListRecordAndForm('plans', 'plan');
  });

  it('has none on the sign-in page', async () => {
    const visitor = await openBrowser();
    try {
      await visitor.page.goto(app.api.url);
      await visitor.page.getByTestId('sign-in-form').waitFor();
      expect(await violations(visitor.page)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
