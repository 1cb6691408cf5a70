import { describe, expect, it } from 'vitest';
import { apiAndBrowser, screenshot } from './support/browser';

// The Kainuu demo has a regional panel among its events (graph-seed/demo/kainuu).
describe('the events of the demo region (Chromium)', () => {
  const demo = apiAndBrowser();

  it('goes from the region to its events, with the report link', async () => {
    const { page } = demo;
    await page.goto(`${demo.api.url}/?region=18`);
    await page.getByTestId('events-link').click();
    await page.getByTestId('events-page').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('events');
    expect(await page.getByTestId('event-row').count()).toBeGreaterThan(0);
    const report = await page.getByRole('link', { name: 'Alueraportti' }).getAttribute('href');
    expect(report).toBe('/api/regions/18/report.html?lang=fi');
    expect((await page.request.get(`${demo.api.url}${report}`)).status()).toBe(200);
    await screenshot(page, 'events-01-list');
  });

  it('deletes an event with its invitation list, after asking', async () => {
    const { page } = demo;
    const created = await page.request.post(`${demo.api.url}/graphql`, {
      data: {
        query:
          'mutation { createEvent(input: { kind: training, title: "Poistettava koulutus", date: "2027-02-01", municipalityCode: "205" }) { id } }',
      },
    });
    const { id } = (await created.json()).data.createEvent;
    await page.goto(`${demo.api.url}/?region=18&page=events&event=${id}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('event-delete').click();
    await page.getByTestId('events-page').waitFor();
    await expect
      .poll(() => page.getByTestId('event-row').filter({ hasText: 'Poistettava koulutus' }).count())
      .toBe(0);
    const gone = await page.request.post(`${demo.api.url}/graphql`, {
      data: { query: `{ event(id: "${id}") { id } }` },
    });
    expect((await gone.json()).data.event).toBeNull();
  });
});
