import { describe, expect, it } from 'vitest';
import { planFileUrl } from './export-links';

describe('planFileUrl', () => {
  it('points at the printable page and the measure spreadsheets in the UI language', () => {
    expect(planFileUrl('p1', 'html', 'sv')).toBe('/api/plans/p1.html?lang=sv');
    expect(planFileUrl('p1', 'csv', 'fi')).toBe('/api/plans/p1/measures.csv?lang=fi');
    expect(planFileUrl('p1', 'xlsx', 'en')).toBe('/api/plans/p1/measures.xlsx?lang=en');
  });

  it('escapes an id that is not a plain word', () => {
    expect(planFileUrl('a/b', 'csv', 'fi')).toBe('/api/plans/a%2Fb/measures.csv?lang=fi');
  });
});
