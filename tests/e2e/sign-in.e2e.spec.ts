import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { TEST_ADMIN } from '../support/session';
import { openBrowser, screenshot, type Browser } from './support/browser';

describe('signing in (built app in Chromium)', () => {
  let api: SpawnedApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await spawnApi();
    // No session: this browser signs in through the page, as a user does.
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('asks a visitor to sign in, refuses a wrong password, then opens the app', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/?region=18`);
    await page.getByTestId('sign-in-form').waitFor();
    await screenshot(page, 'sign-in');

    await page.getByTestId('sign-in-email').fill(TEST_ADMIN.email);
    await page.getByTestId('sign-in-password').fill('väärä salasana');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toMatch(/väärin/);

    await page.getByTestId('sign-in-password').fill(TEST_ADMIN.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('user-menu').waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain('Pääkäyttäjä');
    // The link it was opened with still holds: the region's network is drawn.
    await page.getByTestId('change-region').waitFor();
    const cookies = await browser.context.cookies(api.url);
    expect(cookies.find((c) => c.name === 'verkosto_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
  });

  it('lets the admin add an editor for one region, who then signs in with that role', async () => {
    const { page } = browser;
    await page.getByTestId('users-open').click();
    await page.getByTestId('users-dialog').waitFor();
    await page.getByTestId('user-new').click();
    await page.getByTestId('user-email').fill('kainuun.editori@verkosto.test');
    await page.getByTestId('user-name').fill('Kainuun Editori');
    await page.getByTestId('user-password').fill('lyhyt');
    await page.getByTestId('user-role').selectOption('editor');
    await page.getByTestId('user-region-18').check();
    await page.getByTestId('user-save').click();
    // The API's field error shows next to the password.
    await page.locator('.user-form .field-error').first().waitFor();
    await page.getByTestId('user-password').fill('kainuu-editori-1');
    await page.getByTestId('user-save').click();
    await page.getByText('kainuun.editori@verkosto.test').waitFor();
    await screenshot(page, 'users-dialog');
    await page.keyboard.press('Escape');

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('sign-in-email').fill('kainuun.editori@verkosto.test');
    await page.getByTestId('sign-in-password').fill('kainuu-editori-1');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('user-menu').waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain('Muokkaaja');
    expect(await page.getByTestId('users-open').count()).toBe(0);
  });

  it('lets a user change their own password, which signs them out everywhere', async () => {
    const { page } = browser;
    await page.getByTestId('password-open').click();
    await page.getByTestId('password-current').fill('väärä-salasana');
    await page.getByTestId('password-new').fill('kainuu-editori-2');
    await page.getByTestId('password-save').click();
    await page.locator('[data-testid="password-dialog"] .field-error').waitFor();
    await page.getByTestId('password-current').fill('kainuu-editori-1');
    await page.getByTestId('password-save').click();
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('sign-in-email').fill('kainuun.editori@verkosto.test');
    await page.getByTestId('sign-in-password').fill('kainuu-editori-2');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('user-menu').waitFor();
  });
});
