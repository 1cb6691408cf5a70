import { describe, expect, it } from 'vitest';
import { degrees, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSizes } from './metrics';
import { fixtureModel } from './testing/fixture';

describe('degrees', () => {
  it('counts distinct neighbours, merging two ties between the same pair', () => {
    const model = fixtureModel(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        ['a', 'b', 'FUNDS'],
        ['b', 'a', 'COOPERATES_WITH'],
        ['a', 'c'],
      ],
    );
    expect(Object.fromEntries(degrees(model))).toEqual({ a: 2, b: 1, c: 1 });
  });
});

describe('nodeSizes', () => {
  it('maps the largest value to the largest size and nothing to the smallest', () => {
    const sizes = nodeSizes(
      new Map([
        ['a', 4],
        ['b', 1],
      ]),
      ['a', 'b', 'c'],
    );
    expect(sizes.get('a')).toBe(MAX_NODE_SIZE);
    expect(sizes.get('c')).toBe(MIN_NODE_SIZE);
    expect(sizes.get('b')).toBe(Math.round(MIN_NODE_SIZE + 0.5 * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
  });

  it('gives everyone the smallest size when every value is zero', () => {
    expect([...nodeSizes(new Map([['a', 0]]), ['a']).values()]).toEqual([MIN_NODE_SIZE]);
  });
});
