#!/usr/bin/env node
// The analysis bench. It prints figures; it is not a test and asserts nothing.
//
//   node api/bench/analysis.bench.mjs [--no-build] [--cases=2k,50k] [--graphology] [--quality]
//
// It compiles the api (tsc, into api/bench/dist, git-ignored) and runs each case in a child
// process of its own, so that the peak memory printed is that case's: generate the network
// with graph-seed's generateNetwork (2,000 actors / 10,000 ties in Kainuu; 50,000 / 250,000
// over all of Finland), analyse it in-process (cold, then warm), through AnalysisRunner (a
// worker thread, as the API runs it) and on one thread; then time python3-igraph on the same
// merged graph when a python3 with igraph is found, and print the ratio.
// --graphology also times graphology-metrics on the same graph (the measurements behind the
// hand-written metrics); --quality compares the 50k sampled betweenness with a 16x larger
// sample.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);

const CASES = {
  '2k': { actors: 2000, ties: 10000, regionCodes: ['18'], expect: 'exact', budgetMs: 1000 },
  '50k': {
    actors: 50000,
    ties: 250000,
    regionCodes: undefined,
    expect: 'sampled',
    budgetMs: 10000,
  },
};

if (args.has('case')) await runCase(args.get('case'));
else main();

function main() {
  if (!args.has('no-build')) {
    console.log('compiling the api into api/bench/dist ...');
    const tsc = spawnSync(
      'npx',
      [
        'tsc',
        '-p',
        'tsconfig.build.json',
        '--outDir',
        'bench/dist',
        '--tsBuildInfoFile',
        'bench/dist/.tsbuildinfo',
      ],
      { cwd: join(here, '..'), stdio: 'inherit' },
    );
    if (tsc.status !== 0) console.log('(tsc reported errors; the bench runs on what it emitted)');
  }
  console.log(`node ${process.version}, ${availableParallelism()} cores\n`);
  const names = (args.get('cases') ?? Object.keys(CASES).join(',')).split(',');
  for (const name of names) {
    const flags = [...args]
      .filter(([k]) => k !== 'cases' && k !== 'no-build')
      .map(([k, v]) => `--${k}=${v}`);
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), `--case=${name}`, ...flags],
      {
        stdio: 'inherit',
      },
    );
    if (child.status !== 0) console.log(`case ${name} failed (exit ${child.status})`);
    console.log();
  }
}

async function runCase(name) {
  const spec = CASES[name];
  if (!spec) throw new Error(`unknown case ${name}`);
  const analysis = require('./dist/analysis/index.js');
  const network = generate(spec);
  console.log(
    `== ${name}: ${network.actors.length} actors, ${network.relationships.length} ties (${network.source})`,
  );

  // As the API runs it: AnalysisRunner's worker thread, first (cold) and second (warm) request.
  const runner = new analysis.AnalysisRunner({ timeoutMs: 120_000 });
  const before = Math.round(process.memoryUsage().rss / 2 ** 20);
  report('AnalysisRunner, 1st', await timed(() => runner.analyse({ ...network })), spec);
  console.log(
    `peak RSS after the first analysis: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB` +
      ` (${before} MB before it: node, the generated network and its rows)`,
  );
  report('AnalysisRunner, 2nd', await timed(() => runner.analyse({ ...network })), spec);
  await runner.close();
  const cold = await timed(() => analysis.analyseNetwork({ ...network }));
  report('in-process, 1st', cold, spec);
  report('in-process, 2nd', await timed(() => analysis.analyseNetwork({ ...network })), spec);
  const single = await timed(() =>
    analysis.analyseNetwork({ ...network, options: { threads: 1 } }),
  );
  report('in-process, 1 thread', single, spec);
  console.log(`peak RSS after all five: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

  igraph(network, cold, spec);
  if (args.has('graphology')) await graphology(network, cold.result);
  if (args.has('quality') && cold.result.betweenness.mode === 'sampled')
    await quality(network, analysis, cold.result);
}

function generate(spec) {
  const seed = require('@verkosto/graph-seed');
  const geography = seed.readGeography();
  const regionOf = new Map(geography.municipalities.map((m) => [m.code, m.regionCode]));
  const rows = seed.generateNetwork({
    seed: 1,
    actors: spec.actors,
    ties: spec.ties,
    regionCodes: spec.regionCodes,
  });
  return {
    source: 'graph-seed generateNetwork, seed 1',
    actors: rows.actors.map((r) => ({
      id: r.id,
      name: r.name,
      category: r.category,
      subcategory: r.subcategory || null,
      municipalityCode: r.municipality_code || null,
      regionCode: r.municipality_code ? (regionOf.get(r.municipality_code) ?? null) : null,
      dimensions: r.dimensions,
      tags: r.tags,
    })),
    relationships: rows.relationships.map((r) => ({
      sourceId: r.source_id,
      targetId: r.target_id,
      strength: r.strength,
    })),
  };
}

async function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

function report(label, { result, ms, cpuMs }, spec) {
  const steps = Object.entries(result.timings ?? {})
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
  const within = ms <= spec.budgetMs ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(22)} ${fmt(ms)} ms wall (${within} ${spec.budgetMs} ms), ${fmt(cpuMs)} ms CPU on this thread` +
      ` | betweenness ${result.betweenness.mode}, ${result.betweenness.sources} sources` +
      (steps ? ` | ${steps}` : ''),
  );
}

function fmt(ms) {
  return Math.round(ms).toLocaleString('en-GB');
}

