import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_MAIN } from '../support/paths';
import { spawnApi } from '../support/spawn-api';

function startWith(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [API_MAIN], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm start (node api/dist/main.js)', () => {
  it('seeds the Kainuu demo network into an empty store and serves GraphQL and the web app', async () => {
    const api = await spawnApi();
    try {
      const response = await api.fetch(`/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ actors(filter: { regionCode: "18" }) { totalCount } regions { code } }',
        }),
      });
      const body = (await response.json()) as {
        data: { actors: { totalCount: number }; regions: unknown[] };
      };
      expect(body.data.regions).toHaveLength(19);
      expect(body.data.actors.totalCount).toBeGreaterThanOrEqual(80);
      const page = await fetch(api.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      await api.stop();
    }
  });

  it('starts with only the geography when VERKOSTO_DEMO=0', async () => {
    const api = await spawnApi({ VERKOSTO_DEMO: '0' });
    try {
      const response = await api.fetch(`/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ actors { totalCount } region(code: "18") { municipalities { code } } }',
        }),
      });
      const body = (await response.json()) as {
        data: { actors: { totalCount: number }; region: { municipalities: unknown[] } };
      };
      expect(body.data.actors.totalCount).toBe(0);
      expect(body.data.region.municipalities).toHaveLength(8);
    } finally {
      await api.stop();
    }
  });

  it('stops with one clear line when the SQLite path cannot be written', () => {
    // A folder that is really a file cannot hold the database, whoever runs the test (even root).
    const dir = mkdtempSync(join(tmpdir(), 'verkosto-ro-'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    try {
      const result = startWith({ VERKOSTO_SQLITE_PATH: join(dir, 'not-a-folder', 'verkosto.db') });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Verkosto did not start: Cannot open the embedded store at .*VERKOSTO_SQLITE_PATH/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops with one clear line when Neo4j cannot be reached', () => {
    const result = startWith({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'x',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Verkosto did not start: Cannot use Neo4j at bolt:\/\/127\.0\.0\.1:1 .*NEO4J_URI/,
    );
  });

  it('stops with one clear line for a bad PORT', () => {
    const result = startWith({ PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Verkosto did not start: PORT must be a whole number from 0 to 65535, not "eighty".',
    );
  });
});
