import type { ImportSummary } from '../store/graph-store';

/** One problem in one cell (or one row, or one file) of an import. */
export interface ImportIssue {
  file: string;
  /** 1-based line in the file where the row starts; null for a problem with the whole file. */
  line: number | null;
  column: string | null;
  rule: string;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  /** Data rows read from each file. */
  rows: { actors: number; persons: number; relationships: number };
  /** What was written: null when nothing was (a dry run, or an import with issues). */
  summary: ImportSummary | null;
  issues: ImportIssue[];
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `Read ${report.rows.actors} actors, ${report.rows.persons} persons, ` +
      `${report.rows.relationships} relationships.`,
  ];
  if (!report.ok) {
    lines.push(`Nothing was imported: ${report.issues.length} problem(s).`);
    for (const i of report.issues) {
      const where = [i.file, i.line !== null ? `line ${i.line}` : null, i.column]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${where}: ${i.message} [${i.rule}]`);
    }
  } else if (report.dryRun) {
    lines.push('Dry run: the files are valid; nothing was written.');
  } else if (report.summary) {
    for (const [kind, c] of Object.entries(report.summary)) {
      lines.push(`  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
    }
  }
  return lines.join('\n');
}
