import { describe, expect, it, vi } from 'vitest';
import { AnalysisCache, scopeKey, stableKey } from './analysis-cache';

describe('AnalysisCache', () => {
  it('serves a repeated question on the same revision from the cache', async () => {
    const cache = new AnalysisCache();
    const compute = vi.fn(async () => ({ actorCount: 10 }));
    const q = { kind: 'analyse', scope: scopeKey({ regionCode: '18' }) };
    const first = await cache.get(7, q, compute);
    const second = await cache.get(
      7,
      { scope: scopeKey({ regionCode: '18' }), kind: 'analyse' },
      compute,
    );
    expect(second).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes again after a write (a newer revision) and drops the older entries', async () => {
    const cache = new AnalysisCache();
    const compute = vi.fn(async () => 'answer');
    await cache.get(1, 'q', compute);
    await cache.get(1, 'other', compute);
    expect(cache.size).toBe(2);
    await cache.get(2, 'q', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    expect(cache.size).toBe(1);
  });

  it('shares one computation between concurrent identical requests', async () => {
    const cache = new AnalysisCache();
    let release!: (v: string) => void;
    const compute = vi.fn(() => new Promise<string>((r) => (release = r)));
    const a = cache.get(1, 'q', compute);
    const b = cache.get(1, 'q', compute);
    release('done');
    expect(await Promise.all([a, b])).toEqual(['done', 'done']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure', async () => {
    const cache = new AnalysisCache();
    await expect(cache.get(1, 'q', () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(cache.size).toBe(0);
    await expect(cache.get(1, 'q', async () => 'ok')).resolves.toBe('ok');
  });

  it('evicts the least recently used entry beyond its bounds', async () => {
    const cache = new AnalysisCache({ maxEntries: 2 });
    const compute = vi.fn(async () => 'x');
    await cache.get(1, 'a', compute);
    await cache.get(1, 'b', compute);
    await cache.get(1, 'a', compute); // a is now the most recent
    await cache.get(1, 'c', compute); // b goes
    await cache.get(1, 'a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get(1, 'b', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('bounds the total weight: big analyses push out others', async () => {
    const cache = new AnalysisCache({ maxWeight: 100 });
    await cache.get(1, 'small', async () => ({ actorCount: 30 }));
    await cache.get(1, 'big', async () => ({ actorCount: 90 }));
    expect(cache.size).toBe(1);
  });

  it('keys equal scopes alike, whatever the order of their sets', () => {
    expect(
      stableKey(scopeKey({ municipalityCodes: ['765', '205'], categories: ['ngo', 'media'] })),
    ).toBe(
      stableKey(
        scopeKey({
          categories: ['media', 'ngo', 'media'],
          municipalityCodes: ['205', '765'],
          regionCode: null,
        }),
      ),
    );
  });
});
