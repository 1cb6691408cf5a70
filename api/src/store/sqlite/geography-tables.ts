import type { Area, Geography, Municipality, Region } from '@verkosto/graph-seed';
import { GEOGRAPHY_SQL } from './sql';
import type { StatementCache } from './statement-cache';

const WELLBEING = 'wellbeing_county';
const ELINVOIMAKESKUS = 'elinvoimakeskus';

/** Replaces the stored geography; runs inside the caller's transaction. */
export function saveGeography(sql: StatementCache, geography: Geography): void {
  sql.run(GEOGRAPHY_SQL.clearRegions);
  sql.run(GEOGRAPHY_SQL.clearMunicipalities);
  sql.run(GEOGRAPHY_SQL.clearAreas);
  geography.regions.forEach((r, position) =>
    sql.run(GEOGRAPHY_SQL.insertRegion, {
      code: r.code,
      position,
      nameFi: r.nameFi,
      nameSv: r.nameSv,
    }),
  );
  geography.municipalities.forEach((m, position) =>
    sql.run(GEOGRAPHY_SQL.insertMunicipality, {
      code: m.code,
      position,
      nameFi: m.nameFi,
      nameSv: m.nameSv,
      regionCode: m.regionCode,
      subRegionCode: m.subRegionCode,
      subRegionNameFi: m.subRegionNameFi,
      wellbeingCountyCode: m.wellbeingCountyCode,
      elinvoimakeskusCode: m.elinvoimakeskusCode,
      languageStatusCode: m.languageStatusCode,
      languageStatusFi: m.languageStatusFi,
    }),
  );
  const insertAreas = (kind: string, areas: Area[]) =>
    areas.forEach((a, position) =>
      sql.run(GEOGRAPHY_SQL.insertArea, {
        kind,
        code: a.code,
        position,
        nameFi: a.nameFi,
        nameSv: a.nameSv,
      }),
    );
  insertAreas(WELLBEING, geography.wellbeingCounties);
  insertAreas(ELINVOIMAKESKUS, geography.elinvoimakeskukset);
}

export function loadGeography(sql: StatementCache): Geography {
  return {
    regions: sql.all<Region>(GEOGRAPHY_SQL.regions),
    municipalities: sql.all<Municipality>(GEOGRAPHY_SQL.municipalities),
    wellbeingCounties: sql.all<Area>(GEOGRAPHY_SQL.areas, WELLBEING),
    elinvoimakeskukset: sql.all<Area>(GEOGRAPHY_SQL.areas, ELINVOIMAKESKUS),
  };
}
