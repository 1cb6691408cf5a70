import type { NetworkModel } from '../model';
import { concentricPositions } from './concentric';
import { groupedPositions } from './grouped';
import type { DraftKind } from './layout-plan';
import type { Positions } from './layout-types';

export interface DraftInput {
  /** Values of the size metric, for the concentric layout. */
  metric: ReadonlyMap<string, number>;
  /** Community index per actor, from the API's analysis; null while unknown. */
  communities: ReadonlyMap<string, number> | null;
}

/**
 * The first picture of any layout, in linear time on the main thread: actors of a
 * municipality (or community) together in a disk, or rings by a metric. Outside actors
 * form their own group.
 */
export function draftPositions(model: NetworkModel, kind: DraftKind, input: DraftInput): Positions {
  if (kind === 'concentric') {
    return concentricPositions(
      model.nodes.map((n) => n.id),
      (id) => input.metric.get(id) ?? 0,
    );
  }
  const groupOf = (
    id: string,
    municipality: string | null,
    region: string | null,
    outside: boolean,
  ) => {
    if (outside) return '~outside';
    if (kind === 'by-community') {
      const c = input.communities?.get(id);
      return c === undefined ? '~none' : `c${String(c).padStart(5, '0')}`;
    }
    return municipality ?? `r${region ?? '~national'}`;
  };
  return groupedPositions(
    model.nodes.map((n) => ({
      id: n.id,
      group: groupOf(n.id, n.municipalityCode, n.regionCode, n.outside),
      order: n.category,
    })),
  );
}
