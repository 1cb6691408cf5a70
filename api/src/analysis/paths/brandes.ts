import type { TieLengths } from './distances';

/** The graph as the shortest-path passes read it (plain typed arrays, so workers can share them). */
export interface PathGraph {
  order: number;
  starts: Int32Array;
  neighbours: Int32Array;
  lengths: TieLengths;
}

/**
 * One single-source pass of Brandes' algorithm (2001), accumulating the source's
 * dependencies into `betweenness` and its distances into `distanceSum` (in tie-length units).
 *
 * Hand-written rather than graphology's indexed Brandes routine, for four measured reasons:
 * - graphology allocates a predecessor array per node per source; at 50,000 actors its
 *   sampled betweenness is garbage-collection bound (11 s for 256 sources, STACK.md), while
 *   these passes allocate nothing after construction (predecessors live in flat arrays);
 * - its Dijkstra variant compares path lengths with ==, which drops equally short paths
 *   whose float sums differ in the last bit; here lengths are whole units (distances.ts);
 * - it counts shortest paths in a Uint32Array, which wraps above 2^32 paths;
 * - closeness needs the same distances, so one pass gives both.
 * With small whole-number lengths (6, 3, 2 for strengths 1, 2, 3) Dijkstra uses a bucket
 * queue (Dial 1969) instead of a heap, and whole-number distances sit in an Int32Array and
 * lengths in a Uint8Array: at 50,000 actors the passes are bound by memory traffic, and the
 * smaller arrays made them ~15% faster (measured, same results).
 */
export class BrandesPass {
  /** Distances of the breadth-first and bucket engines (whole numbers; -1 = not reached). */
  private readonly intDist: Int32Array;
  /** Distances of the heap engine (any positive lengths; -1 = not reached). */
  private readonly floatDist: Float64Array;
  private readonly intLengths: Uint8Array | Uint16Array;
  private readonly sigma: Float64Array;
  private readonly delta: Float64Array;
  private readonly order: Int32Array;
  private readonly settled: Uint8Array;
  private readonly predHead: Int32Array;
  private readonly predNext: Int32Array;
  private readonly predNode: Int32Array;
  /** Bucket queue (integer lengths) or binary heap (float lengths) storage. */
  private readonly queueNode: Int32Array;
  private readonly queueNext: Int32Array;
  private readonly queueKey: Float64Array;
  private readonly buckets: Int32Array;
  readonly engine: 'bfs' | 'buckets' | 'heap';

  constructor(private readonly graph: PathGraph) {
    const n = graph.order;
    const arcs = graph.neighbours.length;
    const { kind, maxLength, lengths } = graph.lengths;
    this.engine =
      kind === 'uniform' ? 'bfs' : kind === 'integer' && maxLength <= 4096 ? 'buckets' : 'heap';
    const heap = this.engine === 'heap';
    const buckets = this.engine === 'buckets';
    this.intDist = new Int32Array(heap ? 0 : n).fill(-1);
    this.floatDist = new Float64Array(heap ? n : 0).fill(-1);
    this.intLengths = !buckets
      ? new Uint8Array(0)
      : maxLength <= 255
        ? Uint8Array.from(lengths)
        : Uint16Array.from(lengths);
    this.sigma = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.order = new Int32Array(n);
    this.settled = new Uint8Array(n);
    this.predHead = new Int32Array(n).fill(-1);
    this.predNext = new Int32Array(arcs);
    this.predNode = new Int32Array(arcs);
    const queueSize = this.engine === 'bfs' ? 0 : arcs + 1;
    this.queueNode = new Int32Array(queueSize);
    this.queueNext = new Int32Array(buckets ? queueSize : 0);
    this.queueKey = new Float64Array(heap ? queueSize : 0);
    this.buckets = new Int32Array(buckets ? maxLength + 1 : 0).fill(-1);
  }

  /** Adds source s's dependencies to `betweenness` and its distances to `distanceSum`. */
  run(source: number, betweenness: Float64Array, distanceSum: Float64Array): void {
    if (this.engine === 'heap') {
      this.accumulate(this.heapDijkstra(source), this.floatDist, betweenness, distanceSum);
    } else {
      const reached =
        this.engine === 'bfs' ? this.breadthFirst(source) : this.bucketDijkstra(source);
      this.accumulate(reached, this.intDist, betweenness, distanceSum);
    }
  }

