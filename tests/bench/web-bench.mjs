// The web benchmark (issue 4): Cytoscape in Debian's Chromium on generated networks.
// For a 2,000-actor region and a 10,000-actor national register it measures, per option:
// when the network arrived, the first frame of the graph (actors), all ties drawn, the
// layout settled, the longest main-thread task while loading (a frozen tab shows here), and,
// once the page is quiet, the time one wheel-zoom step and one drag-pan step take to reach
// the screen: a gesture's first step apart (the worst of them), the rest as median / p95,
// and the redraw when the gesture ends. Prints figures; asserts nothing. Needs api/dist and
// web/dist (`npm run bench` builds both). WEB_BENCH_RUNS (default 2) loads per option;
// WEB_BENCH_ONLY=18|all; WEB_BENCH_VARIANT=<part of an option's name>;
// WEB_BENCH_CPU_SLOWDOWN=3 (the browser of a machine three times slower).
// Functions passed to page.evaluate run in the browser:
/* global window, document, performance, requestAnimationFrame, setTimeout, WheelEvent, MouseEvent, PerformanceObserver */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiDist,
  median,
  ms,
  percentile,
  printTable,
  requireFromRepo,
  sessionCookie,
  startApi,
} from './bench-support.mjs';

const { chromium } = requireFromRepo('playwright-core');
const { generateNetwork, writeImportFolder } = requireFromRepo('@verkosto/graph-seed');
const { SqliteGraphStore } = apiDist('store/sqlite/sqlite-graph-store.js');
const { GeographyService } = apiDist('geography/geography.service.js');
const { ImportService } = apiDist('import/import.service.js');
const { readImportFolder } = apiDist('import/read-import-folder.js');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 2);
/** WEB_BENCH_CPU_SLOWDOWN=3: the browser on a CPU three times slower than this one. */
const CPU_SLOWDOWN = Number(process.env.WEB_BENCH_CPU_SLOWDOWN ?? 1);

/** What is compared: the defaults against each technique switched off or swapped. */
const VARIANTS = [
  {
    name: 'default: ForceAtlas2 in a worker, bitmap and no ties on viewport, pixelRatio 1',
    query: '',
  },
  // The same page again: the layout comes from the browser's storage (cached per scope).
  { name: 'default, second visit (layout cached)', query: '', warm: true },
  { name: 'ForceAtlas2 on the main thread', query: '&layoutThread=main' },
  // Without the bitmap every pan or zoom frame draws the actors (the ties stay hidden).
  { name: 'no bitmap on viewport (textureOnViewport off)', query: '&render=texture:0' },
  {
    name: 'no viewport shortcuts (full redraw, device pixel ratio)',
    query: '&render=texture:0,hideEdges:0,pixelRatio1:0',
  },
  // Headless Chromium here renders WebGL in software (SwiftShader): seconds per frame at
  // 2,000 actors already, so the national view is not tried (it times out).
  { name: 'WebGL renderer (Cytoscape 3.31+)', query: '&render=webgl:1', only: '18' },
  // Above 5,000 actors the app uses ForceAtlas2 for fcose (measured at 10,000: 18 s in the
  // worker, then ~10 s to draw its result), so fcose is compared at 2,000 only.
  { name: 'fcose (draft) in the worker', query: '&layout=fcose', only: '18' },
  { name: 'grouped by municipality (no refinement)', query: '&layout=municipality' },
];

async function importNetwork(dbPath, folder) {
  const store = new SqliteGraphStore(dbPath);
  await store.init();
  try {
    const geography = new GeographyService(store);
    await geography.ensureLoaded();
    const report = await new ImportService(store, geography).run(readImportFolder(folder));
    if (!report.ok)
      throw new Error(`bench data did not import: ${JSON.stringify(report.issues.slice(0, 3))}`);
  } finally {
    await store.close();
  }
}

/** Runs in the page: marks, long tasks, and the layout timing the app recorded. */
function pageFigures() {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const firstFrame = at('verkosto:first-frame') ?? 0;
  // Loading ends when the layout has settled and every tie is drawn, whichever is later.
  const loaded = Math.max(
    at('verkosto:layout-settled') ?? Infinity,
    at('verkosto:ties-drawn') ?? Infinity,
  );
  const tasks = window.benchLongTasks.filter((t) => t.startTime < loaded);
  const after = tasks.filter((t) => t.startTime >= firstFrame);
  return {
    network: at('verkosto:network-received'),
    firstFrame,
    tiesDrawn: at('verkosto:ties-drawn'),
    // The layout worker's own time, from its message (absent when nothing ran in a worker).
    workerMs: performance.getEntriesByName('verkosto:layout-computed')[0]?.detail?.elapsedMs ?? 0,
    settled: at('verkosto:layout-settled'),
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    // Once the graph is on screen the user works with it: a long task here is a frozen tab.
    longestAfterFirstFrame: after.reduce((m, t) => Math.max(m, t.duration), 0),
    nodes: window.verkostoCy?.nodes().length ?? 0,
    edges: window.verkostoCy?.edges().length ?? 0,
  };
}

