import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { uploadImport, writeGeneratedImport } from '../support/import-upload';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { openBrowser, screenshot, type Browser } from './support/browser';

// Over 1,000 actors the graph is "large" (lean style, labels in view only) and over 3,000
// ties a first load draws its ties after the actors (web/src/graph/use-cytoscape.ts).
const ACTORS = 1_200;
const TIES = 4_000;

interface Cy {
  zoom(): number;
  extent(): { x1: number; y1: number; x2: number; y2: number };
  nodes(selector?: string): {
    length: number;
    map<T>(
      fn: (n: { position(): { x: number; y: number }; hasClass(c: string): boolean }) => T,
    ): T[];
  };
  edges(): { length: number };
}
// Functions given to page.evaluate run in the page: they can name types, not helpers.

describe('a large region in the web app (Chromium, generated network)', () => {
  let api: SpawnedApi;
  let browser: Browser;
  let network: { nodes: unknown[]; outsideNodes: unknown[]; edges: unknown[] };

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0' });
    const folder = writeGeneratedImport(join(api.dir, 'import'), {
      seed: 7,
      actors: ACTORS,
      ties: TIES,
      regionCodes: ['18'],
    });
    await uploadImport(api.url, folder);
    ({ network } = await query(
      api.url,
      '{ network(regionCode: "18") { nodes { id } outsideNodes { id } edges { id } } }',
    ));
    browser = await openBrowser(api);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('draws every actor, then every tie once the layout has placed the actors', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/?region=18&debug=1`);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('verkosto:ties-drawn').length > 0 &&
        performance.getEntriesByName('verkosto:layout-settled').length > 0,
      undefined,
      { timeout: 90_000 },
    );
    const drawn = await page.evaluate(() => ({
      nodes: (window as unknown as { verkostoCy: Cy }).verkostoCy.nodes().length,
      edges: (window as unknown as { verkostoCy: Cy }).verkostoCy.edges().length,
    }));
    expect(drawn).toEqual({
      nodes: network.nodes.length + network.outsideNodes.length,
      edges: network.edges.length,
    });
    const at = await page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      return {
        firstFrame: mark('verkosto:first-frame'),
        settled: mark('verkosto:layout-settled'),
        ties: mark('verkosto:ties-drawn'),
      };
    });
    // A first visit (nothing stored): actors first, the layout, then the ties.
    expect(at.firstFrame).toBeLessThan(at.settled);
    expect(at.settled).toBeLessThan(at.ties);
    await screenshot(page, 'large-01-overview');
  });

  it('labels no actor in the overview, and the actors in view once zoomed in', async () => {
    const { page } = browser;
    expect(
      await page.evaluate(() => (window as unknown as { verkostoCy: Cy }).verkostoCy.zoom()),
    ).toBeLessThan(10 / 12);
    expect(
      await page.evaluate(
        () => (window as unknown as { verkostoCy: Cy }).verkostoCy.nodes('.labelled').length,
      ),
    ).toBe(0);

    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (
      let i = 0;
      i < 40 &&
      (await page.evaluate(() => (window as unknown as { verkostoCy: Cy }).verkostoCy.zoom())) <
        1.2;
      i++
    ) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(30);
    }
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { verkostoCy: Cy }).verkostoCy.nodes('.labelled').length,
        ),
      )
      .toBeGreaterThan(0);
    const split = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { verkostoCy: Cy }).verkostoCy;
        const { x1, y1, x2, y2 } = cy.extent();
        const inView = (p: { x: number; y: number }) =>
          p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
        const nodes = cy.nodes().map((n) => ({
          labelled: n.hasClass('labelled'),
          inside: inView(n.position()),
        }));
        return {
          labelledOutside: nodes.filter((n) => n.labelled && !n.inside).length,
          unlabelledInside: nodes.filter((n) => !n.labelled && n.inside).length,
        };
      });
    // The labels follow once the gesture has settled: wait for that frame.
    await expect
      .poll(split, { timeout: 5_000 })
      .toEqual({ labelledOutside: 0, unlabelledInside: 0 });
    await screenshot(page, 'large-02-zoomed-labels');
  });
});
