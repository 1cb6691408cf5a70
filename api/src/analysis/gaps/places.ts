import type { Geography, Municipality } from '@verkosto/graph-seed';
import type { Labels } from '../../domain/categories';
import type { AnalysisActor } from '../analysis.types';
import { inAllLocales } from '../locale-format';

/** Where an actor is relative to a place a gap is about, nearest first. */
export type Proximity =
  'same_municipality' | 'neighbouring' | 'same_region' | 'national' | 'other_region';

export interface Place {
  regionCode: string | null;
  municipalityCode: string | null;
}

/**
 * Names and nearness of places. There is no adjacency data for municipalities, so a
 * "neighbouring municipality" is one in the same sub-region (seutukunta), the closest
 * grouping Statistics Finland publishes; the next ring is the same region (maakunta).
 * Without geography, names fall back to codes and sub-regions are unknown.
 */
export class Places {
  private readonly municipalities: Map<string, Municipality>;
  private readonly regionNames: Map<string, { fi: string; sv: string }>;

  constructor(readonly geography: Geography | null) {
    this.municipalities = new Map((geography?.municipalities ?? []).map((m) => [m.code, m]));
    this.regionNames = new Map(
      (geography?.regions ?? []).map((r) => [r.code, { fi: r.nameFi, sv: r.nameSv }]),
    );
  }

  municipalityCodesOf(regionCode: string): string[] {
    return (this.geography?.municipalities ?? [])
      .filter((m) => m.regionCode === regionCode)
      .map((m) => m.code);
  }

  allRegionCodes(): string[] {
    return (this.geography?.regions ?? []).map((r) => r.code);
  }

  allMunicipalityCodes(): string[] {
    return (this.geography?.municipalities ?? []).map((m) => m.code);
  }

  regionOf(municipalityCode: string): string | null {
    return this.municipalities.get(municipalityCode)?.regionCode ?? null;
  }

  subRegionOf(municipalityCode: string | null): string | null {
    return municipalityCode
      ? (this.municipalities.get(municipalityCode)?.subRegionCode ?? null)
      : null;
  }

  municipalityName(code: string): Labels {
    const m = this.municipalities.get(code);
    if (!m) return { fi: `kunta ${code}`, sv: `kommun ${code}`, en: `municipality ${code}` };
    return { fi: m.nameFi, sv: m.nameSv ?? m.nameFi, en: m.nameFi };
  }

  regionName(code: string): Labels {
    const r = this.regionNames.get(code);
    if (!r) return { fi: `maakunta ${code}`, sv: `landskap ${code}`, en: `region ${code}` };
    return { fi: r.fi, sv: r.sv, en: r.fi };
  }

  /** The name of a place: its municipality if it has one, else its region. */
  name(place: Place): Labels {
    if (place.municipalityCode) return this.municipalityName(place.municipalityCode);
    if (place.regionCode) return this.regionName(place.regionCode);
    return { fi: 'koko maa', sv: 'hela landet', en: 'the whole country' };
  }

  proximity(actor: AnalysisActor, place: Place): Proximity {
    if (place.municipalityCode && actor.municipalityCode === place.municipalityCode) {
      return 'same_municipality';
    }
    const sub = this.subRegionOf(place.municipalityCode);
    if (sub && actor.municipalityCode && this.subRegionOf(actor.municipalityCode) === sub) {
      return 'neighbouring';
    }
    if (place.regionCode && actor.regionCode === place.regionCode) return 'same_region';
    if (!actor.regionCode) return 'national';
    return 'other_region';
  }

  /** "neighbouring municipality: Sotkamo", "works across the region", "national actor". */
  describe(actor: AnalysisActor, proximity: Proximity, place: Place): Labels {
    const muni = actor.municipalityCode ? this.municipalityName(actor.municipalityCode) : null;
    // Measured from a whole region, an actor inside it is simply "in Kajaani".
    const fromRegion = place.municipalityCode === null;
    return inAllLocales((l) => {
      switch (proximity) {
        case 'same_municipality':
          return { fi: 'samassa kunnassa', sv: 'i samma kommun', en: 'in the same municipality' }[
            l
          ];
        case 'neighbouring':
          return {
            fi: `naapurikunta: ${muni!.fi}`,
            sv: `grannkommun: ${muni!.sv}`,
            en: `neighbouring municipality: ${muni!.en}`,
          }[l];
        case 'same_region':
          if (muni && fromRegion) {
            return {
              fi: `kunta: ${muni.fi}`,
              sv: `kommun: ${muni.sv}`,
              en: `municipality: ${muni.en}`,
            }[l];
          }
          return muni
            ? {
                fi: `toinen kunta samassa maakunnassa: ${muni.fi}`,
                sv: `annan kommun i samma landskap: ${muni.sv}`,
                en: `another municipality in the region: ${muni.en}`,
              }[l]
            : {
                fi: 'toimii koko maakunnassa',
                sv: 'verkar i hela landskapet',
                en: 'works across the region',
              }[l];
        case 'national':
          return {
            fi: 'valtakunnallinen toimija',
            sv: 'riksomfattande aktör',
            en: 'national actor',
          }[l];
        case 'other_region': {
          const region = actor.regionCode ? this.regionName(actor.regionCode) : null;
          return {
            fi: `toinen maakunta: ${region?.fi ?? '?'}`,
            sv: `annat landskap: ${region?.sv ?? '?'}`,
            en: `another region: ${region?.en ?? '?'}`,
          }[l];
        }
      }
    });
  }
}

export const PROXIMITY_SCORE: Record<Proximity, number> = {
  same_municipality: 1,
  neighbouring: 0.8,
  same_region: 0.5,
  national: 0.3,
  other_region: 0.1,
};
