import { statement } from './statement';

/**
 * The geography: regions, municipalities and the areas that serve them, each a node. A
 * municipality keeps its codes as properties too, so that it reads back exactly as given
 * even where the area it names is not (yet) in the stored geography; the edges are drawn
 * only to the areas that are.
 */
export const GEOGRAPHY = {
  clear: statement(
    'geography.clear',
    [],
    `
MATCH (n:Region|Municipality|WellbeingCounty|Elinvoimakeskus)
DETACH DELETE n
`,
  ),

  createRegions: statement(
    'geography.createRegions',
    ['regions'],
    `
UNWIND $regions AS row
CREATE (:Region {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv})
`,
  ),

  createWellbeingCounties: statement(
    'geography.createWellbeingCounties',
    ['areas'],
    `
UNWIND $areas AS row
CREATE (:WellbeingCounty {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv})
`,
  ),

  createElinvoimakeskukset: statement(
    'geography.createElinvoimakeskukset',
    ['areas'],
    `
UNWIND $areas AS row
CREATE (:Elinvoimakeskus {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv})
`,
  ),

  createMunicipalities: statement(
    'geography.createMunicipalities',
    ['municipalities'],
    `
UNWIND $municipalities AS row
CREATE (:Municipality {
  code: row.code,
  nameFi: row.nameFi,
  nameSv: row.nameSv,
  regionCode: row.regionCode,
  subRegionCode: row.subRegionCode,
  subRegionNameFi: row.subRegionNameFi,
  wellbeingCountyCode: row.wellbeingCountyCode,
  elinvoimakeskusCode: row.elinvoimakeskusCode,
  languageStatusCode: row.languageStatusCode,
  languageStatusFi: row.languageStatusFi
})
`,
  ),

  linkRegions: statement(
    'geography.linkRegions',
    [],
    `
MATCH (m:Municipality)
MATCH (r:Region {code: m.regionCode})
CREATE (m)-[:IN_REGION]->(r)
`,
  ),

  linkWellbeingCounties: statement(
    'geography.linkWellbeingCounties',
    [],
    `
MATCH (m:Municipality)
MATCH (w:WellbeingCounty {code: m.wellbeingCountyCode})
CREATE (m)-[:IN_WELLBEING_COUNTY]->(w)
`,
  ),

  linkElinvoimakeskukset: statement(
    'geography.linkElinvoimakeskukset',
    [],
    `
MATCH (m:Municipality)
MATCH (e:Elinvoimakeskus {code: m.elinvoimakeskusCode})
CREATE (m)-[:IN_ELINVOIMAKESKUS]->(e)
`,
  ),

  regions: statement('geography.regions', [], 'MATCH (r:Region) RETURN r {.*} AS region'),

  municipalities: statement(
    'geography.municipalities',
    [],
    'MATCH (m:Municipality) RETURN m {.*} AS municipality',
  ),

  wellbeingCounties: statement(
    'geography.wellbeingCounties',
    [],
    'MATCH (w:WellbeingCounty) RETURN w {.*} AS area',
  ),

  elinvoimakeskukset: statement(
    'geography.elinvoimakeskukset',
    [],
    'MATCH (e:Elinvoimakeskus) RETURN e {.*} AS area',
  ),
};