/** The merged graph the analysis saw: one line per tied pair, strength = max. */
function mergedEdgeFile(network) {
  const index = new Map(network.actors.map((a, i) => [a.id, i]));
  const pairs = new Map();
  for (const t of network.relationships) {
    const a = index.get(t.sourceId);
    const b = index.get(t.targetId);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    pairs.set(key, Math.max(pairs.get(key) ?? 0, t.strength));
  }
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-bench-'));
  const file = join(dir, 'edges.txt');
  writeFileSync(
    file,
    `${network.actors.length}\n${[...pairs].map(([k, s]) => `${k} ${s}`).join('\n')}\n`,
  );
  return { dir, file };
}

function findPython() {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

function igraph(network, ours, spec) {
  const python = findPython();
  if (!python) {
    console.log('igraph: no python3 with igraph found (apt-get install python3-igraph); skipped');
    return;
  }
  const { dir, file } = mergedEdgeFile(network);
  try {
    const mode = ours.result.betweenness.mode;
    const run = spawnSync(
      python,
      [join(here, 'igraph_bench.py'), file, mode, String(ours.result.betweenness.sources)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    );
    if (run.status !== 0) {
      console.log(`igraph failed: ${run.stderr}`);
      return;
    }
    const { igraph: version, seconds } = JSON.parse(run.stdout);
    const total = seconds.total_without_build * 1000;
    const parts = Object.entries(seconds)
      .filter(([k]) => k !== 'total_without_build')
      .map(([k, v]) => `${k} ${Math.round(v * 1000)}`)
      .join(', ');
    console.log(`igraph ${version} (one thread): ${fmt(total)} ms | ${parts}`);
    console.log(
      `ratio ours (in-process, 1st) / igraph: ${(ours.ms / total).toFixed(2)}` +
        (mode === 'sampled'
          ? ' (igraph side: Dijkstra from as many sources, no betweenness accumulation)'
          : '') +
        `; goal within 3x, ${spec.expect} betweenness expected`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function graphology(network, ours) {
  const Graph = require('graphology');
  const pagerank = require('graphology-metrics/centrality/pagerank');
  const eigenvector = require('graphology-metrics/centrality/eigenvector');
  const betweenness = require('graphology-metrics/centrality/betweenness');
  const { createDijkstraIndexedBrandes } = require('graphology-shortest-path/indexed-brandes');
  const index = new Map(network.actors.map((a, i) => [a.id, i]));
  const build = await timed(() => {
    const g = new Graph.UndirectedGraph();
    network.actors.forEach((_, i) => g.addNode(i));
    for (const t of network.relationships) {
      const a = index.get(t.sourceId);
      const b = index.get(t.targetId);
      if (a === b) continue;
      const edge = g.edge(a, b);
      if (edge)
        g.setEdgeAttribute(
          edge,
          'weight',
          Math.max(g.getEdgeAttribute(edge, 'weight'), t.strength),
        );
      else g.addEdge(a, b, { weight: t.strength, distance: 1 / t.strength });
    }
    return g;
  });
  const g = build.result;
  console.log(`graphology: build graph ${fmt(build.ms)} ms`);
  const pr = await timed(() => pagerank(g, { tolerance: 1e-12, maxIterations: 1000 }));
  console.log(
    `graphology: pagerank (tolerance 1e-12) ${fmt(pr.ms)} ms; ours ${Math.round(ours.timings.pagerank)} ms`,
  );
  const ev = await timed(() => {
    try {
      eigenvector(g, { tolerance: 1e-9, maxIterations: 1000 });
      return 'converged';
    } catch (e) {
      return e.message;
    }
  });
  console.log(
    `graphology: eigenvector ${fmt(ev.ms)} ms (${ev.result}); ours ${Math.round(ours.timings.eigenvector)} ms`,
  );
  if (ours.betweenness.mode === 'exact') {
    const bc = await timed(() => betweenness(g, { getEdgeWeight: 'distance' }));
    console.log(`graphology: exact weighted betweenness ${fmt(bc.ms)} ms`);
  } else {
    const k = ours.betweenness.sources;
    const bc = await timed(() => {
      const brandes = createDijkstraIndexedBrandes(g, 'distance');
      for (let i = 0; i < k; i++) brandes(Math.floor((i * g.order) / k))[0].clear();
    });
    console.log(`graphology: ${k} weighted Brandes passes (forward half only) ${fmt(bc.ms)} ms`);
  }
}

async function quality(network, analysis, sampled) {
  const k = sampled.betweenness.sources * 16;
  const reference = await timed(() =>
    analysis.analyseNetwork({
      ...network,
      options: { betweenness: 'sampled', sampleSize: k, seed: 99 },
    }),
  );
  const a = sampled.actors.map((m) => m.betweenness);
  const b = reference.result.actors.map((m) => m.betweenness);
  const top = (v) =>
    new Set(
      v
        .map((x, i) => [x, i])
        .sort((p, q) => q[0] - p[0])
        .slice(0, 20)
        .map((p) => p[1]),
    );
  const ta = top(a);
  const overlap = [...top(b)].filter((i) => ta.has(i)).length;
  console.log(
    `quality: ${sampled.betweenness.sources} sources vs ${reference.result.betweenness.sources} (${fmt(reference.ms)} ms):` +
      ` Spearman ${spearman(a, b).toFixed(3)}, top-20 overlap ${overlap}/20`,
  );
}

function spearman(a, b) {
  const rank = (v) => {
    const order = v.map((x, i) => [x, i]).sort((p, q) => p[0] - q[0]);
    const r = new Array(v.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
      for (let t = i; t <= j; t++) r[order[t][1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (a.length - 1) / 2;
  let c = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i++) {
    c += (ra[i] - mean) * (rb[i] - mean);
    va += (ra[i] - mean) ** 2;
    vb += (rb[i] - mean) ** 2;
  }
  return c / Math.sqrt(va * vb);
}
