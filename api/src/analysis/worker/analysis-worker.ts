import { parentPort } from 'node:worker_threads';
import { runJob, type AnalysisJob } from './run-job';

/**
 * The analysis worker: a long-lived thread that runs one job at a time and posts back the
 * answer or the error. Staying alive keeps its compiled code warm between requests (a fresh
 * thread runs the first 2,000-actor analysis ~0.3 s slower, measured).
 */
export interface JobMessage {
  id: number;
  job: AnalysisJob;
}

export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string } };

parentPort!.on('message', ({ id, job }: JobMessage) => {
  runJob(job).then(
    (result) => parentPort!.postMessage({ id, ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort!.postMessage({
        id,
        ok: false,
        error: { name: e.name, message: e.message, stack: e.stack },
      } satisfies WorkerReply);
    },
  );
});
