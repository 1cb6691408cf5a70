import { CsvError, parse } from 'csv-parse/sync';
import type { ImportIssue } from './import-report';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted cell may span lines). */
  line: number;
  values: Record<string, string>;
}

/**
 * Reads one CSV file of an import: checks that the header names exactly the expected columns
 * (in any order), and returns every data row keyed by column. Problems become issues; the
 * rows that could be read are still returned so one report lists every problem at once.
 */
export function readCsv(
  file: string,
  bytes: Buffer,
  columns: readonly string[],
): { rows: CsvRow[]; issues: ImportIssue[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line =
      error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? null) : null;
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], issues: [{ file, line, column: null, rule: 'csv', message }] };
  }
  if (records.length === 0) {
    return {
      rows: [],
      issues: [
        {
          file,
          line: 1,
          column: null,
          rule: 'header',
          message: `has no header row; expected: ${columns.join(',')}`,
        },
      ],
    };
  }
  const header = records[0].record.map((h) => h.trim());
  const headerIssues = checkHeader(file, header, columns);
  if (headerIssues.length > 0) return { rows: [], issues: headerIssues };

  const rows: CsvRow[] = [];
  const issues: ImportIssue[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines - countNewlines(record);
    if (record.length !== header.length) {
      issues.push({
        file,
        line,
        column: null,
        rule: 'column_count',
        message: `has ${record.length} cells; the header has ${header.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = record[i]));
    rows.push({ line, values });
  }
  return { rows, issues };
}

function checkHeader(file: string, header: string[], columns: readonly string[]): ImportIssue[] {
  const issue = (column: string, rule: string, message: string): ImportIssue => ({
    file,
    line: 1,
    column,
    rule,
    message,
  });
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  return [
    ...missing.map((c) => issue(c, 'header', `column "${c}" is missing from the header`)),
    ...unknown.map((c) =>
      issue(c, 'header', `column "${c}" is not part of the format (${columns.join(',')})`),
    ),
    ...repeated.map((c) => issue(c, 'header', `column "${c}" appears twice`)),
  ];
}

function countNewlines(record: string[]): number {
  let n = 0;
  for (const cell of record) if (cell.includes('\n')) n += cell.split('\n').length - 1;
  return n;
}
