import type { Prng } from '../prng';

/** Draws an index in proportion to `weights` by binary search over cumulative sums. */
export function weightedPicker(weights: readonly number[]): (prng: Prng) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  if (!(total > 0)) throw new RangeError('weights must have a positive sum');
  return (prng) => {
    const x = prng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
