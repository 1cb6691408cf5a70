import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filters';
import { fixtureModel } from './testing/fixture';
import { elementClasses } from './view-classes';

const model = fixtureModel(
  [{ id: 'a' }, { id: 'b' }, { id: 'c', category: 'media' }, { id: 'x', outside: true }],
  [
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'x'],
  ],
);
const base = {
  visible: applyFilters(model, DEFAULT_FILTERS),
  focusIds: null,
  path: null,
  selectedIds: [],
  highlightIds: new Set<string>(),
};

describe('elementClasses', () => {
  it('hides what the filters removed, and ties with a hidden end', () => {
    const classes = elementClasses(model, {
      ...base,
      visible: applyFilters(model, { ...DEFAULT_FILTERS, categories: ['ngo'] }),
    });
    expect(classes.get('c')).toBe('hidden');
    expect(classes.get('e1')).toBe('hidden');
    expect(classes.get('e0')).toBe('');
  });

  it('hides everything outside a focused neighbourhood', () => {
    const classes = elementClasses(model, { ...base, focusIds: new Set(['a', 'b']) });
    expect(classes.get('c')).toBe('hidden');
    expect(classes.get('e1')).toBe('hidden');
    expect(classes.get('a')).toBe('');
  });

  it('marks the path and dims the rest', () => {
    const classes = elementClasses(model, {
      ...base,
      path: { nodeIds: ['a', 'b'], edgeIds: ['e0'] },
    });
    expect(classes.get('a')).toBe('on-path');
    expect(classes.get('e0')).toBe('on-path');
    expect(classes.get('c')).toBe('dimmed');
    expect(classes.get('e1')).toBe('dimmed');
  });

  it('marks the selection, hover and outside actors', () => {
    const classes = elementClasses(model, {
      ...base,
      selectedIds: ['b'],
      highlightIds: new Set(['c']),
    });
    expect(classes.get('b')).toBe('selected');
    expect(classes.get('c')).toBe('highlighted');
    expect(classes.get('x')).toBe('outside');
  });
});
