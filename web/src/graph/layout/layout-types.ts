export const LAYOUT_NAMES = ['force', 'fcose', 'concentric', 'municipality', 'community'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface Point {
  x: number;
  y: number;
}

export type Positions = Map<string, Point>;

/** Model units between neighbouring nodes in the computed layouts (node sizes are 14-64). */
export const NODE_SPACING = 48;
