import { describe, expect, it } from 'vitest';
import { measureTotal, statusCounts } from './status-counts';

describe('statusCounts', () => {
  it('lists every status in a fixed order, zeros included', () => {
    expect(statusCounts([{ status: 'done', count: 2 }])).toEqual([
      { status: 'planned', count: 0 },
      { status: 'ongoing', count: 0 },
      { status: 'done', count: 2 },
      { status: 'dropped', count: 0 },
    ]);
  });

  it('adds up the measures', () => {
    expect(
      measureTotal([
        { status: 'planned', count: 3 },
        { status: 'ongoing', count: 1 },
      ]),
    ).toBe(4);
  });
});
