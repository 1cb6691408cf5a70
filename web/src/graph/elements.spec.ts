import { describe, expect, it } from 'vitest';
import { diffById, toElements } from './elements';
import { fixtureModel } from './testing/fixture';

describe('toElements', () => {
  it('colours by category, sizes from the given map and marks directed ties', () => {
    const model = fixtureModel(
      [{ id: 'a', category: 'media' }, { id: 'b' }],
      [['a', 'b', 'FUNDS', 3]],
    );
    const { nodes, edges } = toElements(model, new Map([['a', 40]]));
    expect(nodes[0]).toMatchObject({ id: 'a', color: '#f2a900', size: 40, outside: false });
    expect(nodes[1].size).toBe(14);
    expect(edges[0]).toMatchObject({ directed: true, width: 4.5, type: 'FUNDS' });
  });
});

describe('diffById', () => {
  const before = new Map([
    ['a', { id: 'a', size: 10 }],
    ['b', { id: 'b', size: 10 }],
  ]);

  it('adds new ids, removes missing ones and updates changed data', () => {
    const diff = diffById(before, [
      { id: 'a', size: 10 },
      { id: 'b', size: 20 },
      { id: 'c', size: 10 },
    ]);
    expect(diff).toEqual({
      add: [{ id: 'c', size: 10 }],
      update: [{ id: 'b', size: 20 }],
      remove: [],
    });
    expect(diffById(before, [{ id: 'b', size: 10 }]).remove).toEqual(['a']);
  });

  it('leaves unchanged elements alone, so their positions and state survive', () => {
    expect(
      diffById(
        before,
        [...before.values()].map((v) => ({ ...v })),
      ),
    ).toEqual({
      add: [],
      update: [],
      remove: [],
    });
  });

  it('replaces an edge whose ends changed', () => {
    const edges = new Map([['e', { id: 'e', source: 'a', target: 'b' }]]);
    const diff = diffById(edges, [{ id: 'e', source: 'a', target: 'c' }]);
    expect(diff.remove).toEqual(['e']);
    expect(diff.add).toEqual([{ id: 'e', source: 'a', target: 'c' }]);
  });
});
