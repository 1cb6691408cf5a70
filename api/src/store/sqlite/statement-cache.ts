import type { Database, RunResult, Statement } from 'better-sqlite3';

type Params = unknown[];

/**
 * Prepares each SQL text once and reuses the statement: preparing costs more than running
 * a small statement, which matters in a 60,000-row import. `rows`/`row` read in raw mode
 * (arrays, for the mappers in row-mapping.ts); `all`/`get` read objects keyed by column.
 */
export class StatementCache {
  private readonly objects = new Map<string, Statement<Params>>();
  private readonly arrays = new Map<string, Statement<Params>>();

  constructor(private readonly db: Database) {}

  get<T>(sql: string, ...params: Params): T | undefined {
    return this.prepare(sql, false).get(...params) as T | undefined;
  }

  /** For a statement that always returns a row (a count, a row just written). */
  one<T>(sql: string, ...params: Params): T {
    const row = this.get<T>(sql, ...params);
    if (row === undefined) throw new Error(`Expected a row from: ${sql.trim().split('\n')[0]}`);
    return row;
  }

  all<T>(sql: string, ...params: Params): T[] {
    return this.prepare(sql, false).all(...params) as T[];
  }

  row(sql: string, ...params: Params): unknown[] | undefined {
    return this.prepare(sql, true).get(...params) as unknown[] | undefined;
  }

  rows(sql: string, ...params: Params): unknown[][] {
    return this.prepare(sql, true).all(...params) as unknown[][];
  }

  run(sql: string, ...params: Params): RunResult {
    return this.prepare(sql, false).run(...params);
  }

  private prepare(sql: string, raw: boolean): Statement<Params> {
    const cache = raw ? this.arrays : this.objects;
    let statement = cache.get(sql);
    if (!statement) {
      statement = this.db.prepare<Params>(sql);
      if (raw) statement.raw(true);
      cache.set(sql, statement);
    }
    return statement;
  }
}
