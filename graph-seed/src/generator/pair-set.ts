/**
 * A set of unordered actor pairs in an open-addressing hash table of two Int32Arrays.
 * A plain Set<number> of `a * n + b` keys holds heap numbers once n² passes 2³¹ and made
 * the 250,000-tie network spend most of its time hashing and collecting garbage.
 */
export class PairSet {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly mask: number;

  /** `capacity` is the most pairs it will hold; the table keeps at least half its slots free. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds the pair {a, b}; false if it was there already (in either order). */
  add(a: number, b: number): boolean {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & this.mask;
    for (;;) {
      const stored = this.first[slot];
      if (stored === -1) {
        this.first[slot] = lo;
        this.second[slot] = hi;
        return true;
      }
      if (stored === lo && this.second[slot] === hi) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}
