import type { Geography, Municipality } from '@verkosto/graph-seed';

function municipality(
  code: string,
  nameFi: string,
  nameSv: string | null,
  regionCode: string,
  subRegionCode: string,
  subRegionNameFi: string,
): Municipality {
  return {
    code,
    nameFi,
    nameSv,
    regionCode,
    subRegionCode,
    subRegionNameFi,
    wellbeingCountyCode: regionCode,
    elinvoimakeskusCode: regionCode,
    languageStatusCode: '0',
    languageStatusFi: 'Yksikielinen suomenkielinen kunta',
  };
}

/**
 * A slice of Statistics Finland's classification, as in graph-seed/finland: Kainuu (18)
 * with the Kajaani sub-region (182: Kajaani, Sotkamo, Paltamo) and Kehys-Kainuu (181: Kuhmo,
 * Suomussalmi), and Oulu in Pohjois-Pohjanmaa (17).
 */
export const TEST_GEOGRAPHY: Geography = {
  regions: [
    { code: '17', nameFi: 'Pohjois-Pohjanmaa', nameSv: 'Norra Österbotten' },
    { code: '18', nameFi: 'Kainuu', nameSv: 'Kajanaland' },
  ],
  municipalities: [
    municipality('205', 'Kajaani', 'Kajana', '18', '182', 'Kajaani'),
    municipality('765', 'Sotkamo', null, '18', '182', 'Kajaani'),
    municipality('578', 'Paltamo', null, '18', '182', 'Kajaani'),
    municipality('290', 'Kuhmo', null, '18', '181', 'Kehys-Kainuu'),
    municipality('777', 'Suomussalmi', null, '18', '181', 'Kehys-Kainuu'),
    municipality('564', 'Oulu', 'Uleåborg', '17', '171', 'Oulu'),
  ],
  wellbeingCounties: [],
  elinvoimakeskukset: [],
};
