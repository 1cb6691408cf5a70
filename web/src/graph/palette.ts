import type { Category, RelationshipType } from '../api/generated/graphql';

/**
 * One colour per category, from a 13-colour qualitative set chosen so neighbouring hues
 * differ in lightness too (readable for the common colour-vision deficiencies with the
 * legend). Authorities share blues, civil society greens, the rest warm hues.
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  authority_local: '#1f5fa8',
  authority_regional: '#4a90d9',
  authority_state: '#0b2e59',
  police: '#5c4db1',
  advisory_board: '#9c6ade',
  political: '#c2185b',
  religious: '#8d6e63',
  community: '#2e9d5b',
  ngo: '#7cb342',
  media: '#f2a900',
  education: '#00a3a3',
  employer: '#e0622a',
  labour_market: '#a33b20',
};

export interface EdgeTypeStyle {
  color: string;
  /** Cytoscape line-style. */
  line: 'solid' | 'dashed' | 'dotted';
  directed: boolean;
}

/**
 * Edge colours are the category hues at 70 % over white, opaque: the same look as a
 * translucent line without the per-element opacity (cheaper to style and to draw).
 */
export const EDGE_TYPE_STYLES: Readonly<Record<RelationshipType, EdgeTypeStyle>> = {
  COOPERATES_WITH: { color: '#a2abb4', line: 'solid', directed: false },
  COMMUNICATES_WITH: { color: '#b8c0c8', line: 'dashed', directed: false },
  MEMBER_OF: { color: '#6dba8c', line: 'solid', directed: true },
  FUNDS: { color: '#e9916a', line: 'solid', directed: true },
  PART_OF: { color: '#628fc2', line: 'dotted', directed: true },
};

/** Line width in model units for strength 1..3. */
export const edgeWidth = (strength: number): number => [1, 1, 2.5, 4.5][strength] ?? 1;
