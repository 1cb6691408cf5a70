import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupLink } from '../support/setup-link';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { openBrowser, screenshot, type Browser } from './support/browser';

describe('the first admin through the setup link (built app in Chromium)', () => {
  let api: SpawnedApi;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    // A store without users and without demo data: start-up prints the one-time link.
    api = await spawnApi({
      VERKOSTO_ADMIN_EMAIL: '',
      VERKOSTO_ADMIN_PASSWORD: '',
      VERKOSTO_DEMO: '0',
    });
    ({ token } = await setupLink(api));
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function fillSetupForm(linkToken: string) {
    const { page } = browser;
    await page.goto(`${api.url}/?setup=${linkToken}`);
    await page.getByRole('heading', { name: 'Luo ensimmäinen pääkäyttäjä' }).waitFor();
    await page.getByLabel('Nimi').fill('Ensi Pääkäyttäjä');
    await page.getByLabel('Sähköposti').fill('ensi.paakayttaja@kunta.example');
    await page.getByLabel('Salasana').fill('ensimmainen-salasana');
    await page.getByRole('button', { name: 'Luo pääkäyttäjä' }).click();
  }

  it('refuses a link with a wrong token and says so', async () => {
    await fillSetupForm('arvaus');
    const alert = browser.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Linkki ei ole (enää) voimassa.');
  });

  it('creates the admin from the printed link and opens the app signed in', async () => {
    await fillSetupForm(token);
    const { page } = browser;
    await page.getByTestId('user-menu').waitFor();
    const menu = await page.getByTestId('user-menu').textContent();
    expect(menu).toContain('Ensi Pääkäyttäjä');
    expect(menu).toContain('Pääkäyttäjä');
    // An empty register: the start page tells the new admin what to do.
    await page.getByTestId('empty-state').waitFor();
    await screenshot(page, 'setup-first-admin');
    // A region of the empty register offers the import, and no demo region it cannot show.
    await page.goto(`${api.url}/?region=01`);
    await page.getByTestId('empty-scope').waitFor();
    await expect.poll(() => page.getByTestId('empty-scope').getByRole('button').count()).toBe(1);
    expect(await page.getByTestId('open-demo').count()).toBe(0);
  });

  it('does not take the same link twice', async () => {
    await browser.context.clearCookies();
    await fillSetupForm(token);
    const alert = browser.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Linkki ei ole (enää) voimassa.');
  });
});
