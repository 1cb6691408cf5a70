import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Region {
  code: string;
  nameFi: string;
  nameSv: string;
}

export interface Municipality {
  code: string;
  nameFi: string;
  /** Null where the municipality has no separate Swedish name. */
  nameSv: string | null;
  regionCode: string;
  subRegionCode: string;
  subRegionNameFi: string;
  wellbeingCountyCode: string;
  /** The vitality centre (elinvoimakeskus) that serves the municipality from 1 Jan 2026. */
  elinvoimakeskusCode: string;
  /** Statistics Finland's language status: 0 Finnish, 1 bilingual Finnish first, ... */
  languageStatusCode: string;
  languageStatusFi: string;
}

/** A named public body that serves several municipalities (wellbeing services county, elinvoimakeskus). */
export interface Area {
  code: string;
  nameFi: string;
  nameSv: string;
}

export interface Geography {
  regions: Region[];
  municipalities: Municipality[];
  wellbeingCounties: Area[];
  elinvoimakeskukset: Area[];
}

export const FINLAND_DIR = join(__dirname, '..', 'finland');

function readRows(file: string): Record<string, string>[] {
  return parse(readFileSync(join(FINLAND_DIR, file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

function readAreas(file: string): Area[] {
  return readRows(file).map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

/** Reads Statistics Finland's classification as committed in graph-seed/finland. */
export function readGeography(): Geography {
  const areas = new Map(readRows('municipality_areas.csv').map((r) => [r.code, r]));
  const municipalities = readRows('municipalities.csv').map((r): Municipality => {
    const area = areas.get(r.code);
    if (!area) throw new Error(`municipality_areas.csv has no row for municipality ${r.code}`);
    return {
      code: r.code,
      nameFi: r.name_fi,
      nameSv: r.name_sv || null,
      regionCode: r.region_code,
      subRegionCode: area.seutukunta_code,
      subRegionNameFi: area.seutukunta_name_fi,
      wellbeingCountyCode: area.wellbeing_county_code,
      elinvoimakeskusCode: area.elinvoimakeskus_code_2026,
      languageStatusCode: area.language_status_code,
      languageStatusFi: area.language_status_fi,
    };
  });
  return {
    regions: readRows('regions.csv').map((r) => ({
      code: r.code,
      nameFi: r.name_fi,
      nameSv: r.name_sv,
    })),
    municipalities,
    wellbeingCounties: readAreas('wellbeing_services_counties.csv'),
    elinvoimakeskukset: readAreas('elinvoimakeskukset_2026.csv'),
  };
}
