/**
 * A short fingerprint of a graph's structure (node ids and tie ends), for caching layouts:
 * the same actors and ties give the same key in any order, any change gives another.
 * Each item is hashed (FNV-1a) and the hashes combined by sum and xor, which do not depend
 * on order, so no sorting of 50,000 ties before the first frame. A collision is harmless
 * (a wrong cached layout is only ugly).
 */
export function graphSignature(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
): string {
  let sum = 0;
  let xor = 0;
  const add = (h: number) => {
    sum = (sum + h) | 0;
    xor ^= Math.imul(h, 0x5bd1e995);
  };
  for (const id of nodeIds) add(fnv(id, 0x811c9dc5));
  for (const e of edges) add(fnv(e.target, fnv(e.source, 0x01000193)));
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${nodeIds.length}.${edges.length}.${hex(sum)}${hex(xor)}`;
}

function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
