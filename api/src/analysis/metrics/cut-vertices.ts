import type { AnalysisGraph } from '../analysis-graph';

export interface CutOff {
  /** The actor whose removal cuts the part off (an articulation point). */
  vertex: number;
  /** The smaller of the pieces its removal leaves on the two sides. */
  part: number[];
}

/**
 * Single points of failure: for every articulation point (Hopcroft & Tarjan 1973, iterative
 * depth-first search), each piece of its component that only it holds to the rest, when
 * both that piece and the rest have at least `minSize` actors. Hand-written: graphology has
 * no articulation points.
 */
export function cutOffParts(graph: AnalysisGraph, minSize: number): CutOff[] {
  const { order: n, starts, neighbours } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const preorder = new Int32Array(n);
  const stack = new Int32Array(n);
  const result: CutOff[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const first = time;
    const rootChildren: number[] = [];
    const pieces: [number, number][] = [];
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time;
    preorder[time++] = root;
    cursor[root] = starts[root];
    while (top > 0) {
      const v = stack[top - 1];
      if (cursor[v] < starts[v + 1]) {
        const w = neighbours[cursor[v]++];
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time;
          preorder[time++] = w;
          cursor[w] = starts[w];
          stack[top++] = w;
        } else if (w !== parent[v] && disc[w] < low[v]) {
          low[v] = disc[w];
        }
        continue;
      }
      top--;
      size[v] = time - disc[v];
      const p = parent[v];
      if (p === -1) continue;
      if (low[v] < low[p]) low[p] = low[v];
      if (p === root) rootChildren.push(v);
      else if (low[v] >= disc[p]) pieces.push([p, v]);
    }
    const componentSize = time - first;
    const subtree = (c: number): number[] =>
      Array.from(preorder.subarray(disc[c], disc[c] + size[c]));
    const report = (vertex: number, child: number): void => {
      const inside = size[child];
      const rest = componentSize - 1 - inside;
      if (Math.min(inside, rest) < minSize) return;
      if (inside <= rest) {
        result.push({ vertex, part: subtree(child) });
      } else {
        const cut = new Set(subtree(child));
        const part: number[] = [];
        for (let t = first; t < time; t++) {
          const x = preorder[t];
          if (x !== vertex && !cut.has(x)) part.push(x);
        }
        result.push({ vertex, part });
      }
    };
    for (const [vertex, child] of pieces) report(vertex, child);
    if (rootChildren.length >= 2) for (const child of rootChildren) report(root, child);
  }
  return result;
}
