import { z } from 'zod';
import {
  actorShape,
  checkActorGeography,
  tidyActorInput,
  withDerivedRegion,
} from '../domain/actor-rules';
import { requiredText } from '../domain/field-rules';
import type { GeographyIndex } from '../domain/geography-index';
import { text } from '../domain/normalize';
import { personShape, tidyPersonInput } from '../domain/person-rules';
import { relationshipDetailsShape, relationshipTypeSchema } from '../domain/relationship-rules';
import { toIssues } from '../domain/validate';
import type { ImportActor, ImportPerson, ImportRelationship } from '../store/graph-store';
import { LIST_SEPARATOR } from './import-format';
import type { ImportIssue } from './import-report';
import type { CsvRow } from './read-csv';

/**
 * Turns CSV rows into the store's import records with the same rules the GraphQL API uses,
 * and reports each broken rule by file, line and CSV column. The schemas are flat and only
 * check (no transforms): that keeps 60,000 rows well under a second.
 */

const externalId = requiredText(100);

function list(cell: string): string[] {
  return cell === '' ? [] : cell.split(LIST_SEPARATOR);
}

/** The CSV column a field's rule speaks of: "municipalityCode" -> "municipality_code". */
const COLUMN_OF_FIELD: Record<string, string> = {
  externalId: 'id',
  actorRef: 'actor_id',
  sourceRef: 'source_id',
  targetRef: 'target_id',
};

function columnOf(path: string): string {
  const field = path.split('.')[0];
  return COLUMN_OF_FIELD[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export interface RowResult<T> {
  records: { line: number; record: T }[];
  issues: ImportIssue[];
}

function convert<T>(
  file: string,
  rows: CsvRow[],
  schema: z.ZodType<T>,
  toInput: (values: Record<string, string>) => unknown,
): RowResult<T> {
  const result: RowResult<T> = { records: [], issues: [] };
  for (const row of rows) {
    const parsed = schema.safeParse(toInput(row.values));
    if (parsed.success) {
      result.records.push({ line: row.line, record: parsed.data });
      continue;
    }
    for (const issue of toIssues(parsed.error)) {
      result.issues.push({
        file,
        line: row.line,
        column: columnOf(issue.field),
        rule: issue.rule,
        message: issue.message,
      });
    }
  }
  return result;
}

export function convertActorRows(rows: CsvRow[], geo: GeographyIndex): RowResult<ImportActor> {
  const schema = z.object({ ...actorShape, externalId }).superRefine(checkActorGeography(geo));
  const converted = convert('actors.csv', rows, schema, (v) => ({
    ...tidyActorInput({
      name: v.name,
      category: v.category,
      subcategory: v.subcategory,
      municipalityCode: v.municipality_code,
      regionCode: null,
      email: v.email,
      phone: v.phone,
      website: v.website,
      languages: list(v.languages),
      dimensions: list(v.dimensions),
      tags: list(v.tags),
      description: v.description,
    }),
    externalId: text(v.id),
  }));
  for (const row of converted.records) row.record = withDerivedRegion(row.record, geo);
  return converted;
}

export function convertPersonRows(rows: CsvRow[]): RowResult<ImportPerson> {
  const schema = z.object({ ...personShape, externalId, actorRef: requiredText(100) });
  const converted = convert('persons.csv', rows, schema, (v) => ({
    ...tidyPersonInput({
      name: v.name,
      title: v.title,
      email: v.email,
      phone: v.phone,
      legalBasis: v.legal_basis,
      source: v.source,
      reviewDate: v.review_date,
    }),
    externalId: text(v.id),
    actorRef: text(v.actor_id),
  }));
  // A file without the review_date column leaves the key out, so the stored dates stay.
  if (rows.length > 0 && !('review_date' in rows[0].values)) {
    for (const row of converted.records) delete (row.record as { reviewDate?: unknown }).reviewDate;
  }
  return converted;
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

export function convertRelationshipRows(rows: CsvRow[]): RowResult<ImportRelationship> {
  const schema = z.object({
    ...relationshipDetailsShape,
    sourceRef: requiredText(100),
    targetRef: requiredText(100),
    type: relationshipTypeSchema,
  });
  return convert('relationships.csv', rows, schema, (v) => ({
    sourceRef: text(v.source_id),
    targetRef: text(v.target_id),
    type: v.type.trim(),
    // An empty cell means the default strength; anything else must be a whole number.
    strength:
      v.strength === '' ? 2 : WHOLE_NUMBER.test(v.strength) ? Number(v.strength) : v.strength,
    since: text(v.since),
    note: text(v.note),
  }));
}
