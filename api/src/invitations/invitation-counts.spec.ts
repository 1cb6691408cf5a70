import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../domain/categories';
import { countInvitations } from './invitation-counts';

describe('countInvitations', () => {
  it('counts per status (every status, 0 included) and per category in the legend order', () => {
    const categories: Record<string, Category> = { a: 'ngo', b: 'police', c: 'ngo' };
    const counts = countInvitations(
      [
        { actorId: 'a', status: 'invited' },
        { actorId: 'b', status: 'attended' },
        { actorId: 'c', status: 'invited' },
      ],
      (id) => categories[id],
      CATEGORIES,
    );
    expect(counts.total).toBe(3);
    expect(counts.byStatus).toEqual([
      { status: 'draft', count: 0 },
      { status: 'invited', count: 2 },
      { status: 'registered', count: 0 },
      { status: 'declined', count: 0 },
      { status: 'attended', count: 1 },
      { status: 'no_show', count: 0 },
    ]);
    expect(counts.byCategory.map((c) => [c.category, c.count])).toEqual([
      ['police', 1],
      ['ngo', 2],
    ]);
  });
});
