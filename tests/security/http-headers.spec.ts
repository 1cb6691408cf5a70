import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStillServing, postGraphql } from '../support/graphql-http';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { fetchSignedIn } from '../support/session';

const ELSEWHERE = 'https://elsewhere.example';
const PLANNER_SITE = 'https://kartta.example.fi';

function preflight(url: string, origin: string) {
  return fetchSignedIn(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

describe('HTTP hardening of the API as `npm start` runs it', () => {
  let api: SpawnedApi;

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0' });
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(['/', '/graphql'])('sends security headers with %s', async (path) => {
    const response =
      path === '/'
        ? await api.fetch(`/`)
        : await api.fetch(`${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ regions { code } }' }),
          });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    // Verkosto may run on plain http inside an organisation: no forced upgrade.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('gives no other origin CORS access when none is configured', async () => {
    const answer = await preflight(api.url, ELSEWHERE);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postGraphql(
      api.url,
      { query: '{ regions { code } }' },
      { 'content-type': 'application/json', origin: ELSEWHERE },
    );
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a JSON body over the limit on REST routes too, in their shape', async () => {
    const response = await api.fetch(`/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is larger than the limit of 256 KiB.',
    });
    await expectStillServing(api.url);
  });
});

describe('VERKOSTO_CORS_ORIGINS', () => {
  let api: SpawnedApi;

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0', VERKOSTO_CORS_ORIGINS: PLANNER_SITE });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lets a configured origin call the API from a browser', async () => {
    const answer = await preflight(api.url, PLANNER_SITE);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PLANNER_SITE);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('still gives any other origin nothing', async () => {
    const answer = await preflight(api.url, ELSEWHERE);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('VERKOSTO_RATE_LIMIT', () => {
  let api: SpawnedApi;

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0', VERKOSTO_RATE_LIMIT: '5' });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('refuses a client over the limit with TOO_MANY_REQUESTS and says when to retry', async () => {
    for (let i = 0; i < 5; i++) await expect(expectStillServing(api.url)).resolves.toBeUndefined();
    const answer = await postGraphql(api.url, { query: '{ regions { code } }' });
    expect(answer.body.data ?? undefined).toBeUndefined();
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Too many requests: the limit is 5 a minute\. Try again in \d+ s\.$/,
      ),
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits REST routes with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await api.fetch(`/api/import?dryRun=true`, { method: 'POST' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe('outside production (NODE_ENV=development)', () => {
  let api: SpawnedApi;

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0', NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('helps the developer: introspection, suggestions and stack traces, which production hides', async () => {
    const schema = await postGraphql(api.url, { query: '{ __schema { queryType { name } } }' });
    expect(schema.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postGraphql(api.url, { query: '{ regionz { code } }' });
    expect(typo.body.errors?.[0].message).toMatch(/Did you mean "region" or "regions"\?/);
    expect(typo.body.errors?.[0].extensions).toHaveProperty('stacktrace');
  });

  it('still applies every limit', async () => {
    const answer = await postGraphql(api.url, {
      query: `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: regions { code }`).join(' ')} }`,
    });
    expect(answer.body.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded, found 21/);
  });
});
