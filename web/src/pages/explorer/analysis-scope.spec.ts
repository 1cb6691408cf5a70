import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../graph/filters';
import { analysisScope } from './analysis-scope';

describe('analysisScope', () => {
  it('is the region with the municipality and category filters, in a stable order', () => {
    expect(
      analysisScope({
        region: '18',
        filters: {
          ...DEFAULT_FILTERS,
          municipalities: ['765', '205'],
          categories: ['ngo', 'media'],
          minStrength: 3,
        },
      }),
    ).toEqual({
      regionCode: '18',
      municipalityCodes: ['205', '765'],
      categories: ['media', 'ngo'],
    });
  });

  it('is the whole register for the national view', () => {
    expect(analysisScope({ region: 'all', filters: DEFAULT_FILTERS })).toEqual({});
  });
});
