import { describe, expect, it } from 'vitest';
import type { Category } from '../domain/categories';
import type { Measure } from '../domain/event-records';
import { reviewPlan } from './plan-review';

const measure = (overrides: Partial<Measure>): Measure => ({
  title: 'M',
  description: null,
  goal: null,
  dimensions: [],
  responsibleActorIds: [],
  partnerActorIds: [],
  startDate: null,
  endDate: null,
  status: 'planned',
  ...overrides,
});

describe('reviewPlan', () => {
  const categories: Record<string, Category> = { police: 'police', ngo: 'ngo', media: 'media' };

  it('names dimensions without a measure, key actors without a role and absent categories; dropped measures do not count', () => {
    const review = reviewPlan(
      {
        measures: [
          measure({
            dimensions: ['safety'],
            responsibleActorIds: ['police'],
            partnerActorIds: ['ngo'],
          }),
          measure({ dimensions: ['attitudes'], responsibleActorIds: ['media'], status: 'dropped' }),
        ],
      },
      ['media', 'police', 'city'],
      (id) => categories[id],
    );
    expect(review.dimensionsWithoutMeasure).toEqual(['attitudes', 'interaction', 'participation']);
    expect(review.keyActorsWithoutRole).toEqual(['media', 'city']);
    expect(review.absentCategories).not.toContain('police');
    expect(review.absentCategories).toContain('media');
    expect(review.measuresByStatus.find((s) => s.status === 'dropped')?.count).toBe(1);
  });
});
