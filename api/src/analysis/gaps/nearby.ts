import type { Labels } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { GapContext } from './gap-context';
import { dimensionList } from './gap-text';
import type { Place } from './places';

const PER_TIER = 50;
const indexes = new WeakMap<GapContext, Map<string, number[]>>();

/**
 * Actors of the scope's largest component near a place, for tying an isolated actor or a
 * split-off group back in: the most central ones (by PageRank) of the same municipality,
 * then of the same sub-region, then of the same region, at most 50 of each.
 */
export function nearbyInMainComponent(
  context: GapContext,
  place: Place,
  not: ReadonlySet<number>,
): number[] {
  let byPlace = indexes.get(context);
  if (!byPlace) {
    byPlace = new Map();
    const { actors, analysis, places } = context;
    const order = analysis.actors
      .map((m, i) => [m.pagerank, i] as const)
      .filter(([, i]) => analysis.actors[i].component === 0 && analysis.actors[i].degree > 0)
      .sort((a, b) => b[0] - a[0]);
    for (const [, i] of order) {
      const a = actors[i];
      const keys = [
        a.municipalityCode ? `m:${a.municipalityCode}` : null,
        a.municipalityCode ? `s:${places.subRegionOf(a.municipalityCode) ?? '?'}` : null,
        a.regionCode ? `r:${a.regionCode}` : null,
      ];
      for (const key of keys) {
        if (!key) continue;
        const list = byPlace.get(key) ?? [];
        if (list.length < PER_TIER + 20) list.push(i);
        byPlace.set(key, list);
      }
    }
    indexes.set(context, byPlace);
  }
  const picked = new Set<number>();
  const tiers = [
    place.municipalityCode ? `m:${place.municipalityCode}` : null,
    place.municipalityCode
      ? `s:${context.places.subRegionOf(place.municipalityCode) ?? '?'}`
      : null,
    place.regionCode ? `r:${place.regionCode}` : null,
  ];
  for (const key of tiers) {
    if (!key) continue;
    let added = 0;
    for (const i of byPlace.get(key) ?? []) {
      if (added >= PER_TIER) break;
      if (not.has(i) || picked.has(i)) continue;
      picked.add(i);
      added++;
    }
  }
  return [...picked];
}

/** A bonus for sharing dimensions with the actors to connect. */
export function sharedDimensions(
  own: readonly Dimension[],
  theirs: readonly Dimension[],
): { value: number; clause: Labels } | null {
  const shared = own.filter((d) => theirs.includes(d));
  if (shared.length === 0) return null;
  const list = dimensionList(shared);
  return {
    value: shared.length / Math.max(1, own.length),
    clause: {
      fi: `työskentelee samoilla osa-alueilla: ${list.fi}`,
      sv: `arbetar med samma delområden: ${list.sv}`,
      en: `works on the same dimensions: ${list.en}`,
    },
  };
}
