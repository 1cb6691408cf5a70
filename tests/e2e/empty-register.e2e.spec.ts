import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';
import { apiAndBrowser, screenshot } from './support/browser';
import { visibleNodeCounts, waitForGraph } from './support/graph';

const DEMO_FILES = join(REPO_ROOT, 'graph-seed', 'demo', 'kainuu');

describe('a new user on an empty register (Chromium)', () => {
  const app = apiAndBrowser({ VERKOSTO_DEMO: '0' });

  it('is told the register is empty and how to fill it', async () => {
    const { page } = app;
    await page.goto(`${app.api.url}/?debug=1`);
    const empty = page.getByTestId('empty-state');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Rekisteri on vielä tyhjä');
    expect(await page.getByTestId('open-demo').count()).toBe(0);
    await screenshot(page, '10-empty-register');
  });

  it('imports CSV files from the start page, then opens the region they filled', async () => {
    const { page } = app;
    const form = page.locator('form.import-form');
    await form.locator('input[name="actors"]').setInputFiles(join(DEMO_FILES, 'actors.csv'));
    await form.locator('input[name="persons"]').setInputFiles(join(DEMO_FILES, 'persons.csv'));
    await form
      .locator('input[name="relationships"]')
      .setInputFiles(join(DEMO_FILES, 'relationships.csv'));
    await form.locator('button[type="submit"]').click();
    const report = form.locator('.notice');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain('Tuotu: 120 toimijaa');
    await page.getByTestId('open-demo').click();
    await waitForGraph(page);
    expect((await visibleNodeCounts(page)).visible).toBe(120);
  });

  it('says so when a region has no actors yet', async () => {
    const { page } = app;
    await page.goto(`${app.api.url}/?region=01`);
    await page.getByTestId('empty-scope').waitFor();
    // Kainuu has the imported actors now: the empty region offers to open it.
    await page.getByTestId('open-demo').waitFor();
    await screenshot(page, '11-empty-region');
  });
});
