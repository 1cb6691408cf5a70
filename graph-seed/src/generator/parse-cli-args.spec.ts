import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args';

describe('parseCliArgs', () => {
  it('reads counts, regions (repeated or comma-separated), seed and folder', () => {
    const parsed = parseCliArgs(
      '--actors 2000 --ties 10000 --region 18 --region 1,17 --seed 7 --out /tmp/x'.split(' '),
    );
    expect(parsed).toEqual({
      out: '/tmp/x',
      options: { seed: 7, actors: 2000, ties: 10000, persons: 0, regionCodes: ['18', '01', '17'] },
    });
  });

  it('defaults the seed to 1 and the regions to all', () => {
    const { options } = parseCliArgs(['--actors', '5', '--ties', '2', '--out', 'o']);
    expect(options).toMatchObject({ seed: 1, regionCodes: [] });
  });

  it('refuses missing or malformed numbers and unknown flags', () => {
    expect(() => parseCliArgs(['--ties', '2', '--out', 'o'])).toThrow(/--actors is required/);
    expect(() => parseCliArgs(['--actors', '2k', '--ties', '2', '--out', 'o'])).toThrow(
      /whole number/,
    );
    expect(() => parseCliArgs(['--actors', '5', '--ties', '2'])).toThrow(/--out is required/);
    expect(() => parseCliArgs(['--actors', '5', '--ties', '2', '--out', 'o', '--bogus'])).toThrow();
  });
});
