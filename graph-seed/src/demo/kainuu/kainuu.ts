/** Kainuu (region 18) and its eight municipalities, as in graph-seed/finland. */
export const KAINUU_REGION_CODE = '18';

export const KAINUU_MUNICIPALITIES = {
  Hyrynsalmi: '105',
  Kajaani: '205',
  Kuhmo: '290',
  Paltamo: '578',
  Puolanka: '620',
  Ristijärvi: '697',
  Sotkamo: '765',
  Suomussalmi: '777',
} as const;

export type KainuuMunicipality = keyof typeof KAINUU_MUNICIPALITIES;
