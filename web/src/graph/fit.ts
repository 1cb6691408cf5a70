import { LABEL_MAX_WIDTH } from './label-detail';

export interface Disc {
  x: number;
  y: number;
  /** The actor's diameter in model units. */
  size: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Fitting never zooms closer than this: one actor or a handful would fill the screen. */
export const FIT_MAX_ZOOM = 1.5;
const PADDING = 30;
/** Room under the lowest actors for their labels, and beside the outermost for half a label. */
const LABEL_ROOM = 14;
const LABEL_SIDE = LABEL_MAX_WIDTH / 2;

/**
 * The viewport that shows every disc, centred, within `width` x `height` pixels. Computed
 * from positions and sizes, not Cytoscape's boundingBox(), which measures every label first
 * (over a second at 2,000 actors). Null when there is nothing to fit or no room.
 */
export function fitViewport(
  discs: Iterable<Disc>,
  width: number,
  height: number,
  zoomRange: { min: number; max: number },
): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const d of discs) {
    const r = d.size / 2;
    x1 = Math.min(x1, d.x - Math.max(r, LABEL_SIDE));
    y1 = Math.min(y1, d.y - r);
    x2 = Math.max(x2, d.x + Math.max(r, LABEL_SIDE));
    y2 = Math.max(y2, d.y + r + LABEL_ROOM);
  }
  const w = width - 2 * PADDING;
  const h = height - 2 * PADDING;
  if (x1 === Infinity || w <= 0 || h <= 0) return null;
  const fitted = Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1));
  const zoom = Math.min(FIT_MAX_ZOOM, zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: {
      x: PADDING + (w - zoom * (x2 - x1)) / 2 - zoom * x1,
      y: PADDING + (h - zoom * (y2 - y1)) / 2 - zoom * y1,
    },
  };
}
