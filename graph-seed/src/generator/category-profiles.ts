import type { Category } from '../vocabulary';

export interface CategoryProfile {
  /** Relative share of actors in this category. */
  weight: number;
  /**
   * Head start in preferential attachment: an actor is drawn in proportion to
   * degree + attractiveness, so authorities tend to become hubs and employers do not.
   */
  attractiveness: number;
  /** Kinds of actor, used both as subcategory and in the synthetic name. */
  kinds: readonly string[];
  /** Tags drawn for this category (an NGO may also get `immigrant_association`). */
  tags: readonly string[];
}

/** Shares are a rough picture of who shows up in a Finnish region's integration network. */
export const CATEGORY_PROFILES: Record<Category, CategoryProfile> = {
  authority_local: {
    weight: 8,
    attractiveness: 4,
    kinds: ['kotoutumispalvelut', 'nuorisopalvelut', 'sivistyspalvelut', 'työllisyyspalvelut'],
    tags: ['kotoutuminen', 'kunta'],
  },
  authority_regional: {
    weight: 3,
    attractiveness: 5,
    kinds: ['hyvinvointialueen yksikkö', 'elinvoimakeskuksen yksikkö', 'maakunnan liitto'],
    tags: ['alueellinen_koordinaatio', 'sote'],
  },
  authority_state: {
    weight: 1,
    attractiveness: 3,
    kinds: ['virasto', 'ministeriön yksikkö'],
    tags: ['rahoittaja'],
  },
  police: {
    weight: 2,
    attractiveness: 3,
    kinds: ['poliisiasema', 'ennalta estävä toiminta'],
    tags: ['turvallisuus'],
  },
  advisory_board: {
    weight: 1,
    attractiveness: 3,
    kinds: ['alueellinen ETNO', 'ETNOn jaosto'],
    tags: ['etno'],
  },
  political: {
    weight: 8,
    attractiveness: 1,
    kinds: ['puolueen paikallisyhdistys', 'valtuustoryhmä', 'valitsijayhdistys'],
    tags: ['puolue'],
  },
  religious: {
    weight: 7,
    attractiveness: 2,
    kinds: [
      'luterilainen seurakunta',
      'ortodoksinen seurakunta',
      'moskeijayhdistys',
      'vapaakirkko',
    ],
    tags: ['seurakunta', 'diakonia'],
  },
  community: {
    weight: 12,
    attractiveness: 1,
    kinds: ['kyläyhdistys', 'asukasyhdistys', 'urheiluseura', 'kohtaamispaikka'],
    tags: ['kylät', 'urheilu', 'kohtaamispaikka'],
  },
  media: {
    weight: 4,
    attractiveness: 2,
    kinds: ['paikallislehti', 'paikallisradio', 'verkkomedia'],
    tags: ['media'],
  },
  education: {
    weight: 10,
    attractiveness: 2,
    kinds: ['peruskoulu', 'lukio', 'ammatillinen oppilaitos', 'kansalaisopisto'],
    tags: ['koulutus', 'suomen_kieli'],
  },
  ngo: {
    weight: 22,
    attractiveness: 2,
    kinds: [
      'maahanmuuttajayhdistys',
      'monikulttuurikeskus',
      'ystävätoiminta',
      'rasisminvastainen järjestö',
      'sovittelujärjestö',
    ],
    tags: ['vapaaehtoistoiminta', 'anti_racism', 'mediation'],
  },
  employer: {
    weight: 14,
    attractiveness: 1,
    kinds: ['hoivayritys', 'teollisuusyritys', 'matkailuyritys', 'palveluyritys'],
    tags: ['ulkomainen_työvoima', 'kausityö'],
  },
  labour_market: {
    weight: 4,
    attractiveness: 2,
    kinds: ['ammattiosasto', 'yrittäjäyhdistys', 'työnantajayhdistys'],
    tags: ['ammattiliitto', 'yrittäjät'],
  },
};