  /** Brandes' dependency accumulation in reverse order of distance; resets as it goes. */
  private accumulate(
    reached: number,
    dist: Int32Array | Float64Array,
    betweenness: Float64Array,
    distanceSum: Float64Array,
  ): void {
    const { order, sigma, delta, settled, predHead, predNext, predNode } = this;
    for (let k = reached - 1; k > 0; k--) {
      const w = order[k];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let p = predHead[w]; p !== -1; p = predNext[p]) {
        const v = predNode[p];
        delta[v] += sigma[v] * coefficient;
      }
      betweenness[w] += delta[w];
      distanceSum[w] += dist[w];
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
      predHead[w] = -1;
      settled[w] = 0;
    }
    const source = order[0];
    dist[source] = -1;
    sigma[source] = 0;
    delta[source] = 0;
    predHead[source] = -1;
    settled[source] = 0;
  }

  private breadthFirst(source: number): number {
    const { starts, neighbours } = this.graph;
    const { intDist: dist, sigma, order, predHead, predNext, predNode } = this;
    dist[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    let pred = 0;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const sv = sigma[v];
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbours[j];
        let dw = dist[w];
        if (dw < 0) {
          dist[w] = dw = next;
          order[tail++] = w;
        }
        if (dw === next) {
          sigma[w] += sv;
          predNode[pred] = v;
          predNext[pred] = predHead[w];
          predHead[w] = pred++;
        }
      }
    }
    return tail;
  }

  private bucketDijkstra(source: number): number {
    const { starts, neighbours } = this.graph;
    const { intDist: dist, intLengths: lengths, sigma, order, settled } = this;
    const { predHead, predNext, predNode, queueNode, queueNext, buckets } = this;
    const size = buckets.length;
    let used = 0;
    let pred = 0;
    dist[source] = 0;
    sigma[source] = 1;
    queueNode[used] = source;
    queueNext[used] = -1;
    buckets[0] = used++;
    let pending = 1;
    let reached = 0;
    // Bucket b holds the entries at distance `current` (mod size); lengths are < size.
    for (let current = 0, b = 0; pending > 0; current++, b = b + 1 === size ? 0 : b + 1) {
      let entry = buckets[b];
      buckets[b] = -1;
      while (entry !== -1) {
        const v = queueNode[entry];
        entry = queueNext[entry];
        pending--;
        if (settled[v] === 1 || dist[v] !== current) continue;
        settled[v] = 1;
        order[reached++] = v;
        const sv = sigma[v];
        for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
          const w = neighbours[j];
          const length = lengths[j];
          const candidate = current + length;
          const dw = dist[w];
          if (dw < 0 || candidate < dw) {
            dist[w] = candidate;
            sigma[w] = sv;
            predNode[pred] = v;
            predNext[pred] = -1;
            predHead[w] = pred++;
            let bucket = b + length;
            if (bucket >= size) bucket -= size;
            queueNode[used] = w;
            queueNext[used] = buckets[bucket];
            buckets[bucket] = used++;
            pending++;
          } else if (candidate === dw && settled[w] === 0) {
            sigma[w] += sv;
            predNode[pred] = v;
            predNext[pred] = predHead[w];
            predHead[w] = pred++;
          }
        }
      }
    }
    return reached;
  }

  private heapDijkstra(source: number): number {
    const { starts, neighbours } = this.graph;
    const { lengths, kind } = this.graph.lengths;
    const { floatDist: dist, sigma, order, settled, predHead, predNext, predNode } = this;
    const keys = this.queueKey;
    const nodes = this.queueNode;
    // Float lengths: equal within a relative 1e-10, as igraph compares path lengths.
    const epsilon = kind === 'float' ? 1e-10 : 0;
    let size = 0;
    const push = (key: number, node: number): void => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (keys[parent] <= key) break;
        keys[i] = keys[parent];
        nodes[i] = nodes[parent];
        i = parent;
      }
      keys[i] = key;
      nodes[i] = node;
    };
    const pop = (): number => {
      const top = nodes[0];
      size--;
      if (size > 0) {
        const key = keys[size];
        const node = nodes[size];
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= size) break;
          if (child + 1 < size && keys[child + 1] < keys[child]) child++;
          if (keys[child] >= key) break;
          keys[i] = keys[child];
          nodes[i] = nodes[child];
          i = child;
        }
        keys[i] = key;
        nodes[i] = node;
      }
      return top;
    };
    let pred = 0;
    let reached = 0;
    dist[source] = 0;
    sigma[source] = 1;
    push(0, source);
    while (size > 0) {
      const key = keys[0];
      const v = pop();
      if (settled[v] || key !== dist[v]) continue;
      settled[v] = 1;
      order[reached++] = v;
      const sv = sigma[v];
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbours[j];
        if (settled[w]) continue;
        const candidate = key + lengths[j];
        const dw = dist[w];
        const tolerance = epsilon * candidate;
        if (dw < 0 || candidate < dw - tolerance) {
          dist[w] = candidate;
          sigma[w] = sv;
          predNode[pred] = v;
          predNext[pred] = -1;
          predHead[w] = pred++;
          push(candidate, w);
        } else if (candidate <= dw + tolerance) {
          sigma[w] += sv;
          predNode[pred] = v;
          predNext[pred] = predHead[w];
          predHead[w] = pred++;
        }
      }
    }
    return reached;
  }
}
