import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture';
import { concentricPositions } from './concentric';
import { draftPositions } from './draft';
import { runForceAtlas2 } from './force-atlas';
import { graphSignature } from './graph-signature';
import { groupedPositions, sunflower } from './grouped';
import { LayoutCache } from './layout-cache';
import { planLayout } from './layout-plan';
import { NODE_SPACING, type Positions } from './layout-types';
import { packLayoutRequest, unpackPositions } from './worker-layout';

function minDistance(points: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      min = Math.min(min, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    }
  }
  return min;
}

describe('sunflower', () => {
  it('spreads any number of points without two closer than about one spacing', () => {
    for (const n of [2, 10, 200])
      expect(minDistance(sunflower(n))).toBeGreaterThan(NODE_SPACING * 0.75);
  });
});

describe('groupedPositions', () => {
  const items = Array.from({ length: 60 }, (_, i) => ({
    id: `n${i}`,
    group: `g${i % 4}`,
    order: 'x',
  }));
  const positions = groupedPositions(items);

  it('places every item, no two on top of each other', () => {
    expect(positions.size).toBe(60);
    expect(minDistance([...positions.values()])).toBeGreaterThan(NODE_SPACING * 0.75);
  });

  it('keeps a group together: its members are nearer each other than to other groups', () => {
    const centre = (g: string) => {
      const ps = items.filter((i) => i.group === g).map((i) => positions.get(i.id)!);
      return {
        x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
        y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
      };
    };
    const c0 = centre('g0');
    const own = items
      .filter((i) => i.group === 'g0')
      .map((i) => Math.hypot(positions.get(i.id)!.x - c0.x, positions.get(i.id)!.y - c0.y));
    const other = items
      .filter((i) => i.group !== 'g0')
      .map((i) => Math.hypot(positions.get(i.id)!.x - c0.x, positions.get(i.id)!.y - c0.y));
    expect(Math.max(...own)).toBeLessThan(Math.min(...other));
  });

  it('is deterministic', () => {
    expect(groupedPositions([...items].reverse())).toEqual(positions);
  });
});

describe('concentricPositions', () => {
  it('puts the highest value in the middle and lower values further out', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const value = (id: string) => ids.length - ids.indexOf(id);
    const p = concentricPositions(ids, value);
    const r = (id: string) => Math.hypot(p.get(id)!.x, p.get(id)!.y);
    expect(r('a')).toBe(0);
    expect(r('h')).toBeGreaterThanOrEqual(r('b'));
  });
});

describe('draftPositions', () => {
  it('puts outside actors in a group of their own, apart from the municipalities', () => {
    const model = fixtureModel(
      [{ id: 'a' }, { id: 'b', municipality: '765' }, { id: 'x', outside: true }],
      [],
    );
    expect(
      draftPositions(model, 'by-municipality', { metric: new Map(), communities: null }).size,
    ).toBe(3);
  });
});

describe('graphSignature', () => {
  it('is the same for the same graph in any order and differs after a change', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const s = graphSignature(['a', 'b', 'c'], edges);
    expect(graphSignature(['c', 'a', 'b'], [...edges].reverse())).toBe(s);
    expect(graphSignature(['a', 'b', 'c'], edges.slice(1))).not.toBe(s);
  });
});

describe('LayoutCache', () => {
  it('forgets the least recently used layout first', () => {
    const cache = new LayoutCache(2);
    const p: Positions = new Map();
    cache.set('a', p);
    cache.set('b', p);
    cache.get('a');
    cache.set('c', p);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(p);
  });
});

