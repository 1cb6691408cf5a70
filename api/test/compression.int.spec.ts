import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

const NETWORK = '{ network(regionCode: "18") { nodes { id name } edges { id source target } } }';

/** A raw POST (fetch would decode the body itself), with or without gzip accepted. */
function post(api: TestServer, body: string, gzip: boolean) {
  return new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
    const req = request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: api.cookie ?? '',
          ...(gzip ? { 'accept-encoding': 'gzip' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('response compression (real HTTP, the Kainuu demo)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(() => api?.close());

  it('gzips a network for a client that accepts it, to the same JSON', async () => {
    const body = JSON.stringify({ query: NETWORK });
    const plain = await post(api, body, false);
    const zipped = await post(api, body, true);
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    const json = JSON.parse(plain.bytes.toString('utf8'));
    expect(json.data.network.nodes.length).toBeGreaterThan(20);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(json);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });
});
