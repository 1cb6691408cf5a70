import type { Geography, Municipality } from '../geography';

export interface MunicipalityPool {
  municipalities: Municipality[];
  /** Relative number of actors expected in each municipality. */
  weights: number[];
}

/**
 * The committed geography has no populations, so a sub-region's namesake (Kajaani in the
 * Kajaani sub-region) stands in for its centre and draws five times the actors of a
 * smaller neighbour: enough for hubs in towns and thin networks in small places.
 */
const CENTRE_WEIGHT = 5;

export function municipalityPool(
  geography: Geography,
  regionCodes: string[] | null,
): MunicipalityPool {
  if (regionCodes) {
    const known = new Set(geography.regions.map((r) => r.code));
    const unknown = regionCodes.filter((code) => !known.has(code));
    if (unknown.length > 0) throw new RangeError(`unknown region code(s): ${unknown.join(', ')}`);
  }
  const wanted = regionCodes ? new Set(regionCodes) : null;
  const municipalities = geography.municipalities
    .filter((m) => !wanted || wanted.has(m.regionCode))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    municipalities,
    weights: municipalities.map((m) => (m.nameFi === m.subRegionNameFi ? CENTRE_WEIGHT : 1)),
  };
}
