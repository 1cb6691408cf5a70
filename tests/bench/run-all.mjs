// `npm run bench`: every benchmark, one after another; each prints its own figures.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './bench-support.mjs';

const benches = [
  ['core: import, network over HTTP, start-up', 'tests/bench/core-bench.mjs'],
  ['analysis', 'api/bench/analysis.bench.mjs'],
  ['web: Cytoscape in Chromium', 'tests/bench/web-bench.mjs'],
  ['load: reads and writes on one core (autocannon)', 'tests/bench/load-bench.mjs'],
];

console.log(
  `Verkosto benchmarks on ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString()}`,
);
let failed = false;
for (const [name, script] of benches) {
  const path = join(REPO_ROOT, script);
  if (!existsSync(path)) continue;
  console.log(`\n=== ${name} (${script})`);
  const result = spawnSync(process.execPath, ['--max-semi-space-size=64', path], {
    stdio: 'inherit',
    cwd: REPO_ROOT,
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
