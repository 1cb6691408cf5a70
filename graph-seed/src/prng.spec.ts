import { describe, expect, it } from 'vitest';
import { createPrng } from './prng';

const draw = (seed: number, n: number) => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe('createPrng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });

  it('pins its first outputs so a change of algorithm is noticed', () => {
    expect(draw(1, 3).map((x) => x.toFixed(8))).toMatchInlineSnapshot(`
      [
        "0.42564993",
        "0.79042171",
        "0.69101481",
      ]
    `);
  });

  it('draws floats in [0, 1) and integers in [0, n) roughly uniformly', () => {
    const prng = createPrng(7);
    const buckets = new Array<number>(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = prng.next();
      if (!(x >= 0 && x < 1)) outOfRange++;
      buckets[prng.int(10)]++;
    }
    expect(outOfRange).toBe(0);
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });
});
