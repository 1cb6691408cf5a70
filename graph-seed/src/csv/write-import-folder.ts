import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_FILE_NAMES, type ImportRows } from '../import-rows';
import { toImportCsv } from './import-csv';

/** Writes actors.csv, persons.csv and relationships.csv into `folder` (created if missing). */
export function writeImportFolder(folder: string, rows: ImportRows): void {
  const csv = toImportCsv(rows);
  mkdirSync(folder, { recursive: true });
  for (const kind of ['actors', 'persons', 'relationships'] as const) {
    writeFileSync(join(folder, IMPORT_FILE_NAMES[kind]), csv[kind], 'utf8');
  }
}
