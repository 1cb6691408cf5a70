import type { Tie } from '../model';
import type { Positions } from './layout-types';
import {
  packLayoutRequest,
  unpackPositions,
  type LayoutJob,
  type WorkerLayoutOptions,
} from './worker-layout';

/**
 * ForceAtlas2 on the main thread, in one go. Not used by the app: the bench runs it
 * (`?layoutThread=main`) to measure the frozen tab the worker avoids.
 */
export function runOnMainThread(
  ids: readonly string[],
  edges: readonly Tie[],
  initial: Positions,
  pinned: ReadonlySet<string>,
  options: WorkerLayoutOptions,
  sizes: ReadonlyMap<string, number>,
  onProgress: (fraction: number) => void,
): LayoutJob {
  let cancelled = false;
  const done = new Promise<Positions>((resolve) => {
    // Imported on demand: the app itself never runs ForceAtlas2 on the page.
    void import('./force-atlas').then(({ runForceAtlas2 }) => {
      if (cancelled) return;
      const request = packLayoutRequest(ids, edges, initial, pinned, options, sizes);
      if (request.kind !== 'force') throw new Error('only ForceAtlas2 runs on the main thread');
      onProgress(0);
      resolve(unpackPositions(ids, runForceAtlas2(request)));
    });
  });
  return { done, cancel: () => (cancelled = true) };
}
