import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsService } from '../src/auth/sessions.service';
import { SESSION_COOKIE } from '../src/auth/session-token';
import {
  startTestServer,
  TEST_ADMIN,
  type ApiClient,
  type TestServer,
} from './support/test-server';

const LOGIN =
  'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { email role } }';
const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id email role allRegions regionCodes version hasPassword }
}`;
const CREATE_ACTOR = `mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }`;

describe('accounts, sessions and roles (real HTTP, real SQLite)', () => {
  let api: TestServer;
  let editor: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    api = await startTestServer();
    for (const [email, role] of [
      ['editori@verkosto.test', 'editor'],
      ['katselija@verkosto.test', 'viewer'],
    ]) {
      const input = {
        email,
        name: role,
        role,
        regionCodes: ['18'],
        password: `${role}-password-1`,
      };
      const created = await api.gql(CREATE_USER, { input });
      expect(created.errors).toBeUndefined();
    }
    editor = await api.signIn('editori@verkosto.test', 'editor-password-1');
    viewer = await api.signIn('Katselija@Verkosto.test ', 'viewer-password-1');
  });
  afterAll(() => api.close());

  it('answers every operation but sign-in with UNAUTHENTICATED to a caller without a session', async () => {
    for (const query of ['{ actors { totalCount } }', '{ regions { code } }', '{ users { id } }']) {
      const answer = await api.anonymous.gql(query);
      expect(answer.errors?.[0].extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    }
    const download = await api.anonymous.fetch('/api/regions/18/report.html');
    expect(download.status).toBe(401);
    expect((await api.anonymous.gql('{ me { id } }')).data).toEqual({ me: null });
  });

  it('sets an httpOnly, SameSite=Lax session cookie at sign-in and knows who is signed in', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { e: TEST_ADMIN.email, p: TEST_ADMIN.password },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect((await viewer.gql('{ me { email role regionCodes } }')).data).toEqual({
      me: { email: 'katselija@verkosto.test', role: 'viewer', regionCodes: ['18'] },
    });
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await api.anonymous.gql(LOGIN, {
      e: 'editori@verkosto.test',
      p: 'nope-nope-nope',
    });
    const unknown = await api.anonymous.gql(LOGIN, {
      e: 'ei.ole@verkosto.test',
      p: 'nope-nope-nope',
    });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'The email or password is wrong.' });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a viewer read but not write, and an editor write but not manage users', async () => {
    expect((await viewer.gql('{ actors { totalCount } }')).errors).toBeUndefined();
    const input = { name: 'Kajaanin Testiyhdistys', category: 'ngo', municipalityCode: '205' };
    const refused = await viewer.gql(CREATE_ACTOR, { input });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/editor role/);
    expect((await editor.gql(CREATE_ACTOR, { input })).errors).toBeUndefined();
    expect((await editor.gql('{ users { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const upload = await viewer.fetch('/api/import', { method: 'POST', body: new FormData() });
    expect(upload.status).toBe(403);
  });

  it('rotates the session at sign-in and ends it at sign-out', async () => {
    const first = await api.signIn('editori@verkosto.test', 'editor-password-1');
    // Signing in again from the same browser ends the session it had.
    const response = await first.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { e: 'editori@verkosto.test', p: 'editor-password-1' },
      }),
    });
    const rotated = response.headers.get('set-cookie')!.split(';')[0];
    expect(rotated).not.toBe(first.cookie);
    expect((await first.gql('{ me { id } }')).data).toEqual({ me: null });

    const second = await api.signIn('editori@verkosto.test', 'editor-password-1');
    expect((await second.gql('mutation { logout }')).data).toEqual({ logout: true });
    expect((await second.gql('{ actors { totalCount } }')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('throttles failed sign-ins per email, counting each aliased attempt', async () => {
    const input = {
      email: 'arvaus@verkosto.test',
      name: 'Arvaus',
      role: 'viewer',
      regionCodes: ['18'],
      password: 'oikea-salasana-1',
    };
    expect((await api.gql(CREATE_USER, { input })).errors).toBeUndefined();
    const aliased = `mutation {
      ${[1, 2, 3, 4, 5, 6].map((i) => `a${i}: login(email: "arvaus@verkosto.test", password: "arvaus-${i}") { id }`).join('\n')}
    }`;
    // Aliased guesses, request after request, until the throttle answers: however many
    // aliases ran, exactly five passwords were checked.
    const codes: unknown[] = [];
    for (let i = 0; i < 6 && !codes.includes('TOO_MANY_REQUESTS'); i++) {
      const burst = await api.anonymous.gql(aliased);
      codes.push(...(burst.errors ?? []).map((e) => e.extensions?.code));
    }
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes).toContain('TOO_MANY_REQUESTS');
    // Even the right password is not checked now.
    const right = await api.anonymous.gql(LOGIN, {
      e: 'arvaus@verkosto.test',
      p: 'oikea-salasana-1',
    });
    expect(right.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('signs a disabled user out at once, and keeps one admin at least', async () => {
    const users = (await api.gql('{ users { id email version } }')).data!.users as {
      id: string;
      email: string;
      version: number;
    }[];
    const target = users.find((u) => u.email === 'katselija@verkosto.test')!;
    const disable = `mutation ($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { disabled: true }) { disabled } }`;
    expect((await api.gql(disable, { id: target.id, v: target.version })).errors).toBeUndefined();
    expect((await viewer.gql('{ me { id } }')).data).toEqual({ me: null });

    const admin = users.find((u) => u.email === TEST_ADMIN.email)!;
    const demote = await api.gql(
      `mutation ($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { role: editor }) { role } }`,
      { id: admin.id, v: admin.version },
    );
    expect(demote.errors?.[0].extensions?.issues).toEqual([
      expect.objectContaining({ field: 'role', rule: 'last_admin' }),
    ]);
  });

  it('names the field of a bad account', async () => {
    const input = {
      email: 'ei-osoite',
      name: ' ',
      role: 'viewer',
      regionCodes: ['99'],
      password: 'lyhyt',
    };
    const answer = await api.gql(CREATE_USER, { input });
    const fields = (answer.errors?.[0].extensions?.issues ?? []).map((i) => i.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    const region = await api.gql(CREATE_USER, {
      input: { ...input, email: 'ok@verkosto.test', name: 'Ok', password: 'tarpeeksi-pitka' },
    });
    expect(region.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'regionCodes' });
  });

  it('ends a session after its idle and its absolute timeout', async () => {
    const sessions = api.server.app.get(SessionsService);
    const client = await api.signIn('editori@verkosto.test', 'editor-password-1');
    const token = client.cookie!.split('=')[1];
    const now = Date.now();
    expect(await sessions.resolve(token, now + 59 * 60_000)).toMatchObject({ role: 'editor' });
    // 59 minutes later it was used, so idle counts from there; 12 hours after sign-in it ends.
    expect(await sessions.resolve(token, now + 11 * 3_600_000)).toBeNull();
    const other = await api.signIn('editori@verkosto.test', 'editor-password-1');
    expect(
      await sessions.resolve(other.cookie!.split('=')[1], Date.now() + 61 * 60_000),
    ).toBeNull();
    expect((await other.gql('{ me { id } }')).data).toEqual({ me: null });
  });
});
