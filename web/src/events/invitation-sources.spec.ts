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

  it('sends each hand-picked actor once', () => {
    expect(sourcesFor({ source: 'picked', actorIds: ['a', 'b', 'a'] })).toEqual({
      actors: [{ actorId: 'a' }, { actorId: 'b' }],
    });
  });
});
