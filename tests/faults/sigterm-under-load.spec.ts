import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importForm, uploadImport, writeGeneratedImport } from '../support/import-upload';
import { spawnApi } from '../support/spawn-api';
import { checkStore } from '../support/sqlite-check';
import { SESSION_COOKIES } from '../support/session';

// `docker stop`, systemd and Ctrl-C send SIGTERM. Requests in flight must finish, the store
// must close cleanly (SQLite checkpoints its WAL into the file), and the process exit 0.
//
// "In flight" is made exact with `Expect: 100-continue`: the server answers 100 Continue when
// it has read a request's headers and begun handling it. The test sends every request's
// headers, waits for each 100 Continue, sends SIGTERM, and only then sends the bodies: every
// request is provably in flight at the signal, however busy the machine.

const NETWORK = `{ network { nodes { id name category municipalityCode dimensions version }
  edges { id source target type strength } } }`;
const READERS = 3;
const LATER_ACTORS = 1_500;

interface Held {
  /** Sends the body; resolves with the answer. */
  send(): Promise<{ status: number; body: any }>;
}

/** Starts a POST, waits until the server has taken it up (100 Continue), holds the body back. */
async function holdRequest(url: string, body: Buffer, contentType: string): Promise<Held> {
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': contentType,
      'content-length': body.length,
      expect: '100-continue',
      cookie: SESSION_COOKIES.get(new URL(url).origin) ?? '',
    },
  });
  const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }),
      );
      res.on('error', reject);
    });
  });
  await new Promise<void>((resolve, reject) => {
    req.once('continue', resolve);
    req.once('error', reject);
    req.flushHeaders();
  });
  return { send: () => (req.end(body), answered) };
}

describe('SIGTERM under load', () => {
  let work: string;
  let db: string;
  let later: string;
  let actorsBefore: number;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'verkosto-term-'));
    db = join(work, 'verkosto.db');
    // A register big enough that a whole-register network takes a while to answer.
    const seeding = await spawnApi({ VERKOSTO_SQLITE_PATH: db, VERKOSTO_DEMO: '0' });
    await uploadImport(
      seeding.url,
      writeGeneratedImport(join(work, 'first'), { seed: 21, actors: 3_000, ties: 9_000 }),
    );
    await seeding.stop();
    actorsBefore = checkStore(db).actors;
    later = writeGeneratedImport(join(work, 'later'), {
      seed: 22,
      actors: LATER_ACTORS,
      ties: 4_500,
      persons: 750,
      idPrefix: 'later',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finishes the reads and the import in flight, then closes the store and exits 0', async () => {
    const api = await spawnApi({ VERKOSTO_SQLITE_PATH: db, VERKOSTO_DEMO: '0' });
    const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      api.process.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const upload = new Request('http://upload', { method: 'POST', body: importForm(later) });
    const held = [
      await holdRequest(
        `${api.url}/api/import`,
        Buffer.from(await upload.arrayBuffer()),
        upload.headers.get('content-type')!,
      ),
    ];
    for (let i = 0; i < READERS; i++) {
      held.push(
        await holdRequest(
          `${api.url}/graphql`,
          Buffer.from(JSON.stringify({ query: NETWORK })),
          'application/json',
        ),
      );
    }

    const signalledAt = performance.now();
    api.process.kill('SIGTERM');
    const [imported, ...reads] = await Promise.all(held.map((request) => request.send()));
    const exited = await exit;
    console.log(
      `sigterm-under-load: ${held.length} requests in flight at SIGTERM, all answered; ` +
        `exited ${Math.round(performance.now() - signalledAt)} ms after it`,
    );

    expect(imported).toMatchObject({ status: 200, body: { ok: true } });
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.body.errors).toBeUndefined();
      // Read before or after the import's commit, each a whole snapshot.
      expect([actorsBefore, actorsBefore + LATER_ACTORS]).toContain(
        read.body.data.network.nodes.length,
      );
    }
    expect(exited).toEqual({ code: 0, signal: null });
    expect(api.output()).toContain('SIGTERM: finishing requests in flight');
    // Closed cleanly: the last connection checkpointed the WAL into the file and removed it.
    const wal = `${db}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const state = checkStore(db);
    expect(state.integrity).toBe('ok');
    expect(state.actors).toBe(actorsBefore + LATER_ACTORS);
    await api.stop();
  });

  it('takes no new connection once it has the signal', async () => {
    const api = await spawnApi({ VERKOSTO_SQLITE_PATH: db, VERKOSTO_DEMO: '0' });
    const exit = new Promise((resolve) => api.process.once('exit', resolve));
    const held = await holdRequest(
      `${api.url}/graphql`,
      Buffer.from(JSON.stringify({ query: '{ regions { code } }' })),
      'application/json',
    );
    api.process.kill('SIGTERM');
    // The held request keeps the server from exiting; a new connection must be refused.
    await expect
      .poll(() =>
        api.fetch(`/graphql`).then(
          () => 'answered',
          () => 'refused',
        ),
      )
      .toBe('refused');
    expect((await held.send()).status).toBe(200);
    await exit;
    await api.stop();
  });
});
