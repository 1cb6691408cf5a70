import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { openBrowser, screenshot, type Browser } from './support/browser';

// The Kainuu demo has a regional panel among its events (graph-seed/demo/kainuu).
describe('the events of the demo region (Chromium)', () => {
  let api: SpawnedApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await spawnApi();
    browser = await openBrowser(api);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('goes from the region to its events, with the report link', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/?region=18`);
    await page.getByTestId('events-link').click();
    await page.getByTestId('events-page').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('events');
    expect(await page.getByTestId('event-row').count()).toBeGreaterThan(0);
    const report = await page.getByRole('link', { name: 'Alueraportti' }).getAttribute('href');
    expect(report).toBe('/api/regions/18/report.html?lang=fi');
    expect((await page.request.get(`${api.url}${report}`)).status()).toBe(200);
    await screenshot(page, 'events-01-list');
  });
});
