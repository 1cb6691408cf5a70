import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_CLI } from '../support/paths';
import { spawnApi } from '../support/spawn-api';

const ACTORS = [
  'id,name,category,subcategory,municipality_code,email,phone,website,languages,dimensions,tags,description',
  'cli-1,Kuhmon kylätalo ry,community,,290,,,,fi,interaction,,',
  'cli-2,"Sotkamon ""Sisu"" Oy",employer,,765,,,,,,,',
].join('\n');
const RELATIONSHIPS = [
  'source_id,target_id,type,strength,since,note',
  'cli-1,cli-2,COOPERATES_WITH,2,,',
].join('\n');

describe('npm run import -- <folder>', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verkosto-cli-'));
    db = join(dir, 'verkosto.db');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'actors.csv'), ACTORS);
    writeFileSync(join(dir, 'data', 'relationships.csv'), RELATIONSHIPS);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [IMPORT_CLI, ...args], {
      env: { PATH: process.env.PATH, VERKOSTO_SQLITE_PATH: db },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('checks the files without writing on --dry-run, then imports them, then finds nothing to change', async () => {
    const dry = run(join(dir, 'data'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run: the files are valid; nothing was written.');

    const first = run(join(dir, 'data'));
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('actors: 2 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('relationships: 1 created, 0 updated, 0 unchanged');

    const again = run(join(dir, 'data'));
    expect(again.stdout).toContain('actors: 0 created, 0 updated, 2 unchanged');

    // The server started on the same file sees the imported actors (and seeds no demo on top).
    const api = await spawnApi({ VERKOSTO_SQLITE_PATH: db });
    try {
      const res = await api.fetch(`/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actors { totalCount } actor(id: "cli-2") { name } }' }),
      });
      expect(((await res.json()) as { data: unknown }).data).toEqual({
        actors: { totalCount: 2 },
        actor: { name: 'Sotkamon "Sisu" Oy' },
      });
    } finally {
      await api.stop();
    }
  });

  it('lists every bad row, exits 1 and writes nothing', () => {
    writeFileSync(
      join(dir, 'data', 'actors.csv'),
      `${ACTORS}\ncli-3,Rikki,unknown,,290,,,,,,,\ncli-4,,ngo,,290,,,,,,,`,
    );
    const result = run(join(dir, 'data'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Nothing was imported: 2 problem(s).');
    expect(result.stdout).toMatch(/actors\.csv, line 4, category: .*\[one_of\]/);
    expect(result.stdout).toMatch(/actors\.csv, line 5, name: is required \[required\]/);
    expect(run(join(dir, 'data'), '--dry-run').status).toBe(1);
  });

  it('explains its usage without a folder, and names a folder without actors.csv', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run import -- <folder> [--dry-run]');
    const empty = run(dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('has no actors.csv');
  });
});
