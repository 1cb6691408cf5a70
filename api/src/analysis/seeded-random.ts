/**
 * A small seeded generator (mulberry32) for Louvain's node order and the sampling of
 * betweenness sources: the same seed gives the same communities and the same estimate.
 * Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct integers from [0, n), in increasing order (partial Fisher-Yates). */
export function sampleWithoutReplacement(n: number, k: number, random: () => number): Int32Array {
  const take = Math.min(n, k);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, take).sort();
}
