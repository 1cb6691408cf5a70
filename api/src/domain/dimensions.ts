import { DIMENSIONS, type Dimension } from '@verkosto/graph-seed';

/** The four components of good population relations (väestösuhteiden osa-alueet). */
export { DIMENSIONS, type Dimension };

export const DIMENSION_LABELS: Record<Dimension, { fi: string; sv: string; en: string }> = {
  attitudes: { fi: 'Asenteet', sv: 'Attityder', en: 'Attitudes' },
  safety: { fi: 'Turvallisuuden tunne', sv: 'Trygghetskänsla', en: 'Sense of safety' },
  interaction: { fi: 'Vuorovaikutus', sv: 'Interaktion', en: 'Interaction' },
  participation: { fi: 'Osallisuus', sv: 'Delaktighet', en: 'Participation' },
};
