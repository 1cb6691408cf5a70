import { z } from 'zod';
import { actorFieldsSchema } from '../domain/actor-rules';
import type { GeographyIndex } from '../domain/geography-index';
import { requiredText } from '../domain/field-rules';
import { personFieldsSchema } from '../domain/person-rules';
import { relationshipDetailsSchema, relationshipTypeSchema } from '../domain/relationship-rules';
import { toIssues } from '../domain/validate';
import type { ImportActor, ImportPerson, ImportRelationship } from '../store/graph-store';
import { LIST_SEPARATOR } from './import-format';
import type { ImportIssue } from './import-report';
import type { CsvRow } from './read-csv';

/**
 * Turns CSV rows into the store's import records with the same rules the GraphQL API uses,
 * and reports each broken rule by file, line and CSV column.
 */

const externalId = requiredText(100);

function list(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Empty cells are absent values; everything else is kept literally (no formulas, no types). */
function text(cell: string): string | null {
  return cell === '' ? null : cell;
}

const REFERENCE_COLUMNS: Record<string, string> = {
  externalId: 'id',
  actorRef: 'actor_id',
  sourceRef: 'source_id',
  targetRef: 'target_id',
};

/** "fields.municipalityCode" -> "municipality_code", "fields.languages.2" -> "languages". */
function columnOf(path: string): string {
  const parts = path.split('.');
  const field = parts[0] === 'fields' || parts[0] === 'details' ? parts[1] : parts[0];
  return REFERENCE_COLUMNS[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
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
    } else {
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
  }
  return result;
}

export function convertActorRows(rows: CsvRow[], geo: GeographyIndex): RowResult<ImportActor> {
  const schema = z
    .object({ externalId, fields: actorFieldsSchema(geo) })
    .transform(({ externalId, fields }): ImportActor => ({ ...fields, externalId }));
  return convert('actors.csv', rows, schema, (v) => ({
    externalId: v.id,
    fields: {
      name: v.name,
      category: v.category,
      subcategory: text(v.subcategory),
      municipalityCode: text(v.municipality_code),
      regionCode: null,
      email: text(v.email),
      phone: text(v.phone),
      website: text(v.website),
      languages: list(v.languages),
      dimensions: list(v.dimensions),
      tags: list(v.tags),
      description: text(v.description),
    },
  }));
}

export function convertPersonRows(rows: CsvRow[]): RowResult<ImportPerson> {
  const schema = z
    .object({ externalId, actorRef: requiredText(100), fields: personFieldsSchema })
    .transform(({ externalId, actorRef, fields }): ImportPerson => ({
      ...fields,
      externalId,
      actorRef,
    }));
  return convert('persons.csv', rows, schema, (v) => ({
    externalId: v.id,
    actorRef: v.actor_id,
    fields: {
      name: v.name,
      title: text(v.title),
      email: text(v.email),
      phone: text(v.phone),
      legalBasis: v.legal_basis,
      source: text(v.source),
    },
  }));
}

export function convertRelationshipRows(rows: CsvRow[]): RowResult<ImportRelationship> {
  const schema = z
    .object({
      sourceRef: requiredText(100),
      targetRef: requiredText(100),
      type: relationshipTypeSchema,
      details: relationshipDetailsSchema,
    })
    .transform(({ details, ...rest }): ImportRelationship => ({ ...rest, ...details }));
  return convert('relationships.csv', rows, schema, (v) => ({
    sourceRef: v.source_id,
    targetRef: v.target_id,
    type: v.type,
    details: {
      // An empty cell means the default strength; anything else must be a whole number.
      strength:
        v.strength === '' ? 2 : /^\s*\d+\s*$/.test(v.strength) ? Number(v.strength) : v.strength,
      since: text(v.since),
      note: text(v.note),
    },
  }));
}
