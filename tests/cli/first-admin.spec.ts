import { describe, expect, it } from 'vitest';
import { postGraphql } from '../support/graphql-http';
import { signIn } from '../support/session';
import { setupLink } from '../support/setup-link';
import { spawnApi } from '../support/spawn-api';

const NO_ADMIN = { VERKOSTO_ADMIN_EMAIL: '', VERKOSTO_ADMIN_PASSWORD: '' };
const ANONYMOUS = { 'content-type': 'application/json', cookie: '' };
const SET_UP = `mutation ($t: String!) {
  setUpFirstAdmin(token: $t, email: "Paakayttaja@Kunta.example", name: "Pää Käyttäjä", password: "ensimmainen-salasana") { email role allRegions }
}`;

describe('the first admin (no default password)', () => {
  it('prints a one-time setup link on an empty store, which creates the admin once', async () => {
    const api = await spawnApi({ ...NO_ADMIN, VERKOSTO_DEMO: '0' });
    try {
      const { token } = await setupLink(api);

      const wrong = await postGraphql(
        api.url,
        { query: SET_UP, variables: { t: 'arvaus' } },
        ANONYMOUS,
      );
      expect(wrong.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const created = await postGraphql(
        api.url,
        { query: SET_UP, variables: { t: token } },
        ANONYMOUS,
      );
      expect(created.body.data).toEqual({
        setUpFirstAdmin: { email: 'paakayttaja@kunta.example', role: 'admin', allRegions: true },
      });
      expect(created.headers.get('set-cookie')).toMatch(/^verkosto_session=/);

      const again = await postGraphql(
        api.url,
        { query: SET_UP, variables: { t: token } },
        ANONYMOUS,
      );
      expect(again.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
    }
  });

  it('creates the README demo accounts in demo mode, each with its role and region', async () => {
    const api = await spawnApi(NO_ADMIN);
    try {
      expect(api.output()).not.toMatch(/setup=/);
      const cookie = await signIn(api.url, 'editori@demo.verkosto.fi', 'demo-editori-2026');
      const me = await postGraphql(
        api.url,
        { query: '{ me { role regionCodes } }' },
        { 'content-type': 'application/json', cookie },
      );
      expect(me.body.data).toEqual({ me: { role: 'editor', regionCodes: ['18'] } });
      await signIn(api.url, 'admin@demo.verkosto.fi', 'demo-admin-2026');
      await signIn(api.url, 'katselija@demo.verkosto.fi', 'demo-katselija-2026');
    } finally {
      await api.stop();
    }
  });

  it('creates the admin from VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD, and no demo accounts', async () => {
    const api = await spawnApi();
    try {
      expect(api.cookie).toMatch(/^verkosto_session=/);
      await expect(signIn(api.url, 'admin@demo.verkosto.fi', 'demo-admin-2026')).rejects.toThrow(
        /failed/,
      );
    } finally {
      await api.stop();
    }
  });
});
