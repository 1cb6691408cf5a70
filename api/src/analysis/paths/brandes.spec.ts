import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { randomNetwork } from '../testing/random-network';
import { BrandesPass } from './brandes';
import { tieLengths, type TieLengths } from './distances';

/** All sources, summed: raw betweenness and distance sums. */
function sums(order: number, pass: BrandesPass): { b: Float64Array; d: Float64Array } {
  const b = new Float64Array(order);
  const d = new Float64Array(order);
  for (let s = 0; s < order; s++) pass.run(s, b, d);
  return { b, d };
}

describe('BrandesPass', () => {
  const network = randomNetwork({ actors: 300, ties: 900, seed: 21 });
  const graph = buildAnalysisGraph(network.actors, network.relationships);

  it('gives the same betweenness with the bucket queue as with the heap', () => {
    const lengths = tieLengths(graph);
    expect(lengths).toMatchObject({ kind: 'integer', unit: 6, maxLength: 6 });
    const base = { order: graph.order, starts: graph.starts, neighbours: graph.neighbours };
    const buckets = new BrandesPass({ ...base, lengths });
    // The same whole-number lengths, but forced through the heap.
    const viaHeap = new BrandesPass({
      ...base,
      lengths: { ...lengths, maxLength: 1e6 } as TieLengths,
    });
    expect([buckets.engine, viaHeap.engine]).toEqual(['buckets', 'heap']);
    const a = sums(graph.order, buckets);
    const h = sums(graph.order, viaHeap);
    // Nodes at equal distance settle in another order, so sums differ in the last bits only.
    for (let v = 0; v < graph.order; v++) {
      expect(h.b[v]).toBeCloseTo(a.b[v], 9);
      expect(h.d[v]).toBe(a.d[v]);
    }
  });

  it('treats float lengths that are equal up to rounding as equal, as igraph does', () => {
    // Strength 1.5 everywhere but one tie: lengths 2/3 are not exact in binary.
    const odd = buildAnalysisGraph(
      network.actors,
      network.relationships.map((r, i) => ({ ...r, strength: i === 0 ? 3 : 1.5 })),
    );
    const lengths = tieLengths(odd);
    expect(lengths.kind).toBe('float');
    const pass = new BrandesPass({
      order: odd.order,
      starts: odd.starts,
      neighbours: odd.neighbours,
      lengths,
    });
    const scaled = buildAnalysisGraph(
      network.actors,
      network.relationships.map((r, i) => ({ ...r, strength: i === 0 ? 2 : 1 })),
    );
    const exact = new BrandesPass({
      order: scaled.order,
      starts: scaled.starts,
      neighbours: scaled.neighbours,
      lengths: tieLengths(scaled),
    });
    // Strengths 3 and 1.5 are strengths 2 and 1 times 1.5: the same shortest paths.
    const f = sums(odd.order, pass);
    const e = sums(scaled.order, exact);
    for (let v = 0; v < odd.order; v++) expect(f.b[v]).toBeCloseTo(e.b[v], 9);
  });
});
