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
  optionalColumns: readonly string[] = [],
): { rows: CsvRow[]; issues: ImportIssue[] } {
  let records: string[][];
  try {
    // Line numbers are counted here rather than with csv-parse's `info`, which doubled the
    // parse time; empty lines are kept so the count stays exact, and skipped below.
    records = parse(bytes, { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const line =
      error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? null) : null;
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], issues: [{ file, line, column: null, rule: 'csv', message }] };
  }
  let line = 1;
  let first = 0;
  while (first < records.length && isEmpty(records[first])) {
    first++;
    line++;
  }
  if (first === records.length) {
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
  const header = records[first].map((h) => h.trim());
  const headerIssues = checkHeader(file, header, columns, optionalColumns, line);
  if (headerIssues.length > 0) return { rows: [], issues: headerIssues };
  line += 1 + countNewlines(records[first]);

  const rows: CsvRow[] = [];
  const issues: ImportIssue[] = [];
  for (let i = first + 1; i < records.length; i++) {
    const record = records[i];
    const start = line;
    line += 1 + countNewlines(record);
    if (isEmpty(record)) continue;
    if (record.length !== header.length) {
      issues.push({
        file,
        line: start,
        column: null,
        rule: 'column_count',
        message: `has ${record.length} cells; the header has ${header.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) values[header[c]] = record[c];
    rows.push({ line: start, values });
  }
  return { rows, issues };
}

function isEmpty(record: string[]): boolean {
  return record.length === 1 && record[0] === '';
}

function checkHeader(
  file: string,
  header: string[],
  columns: readonly string[],
  optionalColumns: readonly string[],
  line: number,
): ImportIssue[] {
  const issue = (column: string, rule: string, message: string): ImportIssue => ({
    file,
    line,
    column,
    rule,
    message,
  });
  const missing = columns.filter((c) => !header.includes(c));
  const known = [...columns, ...optionalColumns];
  const unknown = header.filter((h) => !known.includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  return [
    ...missing.map((c) => issue(c, 'header', `column "${c}" is missing from the header`)),
    ...unknown.map((c) =>
      issue(c, 'header', `column "${c}" is not part of the format (${known.join(',')})`),
    ),
    ...repeated.map((c) => issue(c, 'header', `column "${c}" appears twice`)),
  ];
}

function countNewlines(record: string[]): number {
  let n = 0;
  for (const cell of record) if (cell.includes('\n')) n += cell.split('\n').length - 1;
  return n;
}
