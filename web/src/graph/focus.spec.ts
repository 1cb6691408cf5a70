import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './adjacency';
import { neighbourhood } from './focus';
import { shortestPath } from './shortest-path';
import { fixtureModel } from './testing/fixture';

// a - b - c - d, b - e, f alone
const model = fixtureModel(
  ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
  [
    ['a', 'b'],
    ['c', 'b', 'FUNDS'],
    ['c', 'd'],
    ['b', 'e'],
  ],
);
const adjacency = buildAdjacency(
  model.nodes.map((n) => n.id),
  model.edges,
);

describe('neighbourhood', () => {
  it('takes one or two steps either way along a tie', () => {
    expect([...neighbourhood(adjacency, 'c', 1)].sort()).toEqual(['b', 'c', 'd']);
    expect([...neighbourhood(adjacency, 'c', 2)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('is empty for an actor not in the view', () => {
    expect(neighbourhood(adjacency, 'nobody', 2).size).toBe(0);
  });
});

describe('shortestPath', () => {
  it('walks the fewest ties, whatever their direction', () => {
    expect(shortestPath(adjacency, model.edges, 'a', 'd')).toEqual({
      nodeIds: ['a', 'b', 'c', 'd'],
      edgeIds: ['e0', 'e1', 'e2'],
    });
  });

  it('returns null between actors that are not connected', () => {
    expect(shortestPath(adjacency, model.edges, 'a', 'f')).toBeNull();
  });

  it('only uses the ties of the view it is given', () => {
    const withoutBc = buildAdjacency(
      model.nodes.map((n) => n.id),
      model.edges.filter((e) => e.id !== 'e1'),
    );
    expect(shortestPath(withoutBc, model.edges, 'a', 'd')).toBeNull();
  });
});
