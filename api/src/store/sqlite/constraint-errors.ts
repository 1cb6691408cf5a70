import Database from 'better-sqlite3';

/** True when `error` is SQLite refusing a second row with the same value of `column` ("table.column"). */
export function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.endsWith(` ${column}`)
  );
}
