import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { openBrowser, type Browser } from './support/browser';

/** A port nothing listens on right now, so the API's callback address is known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, in this process, its development
 * login form accepting any name) and the built app configured for it, in Chromium.
 */
describe('signing in through an OpenID Connect provider', () => {
  let idp: Server;
  let api: SpawnedApi;
  let browser: Browser;

  beforeAll(async () => {
    const idpPort = await freePort();
    const apiPort = await freePort();
    const issuer = `http://127.0.0.1:${idpPort}`;
    const callback = `http://127.0.0.1:${apiPort}/api/auth/oidc/callback`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'verkosto',
          client_secret: 'verkosto-test-secret',
          redirect_uris: [callback],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      // The name typed into the provider's form is the account and its email.
      findAccount: async (_ctx, id) => ({
        accountId: id,
        claims: async () => ({ sub: id, email: id, email_verified: true }),
      }),
      cookies: { keys: ['oidc-test-cookie-key'] },
    });
    idp = provider.listen(idpPort, '127.0.0.1');
    api = await spawnApi({
      PORT: String(apiPort),
      VERKOSTO_OIDC_ISSUER: issuer,
      VERKOSTO_OIDC_CLIENT_ID: 'verkosto',
      VERKOSTO_OIDC_CLIENT_SECRET: 'verkosto-test-secret',
      VERKOSTO_OIDC_REDIRECT_URI: callback,
    });
    await query(
      api.url,
      'mutation { createUser(input: { email: "aino.oidc@kunta.example", name: "Aino", role: viewer, regionCodes: ["18"] }) { id } }',
    );
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await new Promise((resolve) => idp?.close(resolve));
  });

  async function signInAtProvider(login: string): Promise<void> {
    const { page } = browser;
    // A fresh start at the provider too: it would remember the last one signed in there.
    await browser.context.clearCookies();
    await page.goto(`${api.url}/`);
    await page.getByTestId('sign-in-oidc').click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    // The provider asks once to share the email with the app.
    const consent = page.locator('button[type="submit"]', { hasText: 'Continue' });
    if (await consent.isVisible().catch(() => false)) await consent.click();
  }

  it('lets in a user an admin has added, with their own role', async () => {
    await signInAtProvider('aino.oidc@kunta.example');
    await browser.page.getByTestId('user-menu').waitFor();
    expect(await browser.page.getByTestId('user-menu').textContent()).toContain('Aino');
    await browser.page.getByTestId('sign-out').click();
    await browser.page.getByTestId('sign-in-form').waitFor();
  });

  it('turns away an account Verkosto does not know, and says so', async () => {
    await signInAtProvider('vieras@muualla.example');
    await browser.page.getByTestId('sign-in-oidc-error').waitFor();
    expect(await browser.page.getByTestId('sign-in-oidc-error').textContent()).toMatch(
      /pääkäyttäjää/,
    );
    expect(await browser.page.getByTestId('user-menu').count()).toBe(0);
  });
});
