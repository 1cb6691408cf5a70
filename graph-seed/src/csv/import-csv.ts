import { stringify } from 'csv-stringify/sync';
import {
  IMPORT_COLUMNS,
  LIST_SEPARATOR,
  type ActorRow,
  type ImportRows,
  type PersonRow,
  type RelationshipRow,
} from '../import-rows';

/** The text of the three CSV files of one import. */
export type ImportCsv = Record<keyof ImportRows, string>;

/**
 * A list cell joins its items with ";", so an item must not contain ";" itself: the
 * importer would split it into two items. Refusing here keeps the data honest.
 */
function listCell(items: readonly string[], column: string): string {
  for (const item of items) {
    if (item.includes(LIST_SEPARATOR)) {
      throw new Error(`${column}: list item "${item}" contains the separator "${LIST_SEPARATOR}"`);
    }
  }
  return items.join(LIST_SEPARATOR);
}

function actorCells(a: ActorRow): string[] {
  return [
    a.id,
    a.name,
    a.category,
    a.subcategory,
    a.municipality_code,
    a.email,
    a.phone,
    a.website,
    listCell(a.languages, 'languages'),
    listCell(a.dimensions, 'dimensions'),
    listCell(a.tags, 'tags'),
    a.description,
  ];
}

function personCells(p: PersonRow): string[] {
  return [p.id, p.actor_id, p.name, p.title, p.email, p.phone, p.legal_basis, p.source];
}

function relationshipCells(r: RelationshipRow): string[] {
  return [r.source_id, r.target_id, r.type, String(r.strength), r.since, r.note];
}

/**
 * csv-stringify quotes exactly the cells that need it (a comma, a quote, a line break) and
 * doubles inner quotes, which is RFC 4180. Lines end in "\n" so the committed demo files
 * diff cleanly; the importer reads either ending.
 */
function toCsv(columns: readonly string[], records: string[][]): string {
  return stringify([columns as string[], ...records], { record_delimiter: '\n' });
}

export function toImportCsv(rows: ImportRows): ImportCsv {
  return {
    actors: toCsv(IMPORT_COLUMNS.actors, rows.actors.map(actorCells)),
    persons: toCsv(IMPORT_COLUMNS.persons, rows.persons.map(personCells)),
    relationships: toCsv(IMPORT_COLUMNS.relationships, rows.relationships.map(relationshipCells)),
  };
}
