import { describe, expect, it } from 'vitest';
import { sortRows } from './table-sort';

const row = (name: string, degree: number) => ({
  name,
  category: '',
  municipality: '',
  dimensions: '',
  degree,
  metric: 0,
});

describe('sortRows', () => {
  const rows = [row('Östersundom', 1), row('Aava', 3), row('Ähtäri', 2), row('Zeta', 3)];

  it('sorts names in Finnish order, with Ä and Ö after Z', () => {
    expect(sortRows(rows, { key: 'name', descending: false }, 'fi').map((r) => r.name)).toEqual([
      'Aava',
      'Zeta',
      'Ähtäri',
      'Östersundom',
    ]);
  });

  it('sorts numbers numerically, descending, ties by name', () => {
    expect(sortRows(rows, { key: 'degree', descending: true }, 'fi').map((r) => r.name)).toEqual([
      'Aava',
      'Zeta',
      'Ähtäri',
      'Östersundom',
    ]);
  });
});
