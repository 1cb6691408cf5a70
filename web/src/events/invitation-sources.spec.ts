import { describe, expect, it } from 'vitest';
import { sourcesFor } from './invitation-sources';

describe('sourcesFor', () => {
  it('asks for gap suggestions of the event (its region and profile) by leaving them out', () => {
    expect(sourcesFor({ source: 'gaps', limit: 20 })).toEqual({ gapSuggestions: { limit: 20 } });
  });

  it('keeps the limits within what the API accepts', () => {
    expect(sourcesFor({ source: 'gaps', limit: 999 })).toEqual({ gapSuggestions: { limit: 200 } });
    expect(sourcesFor({ source: 'key', metric: 'DEGREE', limit: 0 })).toEqual({
      keyActors: { metric: 'DEGREE', limit: 1 },
    });
  });

  it("takes the region's actors of the chosen categories, every category when none is chosen", () => {
    const ngo = ['ngo', 'religious', 'ngo'] as never[];
    expect(sourcesFor({ source: 'filter', regionCode: '18', categories: ngo, limit: 900 })).toEqual(
      {
        filter: { filter: { regionCode: '18', categories: ['ngo', 'religious'] }, limit: 500 },
      },
    );
    expect(sourcesFor({ source: 'filter', regionCode: '18', categories: [], limit: 50 })).toEqual({
      filter: { filter: { regionCode: '18' }, limit: 50 },
    });
  });

  it('sends each hand-picked actor once', () => {
    expect(sourcesFor({ source: 'picked', actorIds: ['a', 'b', 'a'] })).toEqual({
      actors: [{ actorId: 'a' }, { actorId: 'b' }],
    });
  });
});
