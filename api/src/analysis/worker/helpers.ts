import type { Worker } from 'node:worker_threads';
import type { CommunityInput, CommunityResult } from '../communities';
import type { PathTask } from '../paths/path-chunks';
import { startWorker } from './start-worker';

export interface HelperData {
  communities: CommunityInput | null;
  paths: PathTask | null;
}

export interface HelperTask {
  id: number;
  data: HelperData;
}

export type HelperMessage =
  | { id: number; kind: 'communities'; result: CommunityResult }
  | { id: number; kind: 'paths'; chunks: number }
  | { id: number; kind: 'error'; message: string; stack?: string };

export interface Helper {
  communities: Promise<CommunityResult | null>;
  done: Promise<void>;
  /** Gives the thread back to the pool when its task ended well, else stops it. */
  release(): Promise<void>;
}

/**
 * Helper threads kept for the life of the thread that started them (the analysis worker, or
 * the test process), so that repeated analyses do not pay for starting threads and warming
 * up their code each time. Idle helpers are unref'd: they never keep a process alive.
 */
class HelperPool {
  private readonly idle: Worker[] = [];
  private nextId = 1;

  run(data: HelperData): Helper {
    const worker = this.idle.pop() ?? startWorker(__dirname, 'helper-worker');
    worker.ref();
    const id = this.nextId++;
    let ok = false;
    let finished = false;
    let resolveCommunities!: (r: CommunityResult | null) => void;
    let resolveDone!: () => void;
    let rejectCommunities!: (e: unknown) => void;
    let rejectDone!: (e: unknown) => void;
    const communities = new Promise<CommunityResult | null>((resolve, reject) => {
      resolveCommunities = resolve;
      rejectCommunities = reject;
    });
    const done = new Promise<void>((resolve, reject) => {
      resolveDone = resolve;
      rejectDone = reject;
    });
    // Only one of the two may be awaited; keep the other from being an unhandled rejection.
    communities.catch(() => undefined);
    done.catch(() => undefined);
    const fail = (error: unknown): void => {
      finished = true;
      rejectCommunities(error);
      rejectDone(error);
    };
    const onMessage = (message: HelperMessage): void => {
      if (message.id !== id) return;
      if (message.kind === 'communities') return resolveCommunities(message.result);
      finished = true;
      if (message.kind === 'error') return fail(new Error(`analysis helper: ${message.message}`));
      ok = true;
      resolveCommunities(null);
      resolveDone();
    };
    const onError = (error: Error): void => fail(error);
    const onExit = (code: number): void =>
      fail(new Error(`analysis helper thread stopped with exit code ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, data } satisfies HelperTask);
    return {
      communities,
      done,
      release: async () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (ok && finished) {
          worker.unref();
          this.idle.push(worker);
        } else {
          await worker.terminate();
        }
      },
    };
  }
}

const pool = new HelperPool();

/** Runs one task on a helper thread from this thread's pool. */
export function startHelper(data: HelperData): Helper {
  return pool.run(data);
}

/** A copy of a typed array on a SharedArrayBuffer. */
export function shared<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}
