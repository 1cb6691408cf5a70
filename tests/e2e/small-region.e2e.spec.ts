import { describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { apiAndBrowser, screenshot } from './support/browser';
import { waitForGraph } from './support/graph';

interface Drawn {
  nodes: number;
  edges: number;
  zoom: number;
  finite: boolean;
}

/** Not the demo: a register that starts with a lone actor and a handful of them. */
describe('small regions of a register of its own (Chromium)', () => {
  const app = apiAndBrowser({ VERKOSTO_DEMO: '0' });

  const create = async (input: string) =>
    (
      await query<{ createActor: { id: string } }>(
        app.api.url,
        `mutation { createActor(input: { ${input} }) { id } }`,
      )
    ).createActor.id;

  async function open(search: string): Promise<Drawn> {
    const { page } = app;
    await page.goto(`${app.api.url}/?debug=1&${search}`);
    await waitForGraph(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    return page.evaluate(() => {
      const cy = (window as any).verkostoCy;
      const positions = cy.nodes().map((n: any) => n.position());
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        zoom: cy.zoom(),
        finite: positions.every((p: any) => Number.isFinite(p.x) && Number.isFinite(p.y)),
      };
    });
  }

  it('draws a lone actor without ties at a readable size, not blown up to fill the screen', async () => {
    await create(
      'name: "Yksinäinen Äänekäs Yhdistys ry – nimi, joka ei mahdu laatikkoon", category: ngo, regionCode: "19"',
    );
    const drawn = await open('region=19');
    expect(drawn).toMatchObject({ nodes: 1, edges: 0, finite: true });
    expect(drawn.zoom).toBeLessThanOrEqual(1.5);
    await screenshot(app.page, 'small-region-lone-actor');
  });

  it('draws three actors and their one tie in every layout, and ranks and lists them', async () => {
    const school = await create(
      'name: "Åbo Akademi-tyyppinen oppilaitos", category: education, municipalityCode: "837"',
    );
    const club = await create(
      'name: "Tampereen Örkki-Seura", category: community, municipalityCode: "837"',
    );
    await create('name: "Ylöjärven Paikallislehti", category: media, municipalityCode: "980"');
    await query(
      app.api.url,
      `mutation ($s: ID!, $t: ID!) { createRelationship(input: { sourceId: $s, targetId: $t, type: COOPERATES_WITH, strength: 2 }) { id } }`,
      { s: school, t: club },
    );
    for (const layout of [
      'force',
      'fcose',
      'concentric&metric=betweenness',
      'municipality',
      'community',
    ]) {
      const drawn = await open(`region=06&layout=${layout}`);
      expect(drawn, layout).toMatchObject({ nodes: 3, edges: 1, finite: true });
    }
    const { page } = app;
    await page.goto(`${app.api.url}/?region=06&view=table`);
    await page.getByTestId('actor-table').waitFor();
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(3);
    await page.goto(`${app.api.url}/?region=06&panel=key`);
    // Key actors are the tied two: an actor without ties scores nothing on any metric.
    await expect.poll(() => page.locator('[data-testid="key-actors"] li').count()).toBe(2);
    expect(await page.getByTestId('key-actors').textContent()).not.toContain('Paikallislehti');
    // The gaps of a three-actor region: most groups of the profile are missing.
    await page.goto(`${app.api.url}/?region=06&panel=gaps`);
    await page.getByTestId('gap').first().waitFor();
    expect(await page.getByTestId('gap').count()).toBeGreaterThan(3);
  });
});
