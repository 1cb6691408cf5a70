import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../domain/input-error';
import { IMPORT_FILES, type ImportFiles } from './import-format';

/** Reads actors.csv and, where present, persons.csv and relationships.csv from a folder. */
export function readImportFolder(folder: string): ImportFiles {
  const path = (kind: keyof typeof IMPORT_FILES) => join(folder, IMPORT_FILES[kind].file);
  if (!existsSync(path('actors'))) {
    throw InputError.single('folder', 'required', `${folder} has no actors.csv`);
  }
  const optional = (kind: 'persons' | 'relationships') =>
    existsSync(path(kind)) ? readFileSync(path(kind)) : undefined;
  return {
    actors: readFileSync(path('actors')),
    persons: optional('persons'),
    relationships: optional('relationships'),
  };
}
