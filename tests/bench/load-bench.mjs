// Load on localhost (issue 6): requests per second and p50/p99 latency of a typical read (a
// region's network, the web app's own query) and a typical write (an actor edit with its
// current version), with the API pinned to one core (taskset -c 0) and autocannon on the
// others. Every run is bounded to 10 s: a fixed rate (open loop, evenly spaced requests) or
// as fast as it answers (autocannon, 10 connections). Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  gql,
  percentile,
  printTable,
  REPO_ROOT,
  requireFromRepo,
  jsonHeaders,
  startApi,
} from './bench-support.mjs';

const { generateNetwork, writeImportFolder } = requireFromRepo('@verkosto/graph-seed');

const DURATION_S = 10;
const CONNECTIONS = 10;
const RATE = 50;
const BIG_RATE = 2;
const NETWORK = readFileSync(
  join(REPO_ROOT, 'web', 'src', 'api', 'operations', 'network.graphql'),
  'utf8',
);
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActorInput!) {
  updateActor(id: $id, version: $version, input: $input) { id version } }`;
const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
const cores = cpus().length;

// The client must not compete with the server for its core: run this script on the others.
if (hasTaskset && cores > 1 && !process.env.VERKOSTO_LOAD_CLIENT) {
  const client = spawnSync(
    'taskset',
    ['-c', `1-${cores - 1}`, process.execPath, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, VERKOSTO_LOAD_CLIENT: '1' },
    },
  );
  process.exit(client.status ?? 1);
}

/** The API as `npm start` runs it, pinned to core 0; the rate limit set out of the way. */
function startPinnedApi(dbPath) {
  const env = {
    VERKOSTO_SQLITE_PATH: dbPath,
    VERKOSTO_DEMO: '0',
    VERKOSTO_RATE_LIMIT: '1000000000',
  };
  if (!hasTaskset) return startApi(env).then((api) => ({ ...api, pid: api.child.pid }));
  return new Promise((resolve, reject) => {
    const child = spawn(
      'taskset',
      ['-c', '0', process.execPath, join(REPO_ROOT, 'api', 'dist', 'main.js')],
      {
        env: {
          PATH: process.env.PATH,
          HOST: '127.0.0.1',
          PORT: '0',
          VERKOSTO_LOG: 'quiet',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+?) /.exec(output);
      if (match) {
        resolve({
          url: match[1],
          pid: child.pid,
          stop: () =>
            new Promise((done) =>
              child.exitCode !== null ? done() : (child.once('exit', done), child.kill('SIGTERM')),
            ),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}: ${output}`)));
  });
}

/** Closed loop, as fast as the server answers: autocannon, 10 connections, 10 s. */
function maxRun(options) {
  return autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options }).then(
    (result) => ({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      answered: result.requests.total,
      failed: result.non2xx + result.errors + result.timeouts + (result.graphqlFailures ?? 0),
    }),
  );
}

/**
 * Open loop at a fixed rate: one request every 1000/rate ms, whether or not earlier ones
 * have been answered, the way independent users' requests arrive. Latency counts from the
 * moment a request was due, so a late start counts too. (autocannon's own rate limit sends
 * each second's budget at once on every connection: a burst, which measures the queue.)
 */
async function fixedRateRun(rate, send) {
  const latencies = [];
  let failed = 0;
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < rate * DURATION_S; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(
      send().then(
        (ok) => {
          latencies.push(performance.now() - due);
          if (!ok) failed++;
        },
        () => failed++,
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    answered: latencies.length,
    failed,
  };
}

const networkBody = (regionCode) =>
  JSON.stringify({ query: NETWORK, operationName: 'Network', variables: { regionCode } });

function readRun(url, regionCode, rate) {
  const body = networkBody(regionCode);
  if (!rate) {
    return maxRun({
      url: `${url}/graphql`,
      method: 'POST',
      headers: jsonHeaders(url),
      body,
    });
  }
  return fixedRateRun(rate, async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: jsonHeaders(url),
      body,
    });
    const text = await response.text();
    return response.status === 200 && !text.startsWith('{"errors"');
  });
}

/**
 * Edits of the actors in `pool`, each sent with the actor's current version: a request takes
 * a free actor, its answer gives the new version back (kept in the pool for the next run).
 * No two requests edit the same actor at once, so a CONFLICT would be a bug and is counted.
 */
function writeRun(url, pool, rate) {
  const free = [...pool];
  let edits = 0;
  let reported = false;
  const editBody = (actor) =>
    JSON.stringify({
      query: UPDATE,
      variables: {
        id: actor.id,
        version: actor.version,
        input: { description: `load test edit ${++edits}` },
      },
    });
  /** Takes the answer's new version; true when the edit was saved. */
  const settle = (actor, status, body) => {
    const updated = status === 200 ? JSON.parse(body)?.data?.updateActor : null;
    if (updated) actor.version = updated.version;
    else if (!reported) {
      reported = true;
      console.error(`first failed write: ${status} ${body.slice(0, 300)}`);
    }
    free.push(actor);
    return !!updated;
  };
  if (rate) {
    return fixedRateRun(rate, async () => {
      const actor = free.pop();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: jsonHeaders(url),
        body: editBody(actor),
      });
      return settle(actor, response.status, await response.text());
    });
  }
  let failures = 0;
  return maxRun({
    url: `${url}/graphql`,
    requests: [
      {
        method: 'POST',
        setupRequest(request, context) {
          context.actor = free.pop();
          return {
            ...request,
            headers: jsonHeaders(url),
            body: editBody(context.actor),
          };
        },
        onResponse(status, body, context) {
          if (!settle(context.actor, status, body)) failures++;
        },
      },
    ],
  }).then((result) => ({ ...result, failed: result.failed + failures }));
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU time the process has used, in ms (Linux /proc; null elsewhere). Unlike latency it
 * hardly depends on what else runs on the core, so it shows the cost of a request even on a
 * busy machine.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Busy time of core 0, in ms (Linux /proc/stat; null elsewhere): the server's and others'. */
