// The layout worker: force-directed layouts off the main thread, so a 10,000-actor graph
// never freezes the tab. ForceAtlas2 is bundled here; fcose (with Cytoscape, headless) is
// imported only when asked for.
import { runForceAtlas2 } from './force-atlas';
import type { LayoutRequest, LayoutResponse } from './force-protocol';

interface WorkerScope {
  postMessage(message: LayoutResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  const run = async (): Promise<Float32Array> => {
    if (request.kind === 'force') {
      return runForceAtlas2(request, (fraction) =>
        scope.postMessage({ kind: 'progress', fraction }),
      );
    }
    const { runFcose } = await import('./fcose-headless');
    return runFcose(request);
  };
  run().then(
    (positions) =>
      scope.postMessage({ kind: 'done', positions, elapsedMs: performance.now() - started }, [
        positions.buffer,
      ]),
    (error: unknown) =>
      scope.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
