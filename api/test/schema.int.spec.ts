import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printAppSchema, SCHEMA_FILE } from '../src/schema/print-schema';
import { startTestServer, type TestServer } from './support/test-server';

describe('the committed GraphQL schema', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is what the code declares (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', SCHEMA_FILE), 'utf8');
    expect(printAppSchema(api.server.app)).toBe(committed);
  });
});
