import { Inject, Injectable } from '@nestjs/common';
import { isSymmetric } from '../domain/relationship-types';
import { GeographyService } from '../geography/geography.service';
import {
  GRAPH_STORE,
  type GraphStore,
  type ImportActor,
  type ImportBatch,
  type ImportPerson,
  type ImportRelationship,
} from '../store/graph-store';
import { IMPORT_FILES, type ImportFiles } from './import-format';
import type { ImportIssue, ImportReport } from './import-report';
import { convertActorRows, convertPersonRows, convertRelationshipRows } from './import-rows';
import { readCsv, type CsvRow } from './read-csv';

export interface ImportOptions {
  dryRun?: boolean;
}

/**
 * Validates a whole import and then writes it in one store transaction, or writes nothing:
 * any bad row anywhere rejects the import with a report of every problem found.
 */
@Injectable()
export class ImportService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
  ) {}

  async run(files: ImportFiles, options: ImportOptions = {}): Promise<ImportReport> {
    const dryRun = options.dryRun ?? false;
    const issues: ImportIssue[] = [];
    const read = (kind: keyof typeof IMPORT_FILES): CsvRow[] => {
      const spec = IMPORT_FILES[kind];
      const bytes = files[kind];
      if (!bytes) return [];
      const optional = 'optionalColumns' in spec ? spec.optionalColumns : [];
      const result = readCsv(spec.file, bytes, spec.columns, optional);
      issues.push(...result.issues);
      return result.rows;
    };

    const actors = convertActorRows(read('actors'), await this.geography.get());
    const persons = convertPersonRows(read('persons'));
    const relationships = convertRelationshipRows(read('relationships'));
    issues.push(...actors.issues, ...persons.issues, ...relationships.issues);
    issues.push(
      ...uniqueIds(
        'actors.csv',
        actors.records.map(({ line, record }) => ({ line, id: record.externalId })),
      ),
    );
    issues.push(
      ...uniqueIds(
        'persons.csv',
        persons.records.map(({ line, record }) => ({ line, id: record.externalId })),
      ),
    );
    issues.push(...sameTieTwice(relationships.records));
    issues.push(...selfTies(relationships.records));
    issues.push(
      ...(await this.unresolvedRefs(actors.records, persons.records, relationships.records)),
    );

    const report: ImportReport = {
      ok: issues.length === 0,
      dryRun,
      rows: {
        actors: actors.records.length + countRows(actors.issues),
        persons: persons.records.length + countRows(persons.issues),
        relationships: relationships.records.length + countRows(relationships.issues),
      },
      summary: null,
      issues: issues.sort(byPlace),
    };
    if (!report.ok || dryRun) return report;

    const batch: ImportBatch = {
      actors: actors.records.map((r) => r.record),
      persons: persons.records.map((r) => r.record),
      relationships: relationships.records.map((r) => r.record),
    };
    report.summary = await this.store.applyImport(batch);
    return report;
  }

  /** References must name an actor of this import or one already in the register. */
  private async unresolvedRefs(
    actors: { record: ImportActor }[],
    persons: { line: number; record: ImportPerson }[],
    relationships: { line: number; record: ImportRelationship }[],
  ): Promise<ImportIssue[]> {
    const inFile = new Set(actors.map((a) => a.record.externalId));
    const wanted = new Set<string>();
    for (const { record } of persons) if (!inFile.has(record.actorRef)) wanted.add(record.actorRef);
    for (const { record } of relationships) {
      if (!inFile.has(record.sourceRef)) wanted.add(record.sourceRef);
      if (!inFile.has(record.targetRef)) wanted.add(record.targetRef);
    }
    const inStore = wanted.size > 0 ? await this.store.resolveActorRefs([...wanted]) : new Map();
    const known = (ref: string) => inFile.has(ref) || inStore.has(ref);
    const missing = (file: string, line: number, column: string, ref: string): ImportIssue => ({
      file,
      line,
      column,
      rule: 'exists',
      message: `refers to actor "${ref}", which is neither in actors.csv nor in the register`,
    });
    const issues: ImportIssue[] = [];
    for (const { line, record } of persons) {
      if (!known(record.actorRef))
        issues.push(missing('persons.csv', line, 'actor_id', record.actorRef));
    }
    for (const { line, record } of relationships) {
      if (!known(record.sourceRef))
        issues.push(missing('relationships.csv', line, 'source_id', record.sourceRef));
      if (!known(record.targetRef))
        issues.push(missing('relationships.csv', line, 'target_id', record.targetRef));
    }
    return issues;
  }
}

interface Keyed {
  line: number;
  key: string;
}

/** The rows whose key an earlier row already had, with that earlier row's line. */
function repeats(rows: Keyed[]): (Keyed & { firstLine: number })[] {
  const firstLine = new Map<string, number>();
  const found: (Keyed & { firstLine: number })[] = [];
  for (const row of rows) {
    const first = firstLine.get(row.key);
    if (first === undefined) firstLine.set(row.key, row.line);
    else found.push({ ...row, firstLine: first });
  }
  return found;
}

function uniqueIds(file: string, rows: { line: number; id: string }[]): ImportIssue[] {
  return repeats(rows.map(({ line, id }) => ({ line, key: id }))).map(
    ({ line, key, firstLine }) => ({
      file,
      line,
      column: 'id',
      rule: 'unique',
      message: `id "${key}" is already used on line ${firstLine}`,
    }),
  );
}

/** A symmetric tie is the same tie in either direction. */
function tieKey(r: ImportRelationship): string {
  const ends = isSymmetric(r.type) ? [r.sourceRef, r.targetRef].sort() : [r.sourceRef, r.targetRef];
  return JSON.stringify([r.type, ...ends]);
}

function sameTieTwice(rows: { line: number; record: ImportRelationship }[]): ImportIssue[] {
  const keyed = rows.map(({ line, record }) => ({ line, key: tieKey(record) }));
  return repeats(keyed).map(({ line, firstLine }) => ({
    file: 'relationships.csv',
    line,
    column: 'target_id',
    rule: 'unique',
    message: `the same tie is already on line ${firstLine}`,
  }));
}

function selfTies(rows: { line: number; record: ImportRelationship }[]): ImportIssue[] {
  return rows
    .filter(({ record }) => record.sourceRef === record.targetRef)
    .map(({ line }) => ({
      file: 'relationships.csv',
      line,
      column: 'target_id',
      rule: 'distinct',
      message: 'a tie must join two different actors',
    }));
}

function countRows(issues: ImportIssue[]): number {
  return new Set(issues.filter((i) => i.line !== null && i.rule !== 'header').map((i) => i.line))
    .size;
}

function byPlace(a: ImportIssue, b: ImportIssue): number {
  const order = ['actors.csv', 'persons.csv', 'relationships.csv'];
  return order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