/** Runs in the page: true once no long task has ended in the last `ms` milliseconds. */
function quiet(ms) {
  const last = window.benchLongTasks.reduce((m, t) => Math.max(m, t.startTime + t.duration), 0);
  return performance.now() - last > ms;
}

/** Runs in the page: the longest task from now until `ms` milliseconds have passed. */
async function longestTaskWithin(ms) {
  const from = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return window.benchLongTasks
    .filter((t) => t.startTime >= from)
    .reduce((m, t) => Math.max(m, t.duration), 0);
}

/**
 * Runs in the page: wheel-zoom steps (in, then out), each timed from the wheel event to the
 * end of the frame that shows it. Stops early for a renderer that takes seconds per frame.
 */
async function zoomFrames(steps) {
  const container = document.querySelector('[data-testid="graph-canvas"]');
  const rect = container.getBoundingClientRect();
  const clientX = rect.x + rect.width / 2;
  const clientY = rect.y + rect.height / 2;
  const nextFrame = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  await nextFrame();
  const deadline = performance.now() + 15_000;
  for (let i = 0; i < steps && performance.now() < deadline; i++) {
    const started = performance.now();
    const deltaY = i % 16 < 8 ? -120 : 120;
    const init = { deltaY, clientX, clientY, bubbles: true, cancelable: true };
    container.dispatchEvent(new WheelEvent('wheel', init));
    await nextFrame();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Runs in the page: a drag on the background (mouse events as Cytoscape receives them: down
 * on its canvas, moves and up on the window), each step timed like a zoom step. Timed in the
 * page, not through the DevTools protocol, whose round trips would add two frames per step.
 */
async function panSteps(steps) {
  const container = document.querySelector('[data-testid="graph-canvas"]');
  const rect = container.getBoundingClientRect();
  // A point of the background: a drag that starts on an actor moves the actor instead.
  const boxes = window.verkostoCy
    .nodes()
    .map((n) => n.renderedBoundingBox({ includeLabels: false }));
  // Cytoscape grabs a node within 8 screen pixels of a mouse press (its node threshold).
  const near = 12;
  const free = (px, py) =>
    !boxes.some(
      (b) => px >= b.x1 - near && px <= b.x2 + near && py >= b.y1 - near && py <= b.y2 + near,
    );
  const start = (() => {
    for (let gx = 8; gx < rect.width - 8; gx += 8)
      for (let gy = 8; gy < rect.height - 8; gy += 8) if (free(gx, gy)) return [gx, gy];
    return null;
  })();
  if (!start) throw new Error('no background point to start a drag on');
  const x = rect.x + start[0];
  const y = rect.y + start[1];
  const canvas = container.querySelector('canvas:last-of-type') ?? container;
  const nextFrame = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const mouse = (target, type, clientX, clientY) =>
    target.dispatchEvent(
      new MouseEvent(type, { clientX, clientY, button: 0, buttons: 1, bubbles: true }),
    );
  const before = window.verkostoCy.pan().x;
  mouse(canvas, 'mousedown', x, y);
  await nextFrame();
  const times = [];
  const deadline = performance.now() + 15_000;
  for (let i = 1; i <= steps && performance.now() < deadline; i++) {
    const started = performance.now();
    mouse(window, 'mousemove', x + 6 * i, y + 3 * i);
    await nextFrame();
    times.push(performance.now() - started);
  }
  mouse(window, 'mouseup', x + 6 * steps, y + 3 * steps);
  if (window.verkostoCy.pan().x === before) throw new Error('the drag did not pan the graph');
  return times;
}

async function measure(context, url, warm) {
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    // A slower machine's browser, as DevTools emulates it: the page's CPU only, not the API's.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  // A first visit: no layout kept from an earlier one.
  if (!warm) await page.addInitScript(() => window.localStorage.clear());
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.addInitScript(() => {
    // Long tasks reach only observers registered before they happen: collect them all.
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.benchLongTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('verkosto:layout-settled').length > 0 &&
      performance.getEntriesByName('verkosto:ties-drawn').length > 0 &&
      window.verkostoCy,
    undefined,
    {
      timeout: 180_000,
      polling: 100,
    },
  );
  const figures = await page.evaluate(pageFigures);
  await page.waitForFunction(quiet, 1000, { timeout: 60_000, polling: 100 });
  const zoom = await page.evaluate(zoomFrames, 40);
  // The frame after a gesture redraws everything (edges included): a task of its own.
  const zoomEnd = await page.evaluate(longestTaskWithin, 2000);
  await page.waitForFunction(quiet, 1000, { timeout: 60_000, polling: 100 });
  const pan = await page.evaluate(panSteps, 40);
  const panEnd = await page.evaluate(longestTaskWithin, 2000);
  await page.close();
  return { ...figures, zoom, pan, afterGesture: Math.max(zoomEnd, panEnd) };
}

function summarise(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  // The first step of a gesture apart: a renderer may prepare something there (a bitmap).
  const zoom = runs.flatMap((r) => r.zoom.slice(1));
  const pan = runs.flatMap((r) => r.pan.slice(1));
  const firstStep = Math.max(...runs.flatMap((r) => [r.zoom[0], r.pan[0]]));
  return {
    network: pick('network'),
    firstFrame: pick('firstFrame'),
    tiesDrawn: pick('tiesDrawn'),
    settled: pick('settled'),
    workerMs: pick('workerMs'),
    longestTask: Math.max(...runs.map((r) => r.longestTask)),
    longestAfter: Math.max(...runs.map((r) => r.longestAfterFirstFrame)),
    firstStep,
    afterGesture: Math.max(...runs.map((r) => r.afterGesture)),
    zoom: `${ms(median(zoom))} / ${ms(percentile(zoom, 95))}`,
    pan: `${ms(median(pan))} / ${ms(percentile(pan, 95))}`,
    counts: `${runs[0].nodes} nodes, ${runs[0].edges} edges`,
  };
}

const COLUMNS = [
  'option',
  'network in',
  'first frame',
  'all ties drawn',
  'layout settled',
  'worker time',
  'longest task',
  'longest after 1st frame',
  'gesture 1st step',
  'zoom step med/p95',
  'pan step med/p95',
  'redraw after gesture',
];

const SCENARIOS = [
  {
    label: 'region, 2,000 actors / 10,000 ties',
    options: { seed: 2, actors: 2_000, ties: 10_000, regionCodes: ['18'] },
    region: '18',
    target: 'first frame < 1500 ms',
  },
  {
    label: 'national, 10,000 actors / 50,000 ties',
    options: { seed: 1, actors: 10_000, ties: 50_000 },
    region: 'all',
    target: 'first frame < 5000 ms',
  },
];

export async function runWebBench() {
  const work = mkdtempSync(join(tmpdir(), 'verkosto-web-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'verkosto-web-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const only = process.env.WEB_BENCH_ONLY; // e.g. "18" or "all"
  const variantFilter = process.env.WEB_BENCH_VARIANT; // part of a variant's name, e.g. "default"
  try {
    for (const scenario of SCENARIOS.filter((s) => !only || s.region === only)) {
      const folder = join(work, scenario.region);
      writeImportFolder(folder, generateNetwork(scenario.options));
      const db = join(work, `${scenario.region}.db`);
      await importNetwork(db, folder);
      const api = await startApi({ VERKOSTO_SQLITE_PATH: db, VERKOSTO_DEMO: '0' });
      await context.addCookies([{ ...sessionCookie(api.url), url: api.url }]);
      try {
        const rows = [COLUMNS];
        let counts = '';
        const wanted = (v) =>
          (!v.only || v.only === scenario.region) &&
          (!variantFilter || v.name.includes(variantFilter));
        for (const variant of VARIANTS.filter(wanted)) {
          const runs = [];
          try {
            for (let i = 0; i < RUNS; i++) {
              const url = `${api.url}/?region=${scenario.region}&debug=1${variant.query}`;
              runs.push(await measure(context, url, variant.warm));
            }
          } catch (error) {
            const reason = `failed: ${String(error.message).split('\n')[0]}`;
            rows.push([variant.name, reason, ...COLUMNS.slice(2).map(() => '')]);
            continue;
          }
          const s = summarise(runs);
          counts = s.counts;
          rows.push([
            variant.name,
            ms(s.network),
            ms(s.firstFrame),
            ms(s.tiesDrawn),
            ms(s.settled),
            s.workerMs ? ms(s.workerMs) : '–',
            ms(s.longestTask),
            ms(s.longestAfter),
            ms(s.firstStep),
            s.zoom,
            s.pan,
            ms(s.afterGesture),
          ]);
          console.error(`  measured: ${scenario.label} · ${variant.name}`);
        }
        printTable(
          `Web, ${scenario.label} (${counts}); targets: ${scenario.target}, pan/zoom frames < 50 ms; ` +
            `median of ${RUNS} loads; times from navigation start; load average ${loadavg()[0].toFixed(1)}` +
            (CPU_SLOWDOWN > 1 ? `; the page's CPU slowed ${CPU_SLOWDOWN}x` : ''),
          rows,
        );
      } finally {
        await api.stop();
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runWebBench();
