import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, tie } from '../testing/build-network';
import { cutOffParts } from './cut-vertices';

const graphOf = (ids: string[], ties: [string, string][]) =>
  buildAnalysisGraph(
    ids.map((id) => actor(id, 'ngo')),
    ties.map(([a, b]) => tie(a, b)),
  );

describe('cutOffParts', () => {
  it('finds the actor that alone holds a group to the rest, whichever side the search starts', () => {
    // a-b-c-a triangle, c-d, d-e-f-d triangle: c and d each hold one triangle to the other.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const ties: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
    ];
    for (const order of [ids, [...ids].reverse()]) {
      const graph = graphOf(order, ties);
      const found = cutOffParts(graph, 2).map((c) => [
        graph.actorIds[c.vertex],
        c.part.map((i) => graph.actorIds[i]).sort(),
      ]);
      expect(found.sort()).toEqual([
        ['c', ['a', 'b']],
        ['d', ['e', 'f']],
      ]);
    }
  });

  it('ignores pieces below the minimum size and graphs with no articulation point', () => {
    const star = graphOf(
      ['hub', 'x', 'y', 'z'],
      [
        ['hub', 'x'],
        ['hub', 'y'],
        ['hub', 'z'],
      ],
    );
    expect(cutOffParts(star, 2)).toEqual([]);
    const ring = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ],
    );
    expect(cutOffParts(ring, 1)).toEqual([]);
  });
});
