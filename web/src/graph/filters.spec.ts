import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, effectiveMinStrength, TIE_DETAIL_LIMIT } from './filters';
import { fixtureModel } from './testing/fixture';

const model = fixtureModel(
  [
    { id: 'a', category: 'ngo', municipality: '205', dimensions: ['attitudes'] },
    { id: 'b', category: 'media', municipality: '205', dimensions: ['safety'] },
    { id: 'c', category: 'ngo', municipality: '765' },
    { id: 'd', category: 'police', municipality: '765' },
    { id: 'lonely', category: 'ngo', municipality: '205' },
    { id: 'x', category: 'authority_state', municipality: null, outside: true },
  ],
  [
    ['a', 'b', 'COOPERATES_WITH', 3],
    ['b', 'c', 'COMMUNICATES_WITH', 1],
    ['c', 'd', 'FUNDS', 2],
    ['a', 'x', 'MEMBER_OF', 2],
  ],
);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('applyFilters', () => {
  it('shows everything with the default filters', () => {
    const visible = applyFilters(model, DEFAULT_FILTERS);
    expect(sorted(visible.nodeIds)).toEqual(['a', 'b', 'c', 'd', 'lonely', 'x']);
    expect(sorted(visible.edgeIds)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('keeps only the chosen categories and the ties among them', () => {
    const visible = applyFilters(model, {
      ...DEFAULT_FILTERS,
      categories: ['ngo'],
      showOutside: false,
    });
    expect(sorted(visible.nodeIds)).toEqual(['a', 'c', 'lonely']);
    expect(visible.edgeIds.size).toBe(0);
  });

  it('keeps an actor that works on any chosen dimension', () => {
    const visible = applyFilters(model, {
      ...DEFAULT_FILTERS,
      dimensions: ['safety', 'attitudes'],
    });
    expect(sorted(visible.nodeIds)).toEqual(['a', 'b']);
  });

  it('drops ties weaker than the minimum strength or of another type', () => {
    expect(sorted(applyFilters(model, { ...DEFAULT_FILTERS, minStrength: 2 }).edgeIds)).toEqual([
      'e0',
      'e2',
      'e3',
    ]);
    expect(
      sorted(applyFilters(model, { ...DEFAULT_FILTERS, relationshipTypes: ['FUNDS'] }).edgeIds),
    ).toEqual(['e2']);
  });

  it('shows an outside actor only at the end of a visible tie, and only when asked', () => {
    expect(
      applyFilters(model, { ...DEFAULT_FILTERS, relationshipTypes: ['FUNDS'] }).nodeIds.has('x'),
    ).toBe(false);
    expect(applyFilters(model, { ...DEFAULT_FILTERS, showOutside: false }).nodeIds.has('x')).toBe(
      false,
    );
  });

  it('treats actors of other municipalities as outside ones under a municipality filter', () => {
    const visible = applyFilters(model, { ...DEFAULT_FILTERS, municipalities: ['765'] });
    expect(sorted(visible.nodeIds)).toEqual(['b', 'c', 'd']);
    const without = applyFilters(model, {
      ...DEFAULT_FILTERS,
      municipalities: ['765'],
      showOutside: false,
    });
    expect(sorted(without.nodeIds)).toEqual(['c', 'd']);
  });

  it('shows every tie by default, but only strong ones in a scope too large to draw them all', () => {
    expect(effectiveMinStrength(0, 348)).toBe(1);
    expect(effectiveMinStrength(0, TIE_DETAIL_LIMIT + 1)).toBe(3);
    expect(effectiveMinStrength(1, TIE_DETAIL_LIMIT + 1)).toBe(1);
  });

  it('hides isolates after the other filters have removed their ties', () => {
    const visible = applyFilters(model, { ...DEFAULT_FILTERS, hideIsolates: true, minStrength: 3 });
    expect(sorted(visible.nodeIds)).toEqual(['a', 'b']);
  });
});