function core0BusyMs() {
  try {
    const line = readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('cpu0 '));
    const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * Runs one load and measures, with it, the server's CPU time per answered request and the
 * share of core 0 that other processes took meanwhile (on a shared machine the latencies
 * mean little without it).
 */
async function measured(api, load) {
  const [cpuBefore, coreBefore, started] = [cpuMs(api.pid), core0BusyMs(), performance.now()];
  const result = await load();
  const [cpuAfter, coreAfter, wall] = [cpuMs(api.pid), core0BusyMs(), performance.now() - started];
  const known =
    cpuBefore !== null && cpuAfter !== null && coreBefore !== null && coreAfter !== null;
  const server = known ? cpuAfter - cpuBefore : null;
  return {
    ...result,
    cpuPerRequest: known && result.answered ? server / result.answered : null,
    othersOnCore:
      known && hasTaskset ? Math.max(0, (coreAfter - coreBefore - server) / wall) : null,
  };
}

const fmt = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
function row(workload, mode, result, target = '') {
  return [
    workload,
    mode,
    fmt(result.rps),
    `${fmt(result.p50)} ms`,
    `${fmt(result.p99)} ms`,
    result.cpuPerRequest === null ? '-' : `${fmt(result.cpuPerRequest)} ms`,
    result.othersOnCore === null ? '-' : `${Math.round(result.othersOnCore * 100)} %`,
    String(result.failed),
    target,
  ];
}

export async function runLoadBench() {
  const work = mkdtempSync(join(tmpdir(), 'verkosto-load-'));
  const dbPath = join(work, 'load.db');
  try {
    // The Kainuu demo (region 18, 120 actors) and a generated Uusimaa (01) of 2,000 actors.
    const folder = join(work, 'uusimaa');
    writeImportFolder(
      folder,
      generateNetwork({ seed: 2, actors: 2_000, ties: 10_000, regionCodes: ['01'] }),
    );
    const seeding = await startApi({ VERKOSTO_SQLITE_PATH: dbPath, VERKOSTO_DEMO: '1' });
    const form = new FormData();
    for (const kind of ['actors', 'persons', 'relationships']) {
      form.append(kind, new Blob([readFileSync(join(folder, `${kind}.csv`))]), `${kind}.csv`);
    }
    const imported = await fetch(`${seeding.url}/api/import`, {
      method: 'POST',
      body: form,
      headers: { cookie: jsonHeaders(seeding.url).cookie },
    });
    if (imported.status !== 200)
      throw new Error(`the bench data did not import: ${await imported.text()}`);
    await seeding.stop();

    const api = await startPinnedApi(dbPath);
    const rows = [];
    try {
      const sizes = {};
      for (const region of ['18', '01']) {
        const { body, bytes } = await gql(api.url, NETWORK, { regionCode: region });
        sizes[region] =
          `${body.data.network.nodes.length} actors, ${body.data.network.edges.length} ties, ${(bytes / 1e6).toFixed(2)} MB`;
        for (let i = 0; i < 20; i++) await gql(api.url, NETWORK, { regionCode: region });
      }
      // Actors to edit, with their current versions (read again before each write run: a
      // run stops with edits in flight whose answers it never reads).
      const currentActors = async () =>
        (
          await gql(
            api.url,
            'query ($first: Int!) { actors(filter: { regionCode: "18" }, first: $first) { nodes { id version } } }',
            { first: 100 },
          )
        ).body.data.actors.nodes;

      const kainuu = `read: network of Kainuu (${sizes['18']})`;
      const uusimaa = `read: network of a 2,000-actor region (${sizes['01']})`;
      const write = 'write: updateActor with the current version';
      const runs = [
        [kainuu, `fixed ${RATE} req/s`, () => readRun(api.url, '18', RATE), 'p99 < 100 ms'],
        [kainuu, 'max', () => readRun(api.url, '18')],
        // ~150-200 ms of CPU an answer: one core serves about 5 a second, so 50 would only
        // measure a growing queue. Opening a region this size is a rarer request.
        [uusimaa, `fixed ${BIG_RATE} req/s`, () => readRun(api.url, '01', BIG_RATE)],
        [uusimaa, 'max', () => readRun(api.url, '01')],
        [write, `fixed ${RATE} req/s`, async () => writeRun(api.url, await currentActors(), RATE)],
        [write, 'max', async () => writeRun(api.url, await currentActors())],
      ];
      for (const [workload, mode, load, target] of runs) {
        rows.push(row(workload, mode, await measured(api, load), target));
      }
    } finally {
      await api.stop();
    }
    // Other work on the machine shares the API's core; the load average says how much.
    const load = loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    printTable(
      `Load: API on ${hasTaskset ? 'one core (taskset -c 0)' : 'all cores (no taskset here)'}, ${DURATION_S} s a run (fixed rate: evenly spaced requests; max: autocannon, ${CONNECTIONS} connections), SQLite WAL + synchronous FULL; load average ${load} on ${cores} cores`,
      [
        [
          'workload',
          'rate',
          'req/s',
          'p50',
          'p99',
          'server CPU/req',
          'others on core 0',
          'failed',
          'target',
        ],
        ...rows,
      ],
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLoadBench();
