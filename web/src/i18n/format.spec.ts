import { describe, expect, it } from 'vitest';
import { formatMetric, formatNumber } from './format';

describe('formatNumber', () => {
  it("uses each language's conventions, also when formatters are reused", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatNumber(1234.5, 'fi')).toBe('1\u00a0234,5');
      expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
      expect(formatNumber(1234.5, 'sv')).toMatch(/^1\s234,5$/);
    }
  });

  it('keeps the options of each call apart', () => {
    expect(formatNumber(0.123456, 'en')).toBe('0.12');
    expect(formatNumber(0.123456, 'en', 4)).toBe('0.1235');
    expect(formatMetric(0.001234, 'en')).toBe('0.00123');
    expect(formatMetric(3, 'en')).toBe('3');
  });
});
