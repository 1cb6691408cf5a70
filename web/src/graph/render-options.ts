/** Cytoscape's renderer options that trade detail for speed, chosen by graph size. */
export interface RenderOptions {
  /** Draw edges hidden while panning/zooming. */
  hideEdgesOnViewport: boolean;
  /** Pan/zoom a bitmap of the last frame instead of redrawing every element. */
  textureOnViewport: boolean;
  /** 1 draws at CSS pixels even on a high-density screen (4x fewer pixels at 2x). */
  pixelRatio: number | 'auto';
  /** Cytoscape's WebGL renderer (3.31+, still marked experimental). */
  webgl: boolean;
  /** Labels only for the actors in view, close up (label-detail.ts; the style agrees). */
  labelsInViewOnly: boolean;
}

/** Per-option overrides, e.g. from the bench (`?render=webgl:1,texture:0`). */
export type RenderOverrides = Partial<
  Record<'hideEdges' | 'texture' | 'pixelRatio1' | 'webgl', boolean>
>;

/**
 * Defaults from measurements (tests/bench/web-bench.mjs, figures in web/CONTEXT.md): below
 * ~1,000 actors every frame is cheap and full detail wins. Above it, pan and zoom move a
 * bitmap of the graph (textureOnViewport) with its ties hidden: 17 ms frames at 2,000 and
 * 10,000 actors. Cytoscape draws that bitmap when a gesture starts, which took 1.8 s at
 * 2,000 actors while every label was measured; with labels in view only, 0.26 s.
 */
export function renderOptions(nodeCount: number, overrides: RenderOverrides = {}): RenderOptions {
  const large = nodeCount > 1000;
  return {
    hideEdgesOnViewport: overrides.hideEdges ?? large,
    textureOnViewport: overrides.texture ?? large,
    pixelRatio: (overrides.pixelRatio1 ?? large) ? 1 : 'auto',
    webgl: overrides.webgl ?? false,
    labelsInViewOnly: large,
  };
}

export function parseRenderOverrides(text: string | null): RenderOverrides {
  const out: RenderOverrides = {};
  for (const part of (text ?? '').split(',')) {
    const [key, value] = part.split(':');
    if (key === 'hideEdges' || key === 'texture' || key === 'pixelRatio1' || key === 'webgl') {
      out[key] = value === '1' || value === 'true';
    }
  }
  return out;
}
