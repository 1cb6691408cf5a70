import { BrandesPass, type PathGraph } from './brandes';

/**
 * The shortest-path work split into chunks of sources that any thread may claim. Each chunk
 * writes its own slice of `results` (betweenness, then distance sums), and the slices are
 * added up in chunk order afterwards, so the answer is the same bit for bit whichever thread
 * ran which chunk and however many threads there were.
 *
 * All arrays may sit on SharedArrayBuffers: workers then read the graph and write results
 * without copying. `counter[0]` is the next unclaimed chunk (Atomics).
 */
export interface PathTask {
  graph: PathGraph;
  sources: Int32Array;
  chunkSize: number;
  counter: Int32Array;
  /** chunks * 2 * order values. */
  results: Float64Array;
}

/** Enough for two to four threads to share the work evenly; each chunk holds 2n doubles. */
const MAX_CHUNKS = 32;

export function chunkLayout(sourceCount: number): { chunkSize: number; chunks: number } {
  const chunks = Math.max(1, Math.min(MAX_CHUNKS, sourceCount));
  const chunkSize = Math.max(1, Math.ceil(sourceCount / chunks));
  return { chunkSize, chunks: Math.max(1, Math.ceil(sourceCount / chunkSize)) };
}

/** Claims and runs chunks until none are left; returns how many this thread ran. */
export function runChunks(task: PathTask): number {
  const { graph, sources, chunkSize, counter, results } = task;
  const n = graph.order;
  const chunks = Math.ceil(sources.length / chunkSize);
  const pass = new BrandesPass(graph);
  let ran = 0;
  for (;;) {
    const chunk = Atomics.add(counter, 0, 1);
    if (chunk >= chunks) return ran;
    const betweenness = results.subarray(2 * chunk * n, (2 * chunk + 1) * n);
    const distanceSum = results.subarray((2 * chunk + 1) * n, (2 * chunk + 2) * n);
    const end = Math.min(sources.length, (chunk + 1) * chunkSize);
    for (let i = chunk * chunkSize; i < end; i++) pass.run(sources[i], betweenness, distanceSum);
    ran++;
  }
}

/** Adds the chunks' slices in chunk order. */
export function sumChunks(
  results: Float64Array,
  chunks: number,
  n: number,
): { betweenness: Float64Array; distanceSum: Float64Array } {
  const betweenness = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  for (let c = 0; c < chunks; c++) {
    const b = 2 * c * n;
    const d = (2 * c + 1) * n;
    for (let v = 0; v < n; v++) {
      betweenness[v] += results[b + v];
      distanceSum[v] += results[d + v];
    }
  }
  return { betweenness, distanceSum };
}
