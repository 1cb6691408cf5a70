import type { Category, Dimension, LegalBasis, RelationshipType } from './vocabulary';

/**
 * One row of each CSV file of the import format, as the api's importer reads it.
 * Empty strings are empty cells; lists are arrays here and `;`-joined in the CSV.
 */
export interface ActorRow {
  id: string;
  name: string;
  category: Category;
  subcategory: string;
  /** Statistics Finland's 3-digit code; empty for a national body. */
  municipality_code: string;
  email: string;
  phone: string;
  website: string;
  languages: string[];
  dimensions: Dimension[];
  tags: string[];
  description: string;
}

export interface PersonRow {
  id: string;
  actor_id: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  legal_basis: LegalBasis;
  source: string;
}

export interface RelationshipRow {
  source_id: string;
  target_id: string;
  type: RelationshipType;
  strength: 1 | 2 | 3;
  /** A year ("2019"), a date ("2019-05-01") or empty. */
  since: string;
  note: string;
}

/** The contents of one import folder. */
export interface ImportRows {
  actors: ActorRow[];
  persons: PersonRow[];
  relationships: RelationshipRow[];
}

/** Header of each file, in the order the files are written. */
export const IMPORT_COLUMNS = {
  actors: [
    'id',
    'name',
    'category',
    'subcategory',
    'municipality_code',
    'email',
    'phone',
    'website',
    'languages',
    'dimensions',
    'tags',
    'description',
  ],
  persons: ['id', 'actor_id', 'name', 'title', 'email', 'phone', 'legal_basis', 'source'],
  relationships: ['source_id', 'target_id', 'type', 'strength', 'since', 'note'],
} as const satisfies Record<keyof ImportRows, readonly string[]>;

export const IMPORT_FILE_NAMES = {
  actors: 'actors.csv',
  persons: 'persons.csv',
  relationships: 'relationships.csv',
} as const satisfies Record<keyof ImportRows, string>;

export const LIST_SEPARATOR = ';';
