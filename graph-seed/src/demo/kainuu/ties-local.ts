import { communicates, cooperates, funds, memberOf, partOf, type DemoTie } from './demo-tie';

/**
 * Life outside Kajaani. Sotkamo and Kuhmo have local clusters of their own; Suomussalmi's
 * Ukrainian community reaches the rest only through Kiannan Kotoutumisapu (a single point of
 * failure); Paltamo, Puolanka, Ristijärvi and Hyrynsalmi are thin; and a pair in Puolanka
 * is tied only to each other.
 */
export const LOCAL_TIES: DemoTie[] = [
  // Schools belong to their municipality.
  partOf('purolan-koulu', 'kajaani-sivistys', 3, '2009'),
  partOf('linnan-lukio', 'kajaani-sivistys', 3, '2009'),
  partOf('koulu-sotkamo', 'sotkamo', 3, '2009'),
  partOf('koulu-kuhmo', 'kuhmo', 3, '2009'),
  partOf('koulu-suomussalmi', 'suomussalmi', 3, '2009'),
  partOf('koulu-paltamo', 'paltamo', 3, '2009'),
  partOf('koulu-puolanka', 'puolanka', 3, '2009'),
  partOf('koulu-ristijarvi', 'ristijarvi', 3, '2009'),
  partOf('koulu-hyrynsalmi', 'hyrynsalmi', 3, '2009'),
  cooperates('purolan-koulu', 'kajaani-kotoutus', 3, '2025', 'Valmistava opetus'),
  cooperates('purolan-koulu', 'hiiraan', 2, '2020', 'Läksykerho'),
  cooperates('purolan-koulu', 'perhetalo', 1, '2021'),

  // Parishes and their municipalities.
  communicates('srk-sotkamo', 'srk-kajaani', 2, '2010'),
  communicates('srk-kuhmo', 'srk-kajaani', 1, '2010'),
  communicates('srk-paltamo', 'srk-kajaani', 1, '2010'),
  communicates('srk-hyrynsalmi', 'srk-suomussalmi', 2, '2012'),
  cooperates('srk-sotkamo', 'sotkamo', 2, '2010'),
  cooperates('srk-kuhmo', 'kuhmo', 2, '2010'),
  cooperates('srk-suomussalmi', 'suomussalmi', 2, '2010'),
  cooperates('srk-paltamo', 'paltamo', 2, '2010'),
  cooperates('srk-puolanka', 'puolanka', 2, '2010'),
  cooperates('srk-ristijarvi', 'ristijarvi', 1, '2010'),
  cooperates('srk-hyrynsalmi', 'hyrynsalmi', 2, '2010'),

  // Sotkamo: mine, tourism and an association of foreign workers.
  cooperates('vaarakansat', 'sotkamo-vapaa-aika', 2, '2019'),
  cooperates('vaarakansat', 'vaarakaivos', 2, '2020'),
  cooperates('vaarakansat', 'srk-sotkamo', 1, '2021'),
  cooperates('vaarakansat', 'koulu-sotkamo', 2, '2021'),
  cooperates('vaarakansat', 'vaaran-veikot', 2, '2020'),
  cooperates('vaaran-veikot', 'sotkamo-vapaa-aika', 3, '2005'),
  cooperates('vaarakaivos', 'sotkamo', 3, '2012'),
  cooperates('vaarakaivos', 'kaivososasto', 3, '2012'),
  cooperates('vaarakaivos', 'tyollisyysalue', 2, '2025'),
  memberOf('vaarakaivos', 'sotkamon-yrittajat', 2, '2013'),
  memberOf('vaarahovi', 'sotkamon-yrittajat', 2, '2008'),
  cooperates('sotkamon-yrittajat', 'sotkamo', 2, '2008'),
  cooperates('valt-piirainen', 'sotkamo', 2, '2021'),
  cooperates('poliisi-sotkamo', 'sotkamo', 2, '2014'),

  // Kuhmo: Syrian families who came as quota refugees.
  cooperates('jasmiini', 'kuhmo-kotoutus', 3, '2017'),
  cooperates('jasmiini', 'kuhmon-ystavat', 3, '2017'),
  cooperates('jasmiini', 'koulu-kuhmo', 2, '2018'),
  cooperates('jasmiini', 'ruisvakka', 2, '2020', 'Työkokeilut'),
  cooperates('kuhmon-ystavat', 'srk-kuhmo', 2, '2015'),
  cooperates('kuhmo-kotoutus', 'koulu-kuhmo', 2, '2025'),
  cooperates('karjalaisseura', 'kuhmo', 2, '2000'),
  cooperates('karjalaisseura', 'ortodoksit', 2, '2005'),
  cooperates('ruisvakka', 'kuhmo', 1, '2016'),

  // Suomussalmi: the Ukrainian community and its only bridge, Kiannan Kotoutumisapu.
  cooperates('ukrainalaiset-suomussalmi', 'kasityopiiri', 3, '2022'),
  cooperates('ukrainalaiset-suomussalmi', 'lauantaikoulu', 3, '2022'),
  cooperates('kasityopiiri', 'lauantaikoulu', 2, '2023'),
  cooperates('ukrainalaiset-suomussalmi', 'kiannan-apu', 3, '2022'),
  cooperates('kasityopiiri', 'kiannan-apu', 2, '2022'),
  cooperates('lauantaikoulu', 'kiannan-apu', 2, '2022', 'Tilat ja vakuutus yhdistyksen kautta'),
  funds('suomussalmi', 'kiannan-apu', 2, '2022', 'Toiminta-avustus'),
  cooperates('kiannan-apu', 'srk-suomussalmi', 2, '2022'),
  cooperates('kiannan-saha', 'suomussalmi', 2, '2010'),
  cooperates('kiannan-saha', 'tyollisyysalue', 2, '2025'),
  cooperates('koulu-suomussalmi', 'srk-suomussalmi', 1, '2015'),

  // The thin municipalities.
  cooperates('kyla-mieslahti', 'paltamo', 2, '2011'),
  cooperates('salmi-kuljetus', 'paltamo', 1, '2018'),
  cooperates('valt-leinonen', 'paltamo', 2, '2021'),
  cooperates('kyla-honkala', 'puolanka', 1, '2016'),
  cooperates('kyla-pyhankyla', 'ristijarvi', 1, '2013'),
  cooperates('kyla-ukonvaara', 'hyrynsalmi', 2, '2014'),
  cooperates('kyla-ukonvaara', 'marjatila', 1, '2020', 'Poimijoiden majoitus'),
  cooperates('marjatila', 'hyrynsalmi', 2, '2015'),
  cooperates('marjatila', 'tyollisyysalue', 1, '2025'),

  // A pair that has found each other but nobody else: a component of its own.
  cooperates('puolanka-kerho', 'puolanka-kotiseutu', 2, '2023'),
];
