// The core benchmark (issue 2): import, a region's network over HTTP, start-up.
// Prints figures next to their targets; it asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  REPO_ROOT,
  apiDist,
  gql,
  median,
  ms,
  percentile,
  printTable,
  requireFromRepo,
  startApi,
} from './bench-support.mjs';

const { generateNetwork, writeImportFolder } = requireFromRepo('@verkosto/graph-seed');
const { SqliteGraphStore } = apiDist('store/sqlite/sqlite-graph-store.js');
const { GeographyService } = apiDist('geography/geography.service.js');
const { ImportService } = apiDist('import/import.service.js');
const { readImportFolder } = apiDist('import/read-import-folder.js');

// The web app's own network query: what a planner's browser sends when it opens a region.
const NETWORK_QUERY = readFileSync(
  join(REPO_ROOT, 'web', 'src', 'api', 'operations', 'network.graphql'),
  'utf8',
);

async function importFolder(dbPath, folder) {
  const store = new SqliteGraphStore(dbPath);
  await store.init();
  try {
    const geography = new GeographyService(store);
    await geography.ensureLoaded();
    const started = performance.now();
    const report = await new ImportService(store, geography).run(readImportFolder(folder));
    const elapsed = performance.now() - started;
    if (!report.ok)
      throw new Error(`bench data did not import: ${JSON.stringify(report.issues.slice(0, 3))}`);
    return { elapsed, report };
  } finally {
    await store.close();
  }
}

export async function runCoreBench() {
  const work = mkdtempSync(join(tmpdir(), 'verkosto-bench-'));
  try {
    // 1. Import: 10,000 actors + 50,000 ties from CSV files on disk, validated, one transaction.
    const bigFolder = join(work, 'national');
    writeImportFolder(bigFolder, generateNetwork({ seed: 1, actors: 10_000, ties: 50_000 }));
    const importRuns = [];
    for (let run = 0; run < 3; run++) {
      importRuns.push((await importFolder(join(work, `import-${run}.db`), bigFolder)).elapsed);
    }
    const reimport = await importFolder(join(work, 'import-0.db'), bigFolder);

    // 2. A region of 2,000 actors and 10,000 ties, over HTTP, 20 sequential requests.
    const regionFolder = join(work, 'region');
    writeImportFolder(
      regionFolder,
      generateNetwork({ seed: 2, actors: 2_000, ties: 10_000, regionCodes: ['18'] }),
    );
    const regionDb = join(work, 'region.db');
    await importFolder(regionDb, regionFolder);
    const api = await startApi({ VERKOSTO_SQLITE_PATH: regionDb, VERKOSTO_DEMO: '0' });
    const times = [];
    let bytes = 0;
    let counts = '';
    try {
      for (let i = 0; i < 3; i++) await gql(api.url, NETWORK_QUERY, { regionCode: '18' });
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const result = await gql(api.url, NETWORK_QUERY, { regionCode: '18' });
        times.push(performance.now() - started);
        bytes = result.bytes;
        counts = `${result.body.data.network.nodes.length} nodes, ${result.body.data.network.edges.length} edges`;
      }
    } finally {
      await api.stop();
    }

    // 3. Start-up to the first answered request (after the admin's sign-in): a first start
    // (geography + demo seeding) and a restart.
    const startDb = join(work, 'startup.db');
    const startup = [];
    for (const label of ['first start, seeds the demo', 'restart on the same file']) {
      const started = performance.now();
      const server = await startApi({ VERKOSTO_SQLITE_PATH: startDb });
      await gql(server.url, '{ regions { code } }');
      startup.push([label, performance.now() - started]);
      await server.stop();
    }

    printTable('Core (embedded SQLite store)', [
      ['measure', 'figure', 'target'],
      [
        'import 10k actors + 50k ties, end to end (median of 3)',
        ms(median(importRuns)),
        '< 3000 ms',
      ],
      ['  runs', importRuns.map((t) => ms(t)).join(', '), ''],
      ['re-import of the same files (all unchanged)', ms(reimport.elapsed), ''],
      [
        `network(regionCode), the web app's query, over HTTP, median of 20 (${counts})`,
        ms(median(times)),
        '< 80 ms',
      ],
      [
        '  p95 / min / response size',
        `${ms(percentile(times, 95))} / ${ms(Math.min(...times))} / ${(bytes / 1e6).toFixed(2)} MB`,
        '',
      ],
      ...startup.map(([label, t]) => [`start-up to first answer (${label})`, ms(t), '< 5000 ms']),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCoreBench();
