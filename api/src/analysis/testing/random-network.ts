import { CATEGORIES } from '../../domain/categories';
import type { AnalysisActor, AnalysisTie } from '../analysis.types';
import { seededRandom } from '../seeded-random';

/**
 * A seeded random network with local clusters, for tests that need more than a hand-built
 * graph (sampling, threads). Not realistic: the bench uses graph-seed's generateNetwork.
 * `clusterSize` actors share a municipality; `local` of the ties stay inside the cluster.
 */
export function randomNetwork({
  actors,
  ties,
  seed = 1,
  clusterSize = 25,
  local = 0.8,
}: {
  actors: number;
  ties: number;
  seed?: number;
  clusterSize?: number;
  local?: number;
}): { actors: AnalysisActor[]; relationships: AnalysisTie[] } {
  const random = seededRandom(seed);
  const list: AnalysisActor[] = Array.from({ length: actors }, (_, i) => ({
    id: `r${i}`,
    name: `Actor ${i}`,
    category: CATEGORIES[Math.floor(random() * CATEGORIES.length)],
    subcategory: null,
    municipalityCode: String(100 + Math.floor(i / clusterSize)),
    regionCode: '01',
    dimensions: [],
    tags: [],
  }));
  const seen = new Set<number>();
  const relationships: AnalysisTie[] = [];
  while (relationships.length < ties) {
    const u = Math.floor(random() * actors);
    let v: number;
    if (random() < local) {
      const base = u - (u % clusterSize);
      v = base + Math.floor(random() * clusterSize);
      if (v >= actors) continue;
    } else v = Math.floor(random() * actors);
    if (u === v) continue;
    const key = Math.min(u, v) * actors + Math.max(u, v);
    if (seen.has(key)) continue;
    seen.add(key);
    relationships.push({
      sourceId: `r${u}`,
      targetId: `r${v}`,
      strength: 1 + Math.floor(random() * 3),
    });
  }
  return { actors: list, relationships };
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = ra.length;
  const mean = (n + 1) / 2;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    cov += (ra[i] - mean) * (rb[i] - mean);
    va += (ra[i] - mean) ** 2;
    vb += (rb[i] - mean) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (x, y) => values[x] - values[y],
  );
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    for (let k = i; k <= j; k++) out[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}
