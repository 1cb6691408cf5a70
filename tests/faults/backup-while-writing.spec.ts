import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { uploadImport, writeGeneratedImport } from '../support/import-upload';
import { BACKUP_CLI, RESTORE_CLI } from '../support/paths';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { checkStore, foreignKeyProblems, type StoreState } from '../support/sqlite-check';

// `npm run backup` copies the embedded store while Verkosto runs and writes; `npm run
// restore` puts a backup back, but only while the store is not in use.

const CREATE_ACTOR = `mutation ($name: String!) {
  createActor(input: { name: $name, category: ngo, regionCode: "18" }) { id } }`;
const CREATE_TIE = `mutation ($source: ID!, $target: ID!) {
  createRelationship(input: { sourceId: $source, targetId: $target, type: COOPERATES_WITH }) { id } }`;

function runCli(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

/**
 * Writes until stopped: each round one new actor (one write) and a tie from it to the
 * previous one (another write). Every write is one commit that bumps the revision by one,
 * so in any consistent copy: revision growth = new actors + new ties.
 */
function startWriter(url: string) {
  let running = true;
  let writes = 0;
  const done = (async () => {
    let previous: string | null = null;
    for (let round = 0; running; round++) {
      const { createActor } = await query(url, CREATE_ACTOR, { name: `Backup writer ${round}` });
      writes++;
      if (previous) {
        await query(url, CREATE_TIE, { source: createActor.id, target: previous });
        writes++;
      }
      previous = createActor.id;
    }
  })();
  return {
    writes: () => writes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('npm run backup and npm run restore', () => {
  let work: string;
  let live: string;
  let backup: string;
  let api: SpawnedApi;
  let base: StoreState;
  let copied: StoreState;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'verkosto-backup-'));
    live = join(work, 'verkosto.db');
    backup = join(work, 'backups', 'nightly.db');
    api = await spawnApi({ VERKOSTO_SQLITE_PATH: live, VERKOSTO_RATE_LIMIT: '0' });
    // Enough data that the copy takes a while: ~20 MB.
    await uploadImport(
      api.url,
      writeGeneratedImport(join(work, 'import'), { seed: 31, actors: 8_000, ties: 24_000 }),
    );
    base = checkStore(live);
  });
  afterAll(async () => {
    await api.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('copies a consistent store while writes go on', async () => {
    const writer = startWriter(api.url);
    await expect.poll(() => writer.writes(), { timeout: 20_000 }).toBeGreaterThan(10);
    const writesBeforeBackup = writer.writes();
    const result = await runCli(BACKUP_CLI, [backup], { VERKOSTO_SQLITE_PATH: live });
    const writesDuringBackup = writer.writes();
    expect(writesDuringBackup).toBeGreaterThan(writesBeforeBackup);
    await expect
      .poll(() => writer.writes(), { timeout: 20_000 })
      .toBeGreaterThan(writesDuringBackup + 10);
    await writer.stop();
    console.log(`backup-while-writing: ${result.stdout.trim()} (${writer.writes()} writes in all)`);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^Backed up .* to .*nightly\.db in [\d.]+ s: \d+ actors/);
    expect(readdirSync(join(work, 'backups'))).toEqual(['nightly.db']);

    copied = checkStore(backup);
    expect(copied.integrity).toBe('ok');
    expect(foreignKeyProblems(backup)).toEqual([]);
    // A snapshot of one commit: every write in it is whole, and the counts agree with the
    // revision counter, which the same commits advanced.
    const newActors = copied.actors - base.actors;
    const newTies = copied.relationships - base.relationships;
    expect(copied.revision - base.revision).toBe(newActors + newTies);
    // The first actor gets no tie; a copy between an actor and its tie has one tie fewer.
    expect(newTies).toBeGreaterThanOrEqual(newActors - 2);
    expect(newTies).toBeLessThanOrEqual(newActors - 1);
    // Taken between writes: some came before it, some after.
    expect(newActors).toBeGreaterThan(0);
    expect(checkStore(live).revision).toBeGreaterThan(copied.revision);
  });

  it('refuses to overwrite an existing backup', async () => {
    const result = await runCli(BACKUP_CLI, [backup], { VERKOSTO_SQLITE_PATH: live });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/nightly\.db exists already; choose a new file/);
  });

  it('refuses to restore while Verkosto runs on the store, and changes nothing', async () => {
    const before = checkStore(live);
    const result = await runCli(RESTORE_CLI, [backup], { VERKOSTO_SQLITE_PATH: live });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/is in use: stop Verkosto .* first/);
    expect(checkStore(live)).toEqual(before);
    await expect(query(api.url, '{ actors { totalCount } }')).resolves.toEqual({
      actors: { totalCount: before.actors },
    });
  });

  it('restores the backup once Verkosto is stopped, keeping the store it replaces', async () => {
    const replaced = checkStore(live);
    await api.stop();
    const result = await runCli(RESTORE_CLI, [backup], { VERKOSTO_SQLITE_PATH: live });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const kept = readdirSync(work).filter((name) => name.includes('.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(checkStore(join(work, kept[0]))).toEqual(replaced);

    api = await spawnApi({ VERKOSTO_SQLITE_PATH: live, VERKOSTO_DEMO: '0' });
    const served = await query(api.url, '{ actors { totalCount } }');
    expect(served.actors.totalCount).toBe(copied.actors);
    expect(checkStore(live)).toEqual(copied);
  });

  it('points a Neo4j user to neo4j-admin', async () => {
    const result = await runCli(BACKUP_CLI, [join(work, 'neo4j.db')], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'x',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/neo4j-admin database dump/);
    expect(existsSync(join(work, 'neo4j.db'))).toBe(false);
  });
});
