import { parentPort } from 'node:worker_threads';
import { detectCommunities } from '../communities';
import { runChunks } from '../paths/path-chunks';
import type { HelperMessage, HelperTask } from './helpers';

/**
 * A helper thread of the analysis: it lives as long as its pool and takes one task at a
 * time (Louvain when asked, then shortest-path chunks), so its compiled code stays warm.
 */
const post = (message: HelperMessage): void => parentPort!.postMessage(message);

parentPort!.on('message', ({ id, data }: HelperTask) => {
  try {
    if (data.communities)
      post({ id, kind: 'communities', result: detectCommunities(data.communities) });
    post({ id, kind: 'paths', chunks: data.paths ? runChunks(data.paths) : 0 });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ id, kind: 'error', message: `${e.name}: ${e.message}`, stack: e.stack });
  }
});
