import type {
  AnalysisActor,
  AnalysisInput,
  AnalysisTie,
  Gap,
  GapInput,
  NetworkAnalysis,
} from '../analysis.types';
import type { Profile } from '../profiles/profile.schema';
import type { Worker } from 'node:worker_threads';
import type { JobMessage, WorkerReply } from './analysis-worker';
import { runJob, type AnalysisJob } from './run-job';
import { startWorker } from './start-worker';

/** The analysis ran longer than allowed and was stopped. */
export class AnalysisTimeoutError extends Error {
  readonly code = 'ANALYSIS_TIMEOUT';
  constructor(
    readonly kind: AnalysisJob['kind'],
    readonly timeoutMs: number,
    readonly actorCount: number,
  ) {
    super(
      `The ${kind === 'gaps' ? 'gap analysis' : 'network analysis'} of ${actorCount} actors took longer than ${timeoutMs} ms and was stopped. ` +
        'Choose a smaller scope, or sampled betweenness.',
    );
    this.name = 'AnalysisTimeoutError';
  }
}

/** The analysis failed inside its worker (the worker's error, or its exit). */
export class AnalysisFailedError extends Error {
  readonly code = 'ANALYSIS_FAILED';
  constructor(
    message: string,
    readonly workerStack?: string,
  ) {
    super(message);
    this.name = 'AnalysisFailedError';
  }
}

export interface AnalysisRunnerOptions {
  /** Default 30 s. */
  timeoutMs?: number;
  /**
   * Run on the calling thread instead of a worker: for tests and scripts. There is no
   * timeout then (a busy thread cannot be interrupted).
   */
  inline?: boolean;
}

interface Pending {
  id: number;
  job: AnalysisJob;
  timeoutMs: number;
  resolve: (value: NetworkAnalysis | Gap[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Runs heavy analysis off the API's event loop, in one long-lived worker thread that takes
 * one job at a time (the others wait in line; the machine has two cores and a job uses
 * both). A job that is not answered within its timeout, counted from when it was asked,
 * gets an AnalysisTimeoutError; if it was running, the worker (and the helper threads it
 * started) is terminated and the next job starts a fresh one. Call close() on shutdown.
 */
export class AnalysisRunner {
  private readonly timeoutMs: number;
  private readonly inline: boolean;
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private nextId = 1;

  constructor(options: AnalysisRunnerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.inline = options.inline ?? false;
  }

  analyse(input: AnalysisInput, timeoutMs = this.timeoutMs): Promise<NetworkAnalysis> {
    const job: AnalysisJob = {
      kind: 'analyse',
      input: {
        ...input,
        actors: slimActors(input.actors),
        relationships: slimTies(input.relationships),
      },
    };
    return this.run(job, timeoutMs) as Promise<NetworkAnalysis>;
  }

  gaps(input: GapInput, profile: Profile, timeoutMs = this.timeoutMs): Promise<Gap[]> {
    const job: AnalysisJob = {
      kind: 'gaps',
      input: {
        ...input,
        actors: slimActors(input.actors),
        relationships: slimTies(input.relationships),
        surroundings: input.surroundings
          ? {
              actors: slimActors(input.surroundings.actors),
              relationships: slimTies(input.surroundings.relationships),
            }
          : null,
      },
      profile,
    };
    return this.run(job, timeoutMs) as Promise<Gap[]>;
  }

  /** Stops the worker; jobs still waiting are refused. */
  async close(): Promise<void> {
    for (const pending of [...this.queue, ...(this.current ? [this.current] : [])]) {
      clearTimeout(pending.timer);
      pending.reject(new AnalysisFailedError('the analysis runner was closed'));
    }
    this.queue.length = 0;
    this.current = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private run(job: AnalysisJob, timeoutMs: number): Promise<NetworkAnalysis | Gap[]> {
    if (this.inline) return runJob(job);
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        job,
        timeoutMs,
        resolve,
        reject,
        timer: setTimeout(() => this.timedOut(pending), timeoutMs),
      };
      this.queue.push(pending);
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const pending = this.queue.shift()!;
    this.current = pending;
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage({ id: pending.id, job: pending.job } satisfies JobMessage);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(__dirname, 'analysis-worker');
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.current;
      if (!pending || reply.id !== pending.id) return;
      this.finish(pending);
      if (reply.ok) pending.resolve(reply.result as NetworkAnalysis | Gap[]);
      else {
        pending.reject(
          new AnalysisFailedError(`${reply.error.name}: ${reply.error.message}`, reply.error.stack),
        );
      }
    });
    worker.on('error', (error) => this.lost(worker, `analysis worker failed: ${error.message}`));
    worker.on('exit', (code) => this.lost(worker, `analysis worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish(pending: Pending): void {
    clearTimeout(pending.timer);
    this.current = null;
    if (this.queue.length === 0) this.worker?.unref();
    this.pump();
  }

  private timedOut(pending: Pending): void {
    const error = new AnalysisTimeoutError(
      pending.job.kind,
      pending.timeoutMs,
      pending.job.input.actors.length,
    );
    const waiting = this.queue.indexOf(pending);
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      pending.reject(error);
      return;
    }
    if (this.current !== pending) return;
    // Running: the only way to stop it is to stop the thread.
    const worker = this.worker;
    this.worker = null;
    this.current = null;
    pending.reject(error);
    if (worker) void worker.terminate();
    this.pump();
  }

  private lost(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const pending = this.current;
    this.current = null;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new AnalysisFailedError(message));
    }
    this.pump();
  }
}

/** Only what the analysis reads crosses to the worker (records carry descriptions, contacts…). */
function slimActors(actors: readonly AnalysisActor[]): AnalysisActor[] {
  return actors.map((a) => ({
    id: a.id,
    name: a.name,
    category: a.category,
    subcategory: a.subcategory,
    municipalityCode: a.municipalityCode,
    regionCode: a.regionCode,
    dimensions: a.dimensions,
    tags: a.tags,
  }));
}

function slimTies(ties: readonly AnalysisTie[]): AnalysisTie[] {
  return ties.map((t) => ({ sourceId: t.sourceId, targetId: t.targetId, strength: t.strength }));
}
