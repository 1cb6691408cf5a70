import { describe, expect, it } from 'vitest';
import { PairSet } from './pair-set';

describe('PairSet', () => {
  it('treats {a, b} and {b, a} as the same pair', () => {
    const set = new PairSet(4);
    expect(set.add(1, 2)).toBe(true);
    expect(set.add(2, 1)).toBe(false);
    expect(set.add(1, 3)).toBe(true);
    expect(set.add(0, 2)).toBe(true);
  });

  it('holds as many pairs as its capacity with every one distinct', () => {
    const set = new PairSet(10_000);
    let added = 0;
    for (let a = 0; a < 200; a++)
      for (let b = a + 1; b < 200 && added < 10_000; b++) {
        expect(set.add(a, b)).toBe(true);
        added++;
      }
    expect(added).toBe(10_000);
    expect(set.add(1, 0)).toBe(false);
  });
});
