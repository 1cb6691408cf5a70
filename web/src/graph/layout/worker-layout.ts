import type { Tie } from '../model';
import type { LayoutRequest, LayoutResponse } from './force-protocol';
import type { Positions } from './layout-types';
import { mark, MARKS } from '../perf-marks';

export interface WorkerLayoutOptions {
  kind: 'force' | 'fcose';
  iterations: number;
  quality: 'draft' | 'default' | 'proof';
}

export interface LayoutJob {
  done: Promise<Positions>;
  /** Stops the worker; `done` then never settles. */
  cancel(): void;
}

/** Packs ids, ties and positions into typed arrays (node i at index i) for the worker. */
export function packLayoutRequest(
  ids: readonly string[],
  edges: readonly Tie[],
  initial: Positions,
  pinned: ReadonlySet<string>,
  options: WorkerLayoutOptions,
  sizes: ReadonlyMap<string, number> = new Map(),
): LayoutRequest {
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: number[] = [];
  const weights: number[] = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined) continue;
    pairs.push(a, b);
    weights.push(e.strength);
  }
  const start = new Float32Array(ids.length * 2);
  const fixed = new Uint8Array(ids.length);
  const diameters = new Float32Array(ids.length);
  ids.forEach((id, i) => {
    diameters[i] = sizes.get(id) ?? 20;
    const p = initial.get(id) ?? { x: 0, y: 0 };
    start[2 * i] = p.x;
    start[2 * i + 1] = p.y;
    fixed[i] = pinned.has(id) ? 1 : 0;
  });
  const common = { nodeCount: ids.length, edges: Uint32Array.from(pairs), initial: start, fixed };
  return options.kind === 'force'
    ? {
        kind: 'force',
        ...common,
        weights: Float32Array.from(weights),
        sizes: diameters,
        iterations: options.iterations,
      }
    : { kind: 'fcose', ...common, quality: options.quality };
}

export function unpackPositions(ids: readonly string[], packed: Float32Array): Positions {
  const positions: Positions = new Map();
  ids.forEach((id, i) => positions.set(id, { x: packed[2 * i], y: packed[2 * i + 1] }));
  return positions;
}

/**
 * Runs a force-directed layout in a Web Worker. A fresh worker per job: cancelling is
 * terminating it, which also frees its memory at once.
 */
export function startWorkerLayout(
  ids: readonly string[],
  edges: readonly Tie[],
  initial: Positions,
  pinned: ReadonlySet<string>,
  options: WorkerLayoutOptions,
  sizes: ReadonlyMap<string, number>,
  onProgress: (fraction: number) => void,
): LayoutJob {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const request = packLayoutRequest(ids, edges, initial, pinned, options, sizes);
  const done = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        onProgress(message.fraction);
      } else if (message.kind === 'done') {
        worker.terminate();
        mark(MARKS.layoutComputed, { elapsedMs: message.elapsedMs, nodes: ids.length });
        resolve(unpackPositions(ids, message.positions));
      } else {
        worker.terminate();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed'));
    };
  });
  const transfer: Transferable[] = [
    request.edges.buffer,
    request.initial.buffer,
    request.fixed.buffer,
  ];
  if (request.kind === 'force') transfer.push(request.weights.buffer, request.sizes.buffer);
  worker.postMessage(request, transfer);
  return { done, cancel: () => worker.terminate() };
}
