import { afterAll, describe, expect, it } from 'vitest';
import { analyseNetwork } from '../analyse-network';
import { actor, tie } from '../testing/build-network';
import { TEST_PROFILE } from '../testing/gap-helpers';
import { readReferenceGraph, referenceInput } from '../testing/reference-graphs';
import { TEST_GEOGRAPHY } from '../testing/test-geography';
import { randomNetwork } from '../testing/random-network';
import { AnalysisFailedError, AnalysisRunner, AnalysisTimeoutError } from './analysis-runner';

describe('AnalysisRunner', () => {
  const karate = referenceInput(readReferenceGraph('karate'));
  const runners: AnalysisRunner[] = [];
  const runnerWith = (options: ConstructorParameters<typeof AnalysisRunner>[0] = {}) => {
    const runner = new AnalysisRunner(options);
    runners.push(runner);
    return runner;
  };
  afterAll(() => Promise.all(runners.map((r) => r.close())));

  describe('analyse', () => {
    it('runs the analysis in a worker thread and gets the same answer', async () => {
      const runner = runnerWith();
      const inWorker = await runner.analyse({ ...karate, options: { threads: 1 } });
      const here = await analyseNetwork({ ...karate, options: { threads: 1 } });
      expect(inWorker.actors).toEqual(here.actors);
      expect(inWorker.communities).toEqual(here.communities);
    });

    it('stops a job that takes longer than the timeout, with an error that says so', async () => {
      const runner = runnerWith({ timeoutMs: 50 });
      const big = randomNetwork({ actors: 3000, ties: 15000, seed: 5 });
      const started = Date.now();
      const error = await runner
        .analyse({ ...big, options: { betweenness: 'exact' } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnalysisTimeoutError);
      expect((error as AnalysisTimeoutError).message).toBe(
        'The network analysis of 3000 actors took longer than 50 ms and was stopped. Choose a smaller scope, or sampled betweenness.',
      );
      expect((error as AnalysisTimeoutError).code).toBe('ANALYSIS_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('answers jobs one after another on the same worker, and recovers after a timeout', async () => {
      const runner = runnerWith({ timeoutMs: 20_000 });
      const big = randomNetwork({ actors: 3000, ties: 15000, seed: 5 });
      const [first, second] = await Promise.all([
        runner.analyse({ ...karate, options: { threads: 1 } }),
        runner.analyse({ ...karate, options: { threads: 1, seed: 2 } }),
      ]);
      expect(first.actorCount).toBe(34);
      expect(second.communities.seed).toBe(2);
      await expect(
        runner.analyse({ ...big, options: { betweenness: 'exact' } }, 30),
      ).rejects.toBeInstanceOf(AnalysisTimeoutError);
      const after = await runner.analyse({ ...karate, options: { threads: 1 } });
      expect(after.actors).toEqual(first.actors);
    });

    it('refuses the jobs still waiting when closed', async () => {
      const runner = new AnalysisRunner();
      const big = randomNetwork({ actors: 3000, ties: 15000, seed: 5 });
      const running = runner
        .analyse({ ...big, options: { betweenness: 'exact' } })
        .catch((e: Error) => e);
      const waiting = runner.analyse({ ...karate }).catch((e: Error) => e);
      await runner.close();
      expect(await running).toEqual(new AnalysisFailedError('the analysis runner was closed'));
      expect(await waiting).toEqual(new AnalysisFailedError('the analysis runner was closed'));
    });

    it('passes an error inside the worker on as AnalysisFailedError', async () => {
      const runner = runnerWith();
      const twice = [actor('a', 'ngo'), actor('a', 'ngo')];
      const error = await runner
        .analyse({ actors: twice, relationships: [] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnalysisFailedError);
      expect((error as AnalysisFailedError).message).toBe(
        'Error: actor a appears twice in the input',
      );
      expect((error as AnalysisFailedError).workerStack).toContain('buildAnalysisGraph');
    });
  });

  describe('gaps', () => {
    it('finds gaps in a worker thread', async () => {
      const runner = runnerWith();
      const gaps = await runner.gaps(
        {
          actors: [actor('a', 'ngo'), actor('b', 'ngo'), actor('c', 'police', { muni: null })],
          relationships: [tie('a', 'b')],
          scope: { regionCode: '18' },
          geography: TEST_GEOGRAPHY,
          options: { threads: 1 },
        },
        TEST_PROFILE,
      );
      expect(gaps.map((g) => g.id)).toContain('isolated_actor:c');
    });
  });

  describe('inline', () => {
    it('runs on the calling thread for tests and scripts', async () => {
      const runner = runnerWith({ inline: true });
      const result = await runner.analyse({ ...karate, options: { threads: 1 } });
      expect(result.actorCount).toBe(34);
    });
  });
});
