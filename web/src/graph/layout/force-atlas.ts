import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ForceRequest } from './force-protocol';
import { NODE_SPACING } from './layout-types';

/** The typical (median) tie length after scaling, in model units. */
const TIE_LENGTH = NODE_SPACING * 2.5;

/** Progress is reported this many times on the way (the page shows it as a bar). */
const PROGRESS_STEPS = 10;

/**
 * ForceAtlas2 (graphology) from the draft positions. Runs in the layout worker; kept free of
 * worker APIs so it is tested in Node. Reports its progress, not its positions: the page
 * moves the actors once, to the result (moving them costs a full redraw of every tie).
 */
export function runForceAtlas2(
  request: ForceRequest,
  onProgress: (fraction: number) => void = () => {},
): Float32Array {
  const { nodeCount, edges, weights, initial } = request;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < nodeCount; i++) {
    graph.addNode(i, { x: initial[2 * i], y: initial[2 * i + 1] });
  }
  for (let k = 0; k < edges.length / 2; k++) {
    const a = edges[2 * k];
    const b = edges[2 * k + 1];
    if (a === b) continue;
    // Two ties between the same pair (different types) pull as one, with both strengths.
    graph.updateEdge(a, b, (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + weights[k],
    }));
  }

  const inferred = forceAtlas2.inferSettings(graph);
  const settings = {
    ...inferred,
    // Barnes-Hut makes repulsion O(n log n): slower than exact below ~1,000 nodes.
    barnesHutOptimize: nodeCount > 1000,
    // Hubs push their neighbours out rather than pulling everyone in: clearer clusters.
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 1,
  };

  const perChunk = Math.max(1, Math.ceil(request.iterations / PROGRESS_STEPS));
  let done = 0;
  while (done < request.iterations) {
    const step = Math.min(perChunk, request.iterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    done += step;
    if (done < request.iterations) onProgress(done / request.iterations);
  }
  return read(graph, request);
}

/** Above this, the overlap pass costs more than it is worth at the zoom such a graph is seen. */
const NOVERLAP_MAX_NODES = 5000;

/**
 * Positions out of the graph, scaled so a typical tie is TIE_LENGTH long
 * (ForceAtlas2's own units are arbitrary). Nodes the user placed are not held fixed in the
 * simulation (its units differ from ours); instead the result is shifted so their centre
 * stays where the user put them, and the page keeps them exactly there.
 */
function read(graph: Graph, request: ForceRequest) {
  const { nodeCount, fixed, initial, sizes } = request;
  const separate = nodeCount <= NOVERLAP_MAX_NODES;
  const out = new Float32Array(nodeCount * 2);
  graph.forEachNode((key, attr) => {
    const i = Number(key);
    out[2 * i] = attr.x as number;
    out[2 * i + 1] = attr.y as number;
  });
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const i = Number(s);
    const j = Number(t);
    lengths.push(Math.hypot(out[2 * i] - out[2 * j], out[2 * i + 1] - out[2 * j + 1]));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths.length ? lengths[lengths.length >> 1] : 0;
  const scale = median > 0 ? TIE_LENGTH / median : 1;
  for (let i = 0; i < out.length; i++) out[i] *= scale;

  if (separate) {
    // Push overlapping nodes apart (graphology-layout-noverlap), on a copy of the graph in
    // our units so the simulation's own coordinates are left for the next chunk.
    const copy = new Graph({ type: 'undirected' });
    for (let i = 0; i < nodeCount; i++) {
      copy.addNode(i, { x: out[2 * i], y: out[2 * i + 1], size: sizes[i] / 2 });
    }
    noverlap.assign(copy, {
      maxIterations: 60,
      settings: { margin: 6, ratio: 1, expansion: 1.1, gridSize: 40, speed: 3 },
    });
    copy.forEachNode((key, attr) => {
      const i = Number(key);
      out[2 * i] = attr.x as number;
      out[2 * i + 1] = attr.y as number;
    });
  }

  let pinned = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < nodeCount; i++) {
    if (fixed[i] !== 1) continue;
    pinned++;
    dx += initial[2 * i] - out[2 * i];
    dy += initial[2 * i + 1] - out[2 * i + 1];
  }
  if (pinned > 0) {
    for (let i = 0; i < nodeCount; i++) {
      out[2 * i] += dx / pinned;
      out[2 * i + 1] += dy / pinned;
    }
  }
  return out;
}
