import type { AnalysisScope } from '../analysis.types';

interface Entry {
  revision: number;
  value: Promise<unknown>;
  weight: number;
}

export interface AnalysisCacheOptions {
  /** Default 32. */
  maxEntries?: number;
  /** Default 250,000: the sum of the weights of the answers kept (see weigh). */
  maxWeight?: number;
  /** An answer's weight; default: its actor count (analysis) or length (gap list), else 1. */
  weigh?: (value: unknown) => number;
}

/**
 * Answers of repeated analyses on an unchanged graph. Keyed by the store's revision (which
 * every committed write increases), the kind of question, the scope and the options: a
 * write changes the revision, so older entries can never be hit again and are dropped as
 * soon as a newer revision is seen. Bounded (least recently used goes first) by entries and
 * by weight. Concurrent identical requests share one computation; a failed one is not kept.
 *
 * Read the revision before loading the network: a write landing in between then only makes
 * the entry stale early, never serves old data for a new revision.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private newestRevision = -Infinity;
  private totalWeight = 0;
  private readonly maxEntries: number;
  private readonly maxWeight: number;
  private readonly weigh: (value: unknown) => number;

  constructor(options: AnalysisCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 32;
    this.maxWeight = options.maxWeight ?? 250_000;
    this.weigh = options.weigh ?? defaultWeight;
  }

  get size(): number {
    return this.entries.size;
  }

  async get<T>(revision: number, question: unknown, compute: () => Promise<T>): Promise<T> {
    if (revision > this.newestRevision) {
      this.newestRevision = revision;
      for (const [key, entry] of this.entries) if (entry.revision < revision) this.remove(key);
    }
    const key = `${revision}|${stableKey(question)}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry: Entry = { revision, value, weight: 1 };
    // An answer for an older revision is still returned, but not kept.
    if (revision < this.newestRevision) return value;
    this.entries.set(key, entry);
    this.totalWeight += entry.weight;
    this.evict();
    try {
      const result = await value;
      if (this.entries.get(key) === entry) {
        const weight = Math.max(1, this.weigh(result));
        this.totalWeight += weight - entry.weight;
        entry.weight = weight;
        this.evict();
      }
      return result;
    } catch (error) {
      if (this.entries.get(key) === entry) this.remove(key);
      throw error;
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= this.maxWeight) return;
      if (this.entries.size === 1) return;
      this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalWeight -= entry.weight;
    this.entries.delete(key);
  }
}

function defaultWeight(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && 'actorCount' in value) return Number(value.actorCount);
  return 1;
}

/** A scope as a cache key part: sets sorted, empties dropped, so equal scopes key alike. */
export function scopeKey(scope: AnalysisScope): Record<string, unknown> {
  const key: Record<string, unknown> = {};
  if (scope.regionCode) key.regionCode = scope.regionCode;
  if (scope.municipalityCodes?.length)
    key.municipalityCodes = [...new Set(scope.municipalityCodes)].sort();
  if (scope.categories?.length) key.categories = [...new Set(scope.categories)].sort();
  return key;
}

/** JSON with object keys sorted, so { a, b } and { b, a } give the same key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}
