/**
 * The spreadsheet format Verkosto imports: three CSV files, UTF-8 (a BOM is fine),
 * comma-separated, RFC 4180 quoting, lists inside a cell separated by ";".
 */
export const IMPORT_FILES = {
  actors: {
    file: 'actors.csv',
    required: true,
    columns: [
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
  },
  persons: {
    file: 'persons.csv',
    required: false,
    columns: ['id', 'actor_id', 'name', 'title', 'email', 'phone', 'legal_basis', 'source'],
    /** A file without it keeps the stored review dates. */
    optionalColumns: ['review_date'],
  },
  relationships: {
    file: 'relationships.csv',
    required: false,
    columns: ['source_id', 'target_id', 'type', 'strength', 'since', 'note'],
  },
} as const;

export type ImportFileKind = keyof typeof IMPORT_FILES;

export const LIST_SEPARATOR = ';';

/** The files of one import, as bytes; persons and relationships may be absent. */
export type ImportFiles = { actors: Buffer } & Partial<Record<'persons' | 'relationships', Buffer>>;
