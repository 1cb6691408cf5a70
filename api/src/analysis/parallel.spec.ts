import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analyse-network';
import { randomNetwork } from './testing/random-network';

describe('analyseNetwork', () => {
  describe('on two threads', () => {
    // 1,600 actors and 6,400 ties: enough shortest-path work (2.3e7) to start a helper thread.
    const network = randomNetwork({ actors: 1600, ties: 6400, seed: 3 });

    it('gives the same answer, bit for bit, as on one thread', async () => {
      const one = await analyseNetwork({ ...network, options: { threads: 1 } });
      const two = await analyseNetwork({ ...network, options: { threads: 2 } });
      expect(two.timings).toHaveProperty('paths+communities');
      expect(one.timings).not.toHaveProperty('paths+communities');
      expect(two.actors).toEqual(one.actors);
      expect(two.communities).toEqual(one.communities);
      expect(two.betweenness).toEqual({ mode: 'exact', sources: 1600 });
    });

    it('gives the same sampled estimate for the same seed', async () => {
      const options = { betweenness: 'sampled', sampleSize: 200, seed: 11 } as const;
      const one = await analyseNetwork({ ...network, options: { ...options, threads: 1 } });
      const two = await analyseNetwork({ ...network, options: { ...options, threads: 2 } });
      expect(two.actors.map((a) => a.betweenness)).toEqual(one.actors.map((a) => a.betweenness));
      const other = await analyseNetwork({
        ...network,
        options: { ...options, seed: 12, threads: 1 },
      });
      expect(other.actors.map((a) => a.betweenness)).not.toEqual(
        one.actors.map((a) => a.betweenness),
      );
    });
  });
});
