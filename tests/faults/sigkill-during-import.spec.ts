import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrng } from '@verkosto/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../support/graphql-http';
import { importForm, uploadImport, writeGeneratedImport } from '../support/import-upload';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';
import { checkStore, copyStore, type StoreState } from '../support/sqlite-check';

// Kill -9 the API at random moments of a large import over POST /api/import, 20 times,
// restarting it on the same file each time: SQLite's integrity check must pass and the
// store must hold all of the import or none of it. The moments come from a seeded random
// source; the seed is printed, and VERKOSTO_FAULT_SEED=<seed> replays a run.
//
// Half the kills fall anywhere in the import (upload, validation, the transaction); the other
// half fall inside the commit, the short stretch in which SQLite appends the transaction's
// pages to the WAL: the test watches the WAL file and kills a random time after it starts
// to grow. Without that, nearly every kill lands in the in-memory work before it.

const KILLS = 20;
const IMPORT = { seed: 11, actors: 5_000, ties: 15_000, persons: 2_500, idPrefix: 'kill' };
const seed = Number(process.env.VERKOSTO_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));

type Counts = Omit<StoreState, 'integrity'>;
const counts = ({ actors, persons, relationships, revision }: StoreState): Counts => ({
  actors,
  persons,
  relationships,
  revision,
});
const same = (a: Counts, b: Counts) => JSON.stringify(a) === JSON.stringify(b);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Size and time of the WAL file; only a write changes them. */
function walSignature(db: string): string {
  if (!existsSync(`${db}-wal`)) return 'none';
  const { size, mtimeMs } = statSync(`${db}-wal`);
  return `${size}@${mtimeMs}`;
}

/** Resolves once the WAL changes (true), or false when `done` settles first. */
function walChanges(db: string, done: Promise<unknown>): Promise<boolean> {
  const before = walSignature(db);
  return new Promise((resolve) => {
    let settled = false;
    const timer = setInterval(() => {
      if (walSignature(db) !== before) finish(true);
    }, 1);
    const finish = (changed: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      resolve(changed);
    };
    void done.finally(() => finish(false));
  });
}

describe('SIGKILL during a large import', () => {
  let work: string;
  let folder: string;
  let base: string;
  let before: Counts;

  beforeAll(async () => {
    console.log(`sigkill-during-import: seed ${seed} (replay: VERKOSTO_FAULT_SEED=${seed})`);
    work = mkdtempSync(join(tmpdir(), 'verkosto-kill-'));
    folder = writeGeneratedImport(join(work, 'import'), IMPORT);
    // The "before" store: geography and the Kainuu demo, closed cleanly.
    base = join(work, 'base.db');
    const seeding = await spawnApi({ VERKOSTO_SQLITE_PATH: base });
    await seeding.stop();
    before = counts(checkStore(base));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`holds all of the import or none of it after each of ${KILLS} kills`, async () => {
    const live = join(work, 'live.db');
    const start = () => spawnApi({ VERKOSTO_SQLITE_PATH: live, VERKOSTO_DEMO: '0' });

    // One import run to the end: how long it takes, how long its commit takes, and what
    // "all of it" looks like. A dry run first warms the server up, as the kills meet a warm one.
    copyStore(base, live);
    let api: SpawnedApi = await start();
    await api.fetch(`/api/import?dryRun=true`, { method: 'POST', body: importForm(folder) });
    const started = performance.now();
    const calibration = uploadImport(api.url, folder);
    await walChanges(live, calibration);
    const commitStarted = performance.now();
    await calibration;
    const duration = performance.now() - started;
    const commit = performance.now() - commitStarted;
    const after = counts(checkStore(live));
    expect(after.actors).toBe(before.actors + IMPORT.actors);
    expect(after.revision).toBe(before.revision + 1);
    await api.stop();

    const random = createPrng(seed);
    const outcomes: string[] = [];
    copyStore(base, live);
    api = await start();
    try {
      for (let kill = 1; kill <= KILLS; kill++) {
        const inCommit = kill % 2 === 0;
        const upload = api
          .fetch(`/api/import`, { method: 'POST', body: importForm(folder) })
          .then((response) => String(response.status))
          .catch(() => 'none');
        let moment: string;
        if (inCommit) {
          const delay = Math.round(commit * random.next());
          const committing = await walChanges(live, upload);
          await sleep(delay);
          moment = committing ? `commit + ${delay} ms` : 'after the answer (no commit seen)';
        } else {
          const delay = Math.round(duration * (0.1 + 0.9 * random.next()));
          await sleep(delay);
          moment = `${delay} ms`;
        }
        const exited = new Promise((resolve) => api.process.once('exit', resolve));
        api.process.kill('SIGKILL');
        await exited;
        const answer = await upload;
        await api.stop();

        api = await start();
        const state = checkStore(live);
        const outcome = same(counts(state), before)
          ? 'none'
          : same(counts(state), after)
            ? 'all'
            : 'PART';
        outcomes.push(outcome);
        console.log(
          `kill ${kill} at ${moment}: ${outcome} of the import (HTTP answer: ${answer}), ` +
            `integrity_check ${state.integrity}`,
        );
        expect(state.integrity).toBe('ok');
        expect(outcome, `seed ${seed}, kill ${kill}: ${JSON.stringify(state)}`).not.toBe('PART');
        // The restarted API serves exactly what the file holds.
        const served = await query(api.url, '{ actors { totalCount } }');
        expect(served.actors.totalCount).toBe(state.actors);

        if (outcome === 'all') {
          await api.stop();
          copyStore(base, live);
          api = await start();
        }
      }
    } finally {
      await api.stop();
    }
    const tally = (name: string) => outcomes.filter((o) => o === name).length;
    console.log(
      `sigkill-during-import: ${KILLS} kills, import ${Math.round(duration)} ms ` +
        `(commit ${Math.round(commit)} ms): none ${tally('none')}, all ${tally('all')} (seed ${seed})`,
    );
  }, 300_000);
});
