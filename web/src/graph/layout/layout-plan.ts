import type { LayoutName } from './layout-types';

/** The instant picture drawn first, computed on the main thread in linear time. */
export type DraftKind = 'by-municipality' | 'by-community' | 'concentric';

export interface LayoutPlan {
  draft: DraftKind;
  /** The slower refinement run in the worker afterwards, if any. */
  refine:
    null | { kind: 'force'; iterations: number } | { kind: 'fcose'; quality: 'draft' | 'default' };
}

/**
 * ForceAtlas2 iterations by graph size. Measured in Node on this machine (2 cores):
 * ~1.7 ms per iteration at 120 actors, ~17 ms at 2,000 and ~107 ms at 10,000 with
 * Barnes-Hut. Starting from the grouped draft it needs far fewer iterations than from
 * random positions, so the budget stays around 2 s up to 2,000 actors and ~5 s at 10,000.
 */
export function forceIterations(nodeCount: number): number {
  if (nodeCount <= 300) return 400;
  if (nodeCount <= 1000) return 250;
  if (nodeCount <= 3000) return 120;
  return 45;
}

export const FCOSE_MAX_NODES = 5000;

export function planLayout(name: LayoutName, nodeCount: number): LayoutPlan {
  switch (name) {
    case 'force': {
      const iterations = forceIterations(nodeCount);
      return { draft: 'by-municipality', refine: { kind: 'force', iterations } };
    }
    case 'fcose':
      // Measured at 10,000 actors: 18 s in the worker and a result the page takes ~10 s to
      // draw. Above FCOSE_MAX_NODES the force-directed layout stands in (the panel says so).
      if (nodeCount > FCOSE_MAX_NODES) return planLayout('force', nodeCount);
      // fcose's default quality takes ~100 s at 2,000 nodes here; draft ~0.8 s.
      return {
        draft: 'by-municipality',
        refine: { kind: 'fcose', quality: nodeCount <= 500 ? 'default' : 'draft' },
      };
    case 'concentric':
      return { draft: 'concentric', refine: null };
    case 'municipality':
      return { draft: 'by-municipality', refine: null };
    case 'community':
      return { draft: 'by-community', refine: null };
  }
}
