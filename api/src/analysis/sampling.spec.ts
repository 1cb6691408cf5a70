import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analyse-network';
import { randomNetwork, spearman } from './testing/random-network';

describe('analyseNetwork', () => {
  describe('with sampled betweenness', () => {
    const network = randomNetwork({ actors: 1500, ties: 6000, seed: 7 });

    it('ranks actors as exact betweenness does (Spearman > 0.9, no false top actor)', async () => {
      const exact = await analyseNetwork({
        ...network,
        options: { betweenness: 'exact', threads: 1 },
      });
      const sampled = await analyseNetwork({
        ...network,
        options: { betweenness: 'sampled', sampleSize: 300, threads: 1 },
      });
      expect(exact.betweenness).toEqual({ mode: 'exact', sources: 1500 });
      expect(sampled.betweenness).toEqual({ mode: 'sampled', sources: 300 });
      expect(sampled.closeness.mode).toBe('sampled');
      const e = exact.actors.map((a) => a.betweenness);
      const s = sampled.actors.map((a) => a.betweenness);
      const rho = spearman(e, s);
      const closeRho = spearman(
        exact.actors.map((a) => a.closeness),
        sampled.actors.map((a) => a.closeness),
      );
      // Each of the sampled top 10 is among the exact top 30: no false key actor.
      const byValue = (values: number[]) =>
        values
          .map((v, i) => [v, i])
          .sort((x, y) => y[0] - x[0])
          .map((x) => x[1]);
      const exactTop30 = new Set(byValue(e).slice(0, 30));
      const sampledTop10 = byValue(s).slice(0, 10);
      expect(sampledTop10.filter((i) => exactTop30.has(i))).toHaveLength(10);
      expect(rho).toBeGreaterThan(0.9);
      expect(closeRho).toBeGreaterThan(0.9);
    });
  });
});
