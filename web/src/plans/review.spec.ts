import { describe, expect, it } from 'vitest';
import { hasGaps, keyActorNames } from './review';

describe('keyActorNames', () => {
  const actors = [
    { id: 'a1', name: 'Kajaanin kaupunki' },
    { id: 'a2', name: 'Sotkamon seurakunta' },
  ];

  it('names the key actors in the API’s order, best first', () => {
    expect(keyActorNames(['a2', 'a1'], actors).map((a) => a.name)).toEqual([
      'Sotkamon seurakunta',
      'Kajaanin kaupunki',
    ]);
  });

  it('keeps the id of an actor the network no longer has', () => {
    expect(keyActorNames(['gone'], actors)).toEqual([{ id: 'gone', name: 'gone' }]);
  });

  it('shows no more than the limit', () => {
    expect(keyActorNames(['a1', 'a2'], actors, 1)).toHaveLength(1);
  });
});

describe('hasGaps', () => {
  const none = { dimensionsWithoutMeasure: [], keyActorsWithoutRole: [], absentCategories: [] };

  it('is false when the plan leaves nothing out', () => {
    expect(hasGaps(none)).toBe(false);
  });

  it('is true when any part of the review has an item', () => {
    expect(hasGaps({ ...none, absentCategories: ['media'] })).toBe(true);
  });
});
