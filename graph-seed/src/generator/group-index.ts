import type { Prng } from '../prng';

/**
 * Members grouped by a group number, in compact arrays (CSR layout): the members of group g
 * are members[offsets[g]] .. members[offsets[g + 1] - 1]. `cumulative` holds the running
 * sum of member weights inside each group, so a weighted draw is one binary search.
 */
export interface GroupIndex {
  offsets: Int32Array;
  members: Int32Array;
  cumulative: Float64Array;
}

/** `groupOf[i]` is item i's group, or -1 for none; `weight[i]` its pull within the group. */
export function groupIndex(groupOf: Int32Array, groups: number, weight: Float64Array): GroupIndex {
  const offsets = new Int32Array(groups + 1);
  for (const g of groupOf) if (g >= 0) offsets[g + 1]++;
  for (let g = 0; g < groups; g++) offsets[g + 1] += offsets[g];
  const next = offsets.slice(0, groups);
  const members = new Int32Array(offsets[groups]);
  groupOf.forEach((g, i) => {
    if (g >= 0) members[next[g]++] = i;
  });
  const cumulative = new Float64Array(members.length);
  for (let g = 0; g < groups; g++) {
    let sum = 0;
    for (let k = offsets[g]; k < offsets[g + 1]; k++) cumulative[k] = sum += weight[members[k]];
  }
  return { offsets, members, cumulative };
}

/** A member of `group` drawn in proportion to its weight; the group must not be empty. */
export function pickWeightedMember(prng: Prng, index: GroupIndex, group: number): number {
  let lo = index.offsets[group];
  let hi = index.offsets[group + 1] - 1;
  // The running sum restarts in each group, so the group's total is its last entry.
  const x = prng.next() * index.cumulative[hi];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return index.members[lo];
}
