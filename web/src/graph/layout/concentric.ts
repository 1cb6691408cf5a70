import { NODE_SPACING, type Positions } from './layout-types';

/**
 * Rings by a metric: the highest values in the middle, each ring further out holding the
 * next ones, as many as fit its circumference. Ties broken by id so the picture is stable.
 */
export function concentricPositions(
  ids: readonly string[],
  value: (id: string) => number,
  spacing = NODE_SPACING,
): Positions {
  const sorted = [...ids].sort((a, b) => value(b) - value(a) || a.localeCompare(b));
  const positions: Positions = new Map();
  let index = 0;
  let ring = 0;
  while (index < sorted.length) {
    const radius = ring * spacing * 1.6;
    const capacity = ring === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / spacing));
    const members = sorted.slice(index, index + capacity);
    // Stagger each ring's start so spokes do not line up.
    const offset = ring * 0.5;
    members.forEach((id, i) => {
      const angle = offset + (2 * Math.PI * i) / members.length;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    index += members.length;
    ring++;
  }
  return positions;
}
