import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

describe('the built web app over real HTTP: cache headers', () => {
  let api: TestServer;
  let web: string;
  beforeAll(async () => {
    // A web build of its own, named the way Vite names its output.
    web = mkdtempSync(join(tmpdir(), 'verkosto-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><script src="/assets/index-Ab3_x-9Z.js"></script>',
    );
    writeFileSync(join(web, 'assets', 'index-Ab3_x-9Z.js'), 'console.log(1)');
    writeFileSync(join(web, 'assets', 'notes.txt'), 'not hashed');
    api = await startTestServer({ env: { VERKOSTO_WEB_DIST: web } });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('lets the browser keep a hashed asset for a year without asking', async () => {
    const response = await api.anonymous.fetch('/assets/index-Ab3_x-9Z.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html and unhashed files checked on every load, so a release shows at once', async () => {
    for (const path of ['/', '/index.html', '/assets/notes.txt']) {
      const response = await api.anonymous.fetch(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });
});
