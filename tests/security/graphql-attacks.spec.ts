import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStillServing, postGraphql, query, type HttpAnswer } from '../support/graphql-http';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { fetchSignedIn } from '../support/session';

// Each attack class of issue 6, sent to the built API as `npm start` runs it (production
// mode, introspection off). Every one must be refused before anything runs, with a status,
// a code and a message that names the limit, no stack trace, and the server must answer a
// normal query right after.

const times = (n: number, item: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => item(i)).join(' ');

let nested = 'name';
for (let level = 0; level < 9; level++) nested = `relationships { source { ${nested} } }`;
/** actor + 9 x (relationships, source) + name: 20 levels. */
const DEPTH_20 = `{ actor(id: "x") { ${nested} } }`;

const CREATE_ACTOR = 'mutation { createActor(input: { name: "CSRF", category: ngo }) { id } }';

interface Attack {
  name: string;
  send: (url: string) => Promise<HttpAnswer>;
  status: number;
  code: string;
  message: RegExp;
}

const post = (query: string) => (url: string) => postGraphql(url, { query });

const ATTACKS: Attack[] = [
  {
    name: '101 aliases',
    send: post(`{ ${times(101, (i) => `a${i}: regions { code }`)} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Aliases limit of 20 exceeded, found 101/,
  },
  {
    name: 'a query 20 levels deep',
    send: post(DEPTH_20),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Query depth limit of 6 exceeded, found 20/,
  },
  {
    name: '__typename repeated 500 times',
    send: post(`{ ${times(500, () => '__typename')} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Query Cost limit of 400 exceeded, found 500/,
  },
  {
    name: '50 directives',
    send: post(`{ ${times(50, (i) => `t${i}: __typename @include(if: true)`)} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Directives limit of 10 exceeded, found 50/,
  },
  {
    name: 'circular fragments',
    send: post('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot spread fragment "A" within itself via "B"/,
  },
  {
    name: 'a document of more than 1,000 tokens',
    send: post(`{ actors(filter: { categories: [${times(1000, () => 'ngo,')}] }) { totalCount } }`),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more that 1000 tokens/,
  },
  {
    name: 'a 2 MB query',
    send: post(`{ regions { code } } # ${'x'.repeat(2 * 1024 * 1024)}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /larger than the limit of 256 KiB/,
  },
  {
    name: 'a mutation over GET (with the preflight header a script would add)',
    send: (url) => getGraphql(url, CREATE_ACTOR, { 'apollo-require-preflight': 'true' }),
    status: 405,
    code: 'BAD_REQUEST',
    message: /GET requests only support query operations/,
  },
  {
    name: 'a mutation over GET from a plain link or form (no preflight header)',
    send: (url) => getGraphql(url, CREATE_ACTOR, {}),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a text/plain POST (a cross-site form)',
    send: (url) => postGraphql(url, { query: CREATE_ACTOR }, { 'content-type': 'text/plain' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'an introspection query in production',
    send: post('{ __schema { types { name fields { name } } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection is not allowed/,
  },
  {
    name: 'a batch of operations',
    send: (url) => postGraphql(url, [{ query: CREATE_ACTOR }, { query: CREATE_ACTOR }]),
    status: 400,
    code: 'BAD_REQUEST',
    message: /batching disabled/,
  },
];

async function getGraphql(url: string, text: string, headers: Record<string, string>) {
  const response = await fetchSignedIn(`${url}/graphql?query=${encodeURIComponent(text)}`, {
    headers,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('GraphQL attacks on the API as `npm start` runs it (production mode)', () => {
  let api: SpawnedApi;
  let actorsBefore: number;

  beforeAll(async () => {
    api = await spawnApi({ VERKOSTO_DEMO: '0' });
    actorsBefore = (await query(api.url, '{ actors { totalCount } }')).actors.totalCount;
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(ATTACKS)(
    'refuses $name with $status $code, and then answers a normal query',
    async ({ send, status, code, message }) => {
      const answer = await send(api.url);
      expect(answer.status).toBe(status);
      expect(answer.body.data ?? undefined).toBeUndefined();
      const errors = answer.body.errors ?? [];
      // Several limits may trip at once (a deep query is costly too); the one named must be among them.
      expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(message));
      expect(new Set(errors.map((error) => error.extensions?.code))).toEqual(new Set([code]));
      expect(JSON.stringify(answer.body)).not.toContain('stacktrace');
      await expectStillServing(api.url);
    },
  );

  it('ran none of the refused mutations', async () => {
    const after = (await query(api.url, '{ actors { totalCount } }')).actors.totalCount;
    expect(after).toBe(actorsBefore);
  });

  it('names no field the client did not ask for ("Did you mean" is hidden)', async () => {
    const answer = await postGraphql(api.url, { query: '{ regionz { code } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toMatch(/Cannot query field "regionz"/);
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|"regions?"/);
  });

  it('answers an error inside a resolver without a stack trace', async () => {
    const answer = await postGraphql(api.url, {
      query: 'mutation { updateActor(id: "nobody", version: 1, input: { name: "x" }) { id } }',
    });
    expect(answer.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(answer.body)).not.toContain('stacktrace');
  });
});
