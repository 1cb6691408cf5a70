import { CATEGORIES, type Category } from '@verkosto/graph-seed';

/**
 * The 13 kinds of actor the register knows; the order is the order of the legend in the UI.
 * The list itself lives in graph-seed, the lowest package, so the demo data, the generator
 * and the API cannot drift apart.
 */
export { CATEGORIES, type Category };

export interface Labels {
  fi: string;
  sv: string;
  en: string;
}

export const CATEGORY_LABELS: Record<Category, Labels> = {
  authority_local: {
    fi: 'Kunnan viranomainen',
    sv: 'Kommunal myndighet',
    en: 'Local authority',
  },
  authority_regional: {
    fi: 'Alueellinen viranomainen',
    sv: 'Regional myndighet',
    en: 'Regional authority',
  },
  authority_state: { fi: 'Valtion viranomainen', sv: 'Statlig myndighet', en: 'State authority' },
  police: { fi: 'Poliisi', sv: 'Polisen', en: 'Police' },
  advisory_board: {
    fi: 'Etnisten suhteiden neuvottelukunta (ETNO)',
    sv: 'Delegationen för etniska relationer (ETNO)',
    en: 'Advisory board for ethnic relations (ETNO)',
  },
  political: {
    fi: 'Poliittinen toimija',
    sv: 'Politisk aktör',
    en: 'Political actor',
  },
  religious: {
    fi: 'Uskonnollinen yhteisö',
    sv: 'Religiöst samfund',
    en: 'Religious community',
  },
  community: { fi: 'Muu yhteisö', sv: 'Annan gemenskap', en: 'Other community' },
  media: { fi: 'Media', sv: 'Media', en: 'Media' },
  education: {
    fi: 'Oppilaitos tai koulutus',
    sv: 'Läroanstalt eller utbildning',
    en: 'Education',
  },
  ngo: { fi: 'Järjestö', sv: 'Organisation', en: 'NGO' },
  employer: { fi: 'Työnantaja', sv: 'Arbetsgivare', en: 'Employer' },
  labour_market: {
    fi: 'Ammatti- tai työnantajaliitto',
    sv: 'Fackförbund eller arbetsgivarförbund',
    en: 'Trade union or employer organisation',
  },
};

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
