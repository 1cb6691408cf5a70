import { copyFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface StoreState {
  integrity: string;
  actors: number;
  persons: number;
  relationships: number;
  revision: number;
}

/**
 * Reads a store file the way an operator would check it, independently of the API's code:
 * SQLite's integrity check and the record counts. Safe while the API has the file open (WAL).
 */
export function checkStore(path: string): StoreState {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM persons) AS persons,
                (SELECT count(*) FROM relationships) AS relationships,
                (SELECT value FROM meta WHERE key = 'revision') AS revision`,
      )
      .get() as Omit<StoreState, 'integrity'>;
    return { integrity, ...counts };
  } finally {
    db.close();
  }
}

/** Rows that point at nothing; empty in a consistent store. */
export function foreignKeyProblems(path: string): unknown[] {
  const db = new Database(path, { fileMustExist: true });
  try {
    return db.pragma('foreign_key_check') as unknown[];
  } finally {
    db.close();
  }
}

/** Replaces `target` with a copy of a cleanly closed store file (no WAL of its own). */
export function copyStore(source: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(source, target);
}