describe('LayoutCache in the browser storage', () => {
  class MemoryStore {
    readonly items = new Map<string, string>();
    getItem(k: string) {
      return this.items.get(k) ?? null;
    }
    setItem(k: string, v: string) {
      this.items.set(k, v);
    }
    removeItem(k: string) {
      this.items.delete(k);
    }
  }
  const ids = ['a', 'b', 'c'];
  const positions: Positions = new Map([
    ['a', { x: 1.5, y: -2 }],
    ['b', { x: 100, y: 200 }],
    ['c', { x: -3, y: 4.25 }],
  ]);

  it('reads a layout back in a new session, for the same node list', () => {
    const store = new MemoryStore();
    new LayoutCache(8, store).set('force|18|sig', positions, ids);
    expect(new LayoutCache(8, store).get('force|18|sig', ids)).toEqual(positions);
  });

  it('does not put a stored layout onto nodes listed in another order', () => {
    const store = new MemoryStore();
    new LayoutCache(8, store).set('force|18|sig', positions, ids);
    expect(new LayoutCache(8, store).get('force|18|sig', ['c', 'b', 'a'])).toBeUndefined();
  });

  it('keeps only the most recent layouts in storage', () => {
    const store = new MemoryStore();
    const cache = new LayoutCache(8, store, 2);
    for (const key of ['k1', 'k2', 'k3']) cache.set(key, positions, ids);
    expect(new LayoutCache(8, store, 2).get('k1', ids)).toBeUndefined();
    expect(new LayoutCache(8, store, 2).get('k3', ids)).toEqual(positions);
  });
});

describe('planLayout', () => {
  it('draws a grouped draft first and refines force layouts in the worker', () => {
    expect(planLayout('force', 120)).toMatchObject({
      draft: 'by-municipality',
      refine: { kind: 'force' },
    });
    expect(planLayout('concentric', 120).refine).toBeNull();
  });

  it('spends fewer ForceAtlas2 iterations on bigger graphs and uses draft fcose above 500', () => {
    const it = (n: number) => (planLayout('force', n).refine as { iterations: number }).iterations;
    expect(it(10_000)).toBeLessThan(it(2_000));
    expect(planLayout('fcose', 2_000).refine).toEqual({ kind: 'fcose', quality: 'draft' });
    expect(planLayout('fcose', 10_000).refine).toMatchObject({ kind: 'force' });
  });
});

describe('runForceAtlas2', () => {
  // Two triangles joined by one tie: the layout should pull each triangle together.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const model = fixtureModel(
    ids.map((id) => ({ id })),
    [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
    ],
  );
  const initial: Positions = new Map(
    ids.map((id, i) => [id, { x: (i * 137) % 500, y: (i * 271) % 500 }]),
  );

  it('pulls tied actors together and scales a typical tie to two and a half node spacings', () => {
    const request = packLayoutRequest(ids, model.edges, initial, new Set(), {
      kind: 'force',
      iterations: 300,
      quality: 'draft',
    });
    if (request.kind !== 'force') throw new Error('expected a force request');
    const out = unpackPositions(ids, runForceAtlas2(request));
    const d = (x: string, y: string) =>
      Math.hypot(out.get(x)!.x - out.get(y)!.x, out.get(x)!.y - out.get(y)!.y);
    expect(d('a', 'b')).toBeLessThan(d('a', 'f'));
    expect(d('e', 'f')).toBeLessThan(d('a', 'f'));
    const lengths = model.edges.map((e) => d(e.source, e.target)).sort((x, y) => x - y);
    expect(lengths[lengths.length >> 1]).toBeCloseTo(NODE_SPACING * 2.5, 0);
  });

  it('keeps the centre of the actors the user placed where they put them', () => {
    const request = packLayoutRequest(ids, model.edges, initial, new Set(['a']), {
      kind: 'force',
      iterations: 100,
      quality: 'draft',
    });
    if (request.kind !== 'force') throw new Error('expected a force request');
    const out = unpackPositions(ids, runForceAtlas2(request));
    expect(out.get('a')!.x).toBeCloseTo(initial.get('a')!.x, 3);
    expect(out.get('a')!.y).toBeCloseTo(initial.get('a')!.y, 3);
  });

  it('reports its progress on the way', () => {
    const request = packLayoutRequest(ids, model.edges, initial, new Set(), {
      kind: 'force',
      iterations: 90,
      quality: 'draft',
    });
    if (request.kind !== 'force') throw new Error('expected a force request');
    const fractions: number[] = [];
    runForceAtlas2(request, (f) => fractions.push(f));
    expect(fractions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10));
  });
});
