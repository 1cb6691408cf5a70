import type { AnalysisGraph } from '../analysis-graph';

/**
 * Tie lengths for shortest paths: 1/strength, expressed where possible as whole numbers so
 * that equal path lengths compare equal. In floating point 1/3 + 1/3 + 1/3 + 1/2 and
 * 1/2 + 1/3 + 1/3 + 1/3 can differ in the last bit, and a shortest-path count then drops
 * one of two equally short paths (networkx compares with ==, igraph with an epsilon; they can
 * disagree). Strengths are whole numbers 1..3, so with unit = lcm(1, 2, 3) = 6 the lengths
 * are 6, 3 and 2 and every sum is exact.
 */
export interface TieLengths {
  /** Length of each CSR entry, in units. */
  lengths: Float64Array;
  /** Units per distance 1 (a tie of strength 1); divide path lengths by it. */
  unit: number;
  /** 'uniform': every tie the same length (breadth-first search); 'integer': whole units. */
  kind: 'uniform' | 'integer' | 'float';
  maxLength: number;
}

const MAX_UNIT = 1 << 20;

export function tieLengths(graph: AnalysisGraph): TieLengths {
  const { strengths } = graph;
  const distinct = new Set<number>(strengths);
  if (distinct.size <= 1) {
    const s = distinct.size === 0 ? 1 : [...distinct][0];
    return {
      lengths: new Float64Array(strengths.length).fill(1),
      unit: s,
      kind: 'uniform',
      maxLength: 1,
    };
  }
  let unit = 1;
  for (const s of distinct) {
    if (!Number.isInteger(s) || unit > MAX_UNIT) {
      unit = 0;
      break;
    }
    unit = lcm(unit, s);
  }
  if (unit > 0 && unit <= MAX_UNIT) {
    const lengths = new Float64Array(strengths.length);
    let maxLength = 0;
    for (let j = 0; j < strengths.length; j++) {
      lengths[j] = unit / strengths[j];
      if (lengths[j] > maxLength) maxLength = lengths[j];
    }
    return { lengths, unit, kind: 'integer', maxLength };
  }
  const lengths = new Float64Array(strengths.length);
  let maxLength = 0;
  for (let j = 0; j < strengths.length; j++) {
    lengths[j] = 1 / strengths[j];
    if (lengths[j] > maxLength) maxLength = lengths[j];
  }
  return { lengths, unit: 1, kind: 'float', maxLength };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
