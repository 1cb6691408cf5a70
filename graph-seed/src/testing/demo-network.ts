import { readImportRecords, type CsvRecords } from '../csv/read-import-records';
import { DEMO_KAINUU_DIR } from '../demo/kainuu/demo-dir';
import { adjacency, type Adjacency } from './graph';

/** The committed demo CSV files as the importer reads them, with lookups for tests. */
export interface DemoNetwork {
  actors: CsvRecords;
  persons: CsvRecords;
  relationships: CsvRecords;
  actor: (id: string) => Record<string, string>;
  graph: Adjacency;
  tags: (a: Record<string, string>) => string[];
}

export function loadDemoNetwork(): DemoNetwork {
  const { actors, persons, relationships } = readImportRecords(DEMO_KAINUU_DIR);
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    actors,
    persons,
    relationships,
    actor: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no demo actor ${id}`);
      return found;
    },
    graph: adjacency(
      actors.map((a) => a.id),
      relationships as { source_id: string; target_id: string }[],
    ),
    tags: (a) => (a.tags === '' ? [] : a.tags.split(';')),
  };
}
