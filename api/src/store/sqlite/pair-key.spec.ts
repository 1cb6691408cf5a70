import { describe, expect, it } from 'vitest';
import { pairKey } from './pair-key';

describe('pairKey', () => {
  it('gives a symmetric tie one key whichever way round its ends are given', () => {
    expect(pairKey('COOPERATES_WITH', 'b', 'a')).toBe(pairKey('COOPERATES_WITH', 'a', 'b'));
    expect(pairKey('COMMUNICATES_WITH', 'b', 'a')).toBe(pairKey('COMMUNICATES_WITH', 'a', 'b'));
  });

  it('gives the two directions of a directed tie different keys', () => {
    for (const type of ['MEMBER_OF', 'FUNDS', 'PART_OF'] as const) {
      expect(pairKey(type, 'b', 'a')).not.toBe(pairKey(type, 'a', 'b'));
    }
  });

  it('gives ties of different types between the same ends different keys', () => {
    expect(pairKey('COOPERATES_WITH', 'a', 'b')).not.toBe(pairKey('COMMUNICATES_WITH', 'a', 'b'));
  });
});
