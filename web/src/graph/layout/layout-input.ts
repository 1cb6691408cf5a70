import type { LayoutInput } from '../use-cytoscape';
import type { NetworkModel } from '../model';
import { draftPositions } from './draft';
import { graphSignature } from './graph-signature';
import { planLayout } from './layout-plan';
import type { LayoutName } from './layout-types';
import { startWorkerLayout } from './worker-layout';
import { runOnMainThread } from './main-thread-layout';

export interface LayoutParams {
  name: LayoutName;
  /** The scope the graph shows (region); a new scope is a new layout. */
  scopeKey: string;
  model: NetworkModel;
  metric: ReadonlyMap<string, number>;
  metricName: string;
  /**
   * Where ForceAtlas2 runs: the worker (default), or the main thread, kept only so the
   * bench can measure what the worker saves (`?layoutThread=main`).
   */
  thread?: 'worker' | 'main';
  /** Node diameters, for the overlap pass. */
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number> | null;
}

/**
 * What the Cytoscape hook needs to lay a graph out. The key holds only what should trigger
 * a new layout: layout, scope, and the metric (concentric) or community partition
 * (by community). Edits within a scope keep the picture; new actors are placed by a neighbour.
 */
export function layoutInput(params: LayoutParams): LayoutInput {
  const { name, model } = params;
  const plan = planLayout(name, model.nodes.length);
  const extra =
    name === 'concentric'
      ? params.metricName
      : name === 'community'
        ? params.communities
          ? `c${params.communities.size}`
          : 'pending'
        : '';
  const key = `${name}|${params.scopeKey}|${extra}`;
  const ids = model.nodes.map((n) => n.id);
  const signature = graphSignature(ids, model.edges);
  const refine = plan.refine;
  return {
    key,
    cacheKey: `${key}|${signature}`,
    draft: () =>
      draftPositions(model, plan.draft, { metric: params.metric, communities: params.communities }),
    refine: refine
      ? (initial, pinned, onProgress) =>
          (refine.kind === 'force' && params.thread === 'main'
            ? runOnMainThread
            : startWorkerLayout)(
            ids,
            model.edges,
            initial,
            pinned,
            refine.kind === 'force'
              ? {
                  kind: 'force',
                  iterations: refine.iterations,
                  quality: 'draft',
                }
              : { kind: 'fcose', iterations: 0, quality: refine.quality },
            params.sizes,
            onProgress,
          )
      : null,
  };
}
