import { NODE_SPACING, type Point, type Positions } from './layout-types';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Points of a sunflower (Vogel's phyllotaxis) disk: evenly spread, no two closer than about
 * `spacing`, for any count. Index 0 is the centre.
 */
export function sunflower(count: number, spacing = NODE_SPACING): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const r = spacing * 0.55 * Math.sqrt(i + 0.5) * Math.SQRT2;
    points.push({ x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  }
  return points;
}

export const diskRadius = (count: number, spacing = NODE_SPACING) =>
  spacing * 0.55 * Math.sqrt(count + 0.5) * Math.SQRT2 + spacing / 2;

export interface GroupedItem {
  id: string;
  group: string;
  /** Members of a group are ordered by this (e.g. category), so colours cluster. */
  order: string;
}

/**
 * One sunflower disk per group, the disks packed in rows from the largest group down.
 * Linear time, deterministic: the instant first picture of any layout, and the
 * "grouped by municipality / by community" layouts themselves.
 */
export function groupedPositions(items: readonly GroupedItem[], spacing = NODE_SPACING): Positions {
  const groups = new Map<string, GroupedItem[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  const ordered = [...groups.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  let totalArea = 0;
  for (const [, members] of ordered) totalArea += (2 * diskRadius(members.length, spacing)) ** 2;
  const rowWidth = Math.max(Math.sqrt(totalArea) * 1.3, 1);

  const positions: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const gap = spacing;
  for (const [, members] of ordered) {
    const radius = diskRadius(members.length, spacing);
    if (x > 0 && x + 2 * radius > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const cx = x + radius;
    const cy = y + radius;
    members.sort((a, b) => a.order.localeCompare(b.order) || a.id.localeCompare(b.id));
    const points = sunflower(members.length, spacing);
    members.forEach((m, i) => positions.set(m.id, { x: cx + points[i].x, y: cy + points[i].y }));
    x += 2 * radius + gap;
    rowHeight = Math.max(rowHeight, 2 * radius);
  }
  return positions;
}
