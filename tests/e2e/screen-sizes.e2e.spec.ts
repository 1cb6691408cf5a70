import { describe, expect, it } from 'vitest';
import { apiAndBrowser, screenshot } from './support/browser';
import { waitForGraph } from './support/graph';

/** Planners use laptops, tablets and phones too (Chromium at their sizes, the Kainuu demo). */
describe('the region map on smaller screens', () => {
  const app = apiAndBrowser();

  for (const [width, height, name] of [
    [1024, 768, 'laptop'],
    [390, 844, 'phone'],
  ] as const) {
    it(`keeps every header link on a ${name}'s screen (${width} px) and the graph on the first screen`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.goto(`${app.api.url}/?region=18&debug=1`);
      await waitForGraph(page);
      for (const id of ['change-region', 'events-link', 'plans-link', 'user-menu', 'sign-out']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.x + box!.width, id).toBeLessThanOrEqual(width);
      }
      const graph = await page.getByTestId('graph-canvas').boundingBox();
      expect(graph!.y).toBeLessThan(height / 2);
      expect(graph!.height).toBeGreaterThan(height / 3);
      await screenshot(page, `screen-${name}`);
    });
  }
});
