import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      issues?: { field: string; rule: string; message: string }[];
    } & Record<string, unknown>;
  }[];
}

/** A client of the API: GraphQL and REST, with a session cookie or without. */
export interface ApiClient {
  /** The session cookie ("verkosto_session=..."), or null when signed out. */
  cookie: string | null;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** fetch() of a path on the server ("/api/..."), with the session cookie. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The first admin every test server has: signed in as `gql` and `fetch`. */
export const TEST_ADMIN = { email: 'admin@verkosto.test', password: 'test-admin-password' };

export interface TestServer extends ApiClient {
  url: string;
  dbPath: string;
  server: RunningServer;
  /** A client signed in with these credentials (login over HTTP); throws when refused. */
  signIn(email: string, password: string): Promise<ApiClient>;
  /** A client with no session. */
  anonymous: ApiClient;
  close(): Promise<void>;
  /** Stops this server and starts another on the same SQLite file. */
  restart(): Promise<TestServer>;
}

export function apiClient(url: string, cookie: string | null): ApiClient {
  const headers = (extra?: RequestInit['headers']): Headers => {
    const all = new Headers(extra);
    if (cookie) all.set('cookie', cookie);
    return all;
  };
  return {
    cookie,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json' }),
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    fetch(path, init = {}) {
      return fetch(`${url}${path}`, { ...init, headers: headers(init.headers) });
    },
  };
}

/** Signs in through the login mutation and returns the cookie it set. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as GraphQLResponse;
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (body.errors || !cookie)
    throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body)}`);
  return cookie;
}

/**
 * A real API on 127.0.0.1 and a random port, on a fresh SQLite file of its own, with a first
 * admin (TEST_ADMIN) as whom `gql` and `fetch` are signed in.
 */
export async function startTestServer(
  options: { demo?: boolean; dir?: string; env?: NodeJS.ProcessEnv } = {},
  ownsDir = options.dir === undefined,
): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'verkosto-api-'));
  const dbPath = join(dir, 'verkosto.db');
  const server = await startServer({
    HOST: '127.0.0.1',
    PORT: '0',
    VERKOSTO_SQLITE_PATH: dbPath,
    VERKOSTO_DEMO: options.demo ? '1' : '0',
    VERKOSTO_LOG: 'quiet',
    VERKOSTO_ADMIN_EMAIL: TEST_ADMIN.email,
    VERKOSTO_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...options.env,
  });
  const signIn = async (email: string, password: string) =>
    apiClient(server.url, await signInCookie(server.url, email, password));
  const admin = await signIn(TEST_ADMIN.email, TEST_ADMIN.password).catch(() =>
    apiClient(server.url, null),
  );
  const self: TestServer = {
    ...admin,
    url: server.url,
    dbPath,
    server,
    signIn,
    anonymous: apiClient(server.url, null),
    async close() {
      await server.close();
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await server.close();
      return startTestServer({ ...options, dir }, ownsDir);
    },
  };
  return self;
}
