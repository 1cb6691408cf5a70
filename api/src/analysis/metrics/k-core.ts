import type { AnalysisGraph } from '../analysis-graph';

/**
 * Core number of every node (Batagelj & Zaversnik 2003, O(n + m) bucket sort), unweighted
 * as networkx's core_number and igraph's coreness. Hand-written because neither graphology
 * nor graphology-metrics has a k-core.
 */
export function coreNumbers(graph: AnalysisGraph): Int32Array {
  const { order, starts, neighbours } = graph;
  const degree = new Int32Array(order);
  let maxDegree = 0;
  for (let v = 0; v < order; v++) {
    degree[v] = starts[v + 1] - starts[v];
    if (degree[v] > maxDegree) maxDegree = degree[v];
  }
  // Nodes sorted by degree (bin sort); pos[v] is v's place in vert, bin[d] the first place of degree d.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < order; v++) bin[degree[v]]++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d];
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(order);
  const pos = new Int32Array(order);
  for (let v = 0; v < order; v++) {
    pos[v] = bin[degree[v]]++;
    vert[pos[v]] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let i = 0; i < order; i++) {
    const v = vert[i];
    for (let j = starts[v]; j < starts[v + 1]; j++) {
      const u = neighbours[j];
      if (degree[u] > degree[v]) {
        const du = degree[u];
        const pu = pos[u];
        const pw = bin[du];
        const w = vert[pw];
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]++;
        degree[u]--;
      }
    }
  }
  return degree;
}
