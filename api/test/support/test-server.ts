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

export interface TestServer {
  url: string;
  dbPath: string;
  server: RunningServer;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
  /** Stops this server and starts another on the same SQLite file. */
  restart(): Promise<TestServer>;
}

/** A real API on 127.0.0.1 and a random port, on a fresh SQLite file of its own. */
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
    ...options.env,
  });
  const self: TestServer = {
    url: server.url,
    dbPath,
    server,
    async gql(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
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
