import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { IMPORT_FILE_NAMES, type ImportRows } from '../import-rows';

/** One parsed CSV file: every cell as the text it holds, keyed by its header. */
export type CsvRecords = Record<string, string>[];

export type ImportRecords = Record<keyof ImportRows, CsvRecords>;

export function parseCsv(text: string | Buffer): CsvRecords {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRecords;
}

/**
 * Reads an import folder back as plain cell text, the way the importer sees it before its
 * own validation. For tests and tools; a missing optional file reads as no rows.
 */
export function readImportRecords(folder: string): ImportRecords {
  const read = (kind: keyof ImportRows): CsvRecords => {
    const path = join(folder, IMPORT_FILE_NAMES[kind]);
    return existsSync(path) ? parseCsv(readFileSync(path)) : [];
  };
  return { actors: read('actors'), persons: read('persons'), relationships: read('relationships') };
}
