import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Backup and restore of the embedded store's file. This is file-level work on the SQLite
 * adapter's database, so it talks to better-sqlite3 directly, like the adapter itself.
 */

export interface StoreFileSummary {
  actors: number;
  persons: number;
  relationships: number;
  /** The store's write counter: every committed write adds one. */
  revision: number;
}

/** A file that is no usable Verkosto store, or a store that is in use; the message says which. */
export class StoreFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFileError';
  }
}

/** Opens a store file (never creating one), checks its integrity and counts its records. */
export function inspectStoreFile(path: string): StoreFileSummary {
  const db = openExisting(path);
  try {
    return inspect(db, path);
  } finally {
    db.close();
  }
}

/**
 * Copies the store at `source` to a new file `target` with SQLite's online backup API while
 * Verkosto may go on writing. All pages go in one step, that is in one read transaction: the
 * copy is the store as of one commit (WAL lets the writers go on meanwhile). In smaller steps
 * SQLite would restart the copy after every write of another process, and under steady
 * writes might never finish. The copy is written under a temporary name and renamed when it
 * has passed the integrity check, so a file named `target` is always a whole backup. Its
 * folder is created if need be.
 */
export async function backupStoreFile(source: string, target: string): Promise<StoreFileSummary> {
  if (existsSync(target)) {
    throw new StoreFileError(`${target} exists already; choose a new file for the backup.`);
  }
  const db = openExisting(source);
  const partial = `${target}.partial-${process.pid}`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    await db.backup(partial, { progress: () => ALL_PAGES }).catch((error: unknown) => {
      throw new StoreFileError(`Cannot write the backup to ${target}: ${reason(error)}.`);
    });
    const summary = inspectStoreFile(partial);
    renameSync(partial, target);
    return summary;
  } finally {
    db.close();
    rmSync(partial, { force: true });
  }
}

export interface RestoreResult extends StoreFileSummary {
  /** Where the store that was replaced is kept; null when there was none. */
  previous: string | null;
}

/**
 * Replaces the store at `live` with the backup. Refuses while any process has the store
 * open (SQLite cannot tell a reader it has been swapped out); the store it replaces is
 * kept next to it as `<live>.before-restore-<time>`, so a wrong restore can be undone.
 */
export async function restoreStoreFile(backup: string, live: string): Promise<RestoreResult> {
  const summary = inspectStoreFile(backup);
  const previous = existsSync(live) ? setAside(live) : null;
  const source = openExisting(backup);
  const incoming = `${live}.restoring-${process.pid}`;
  try {
    await source.backup(incoming, { progress: () => ALL_PAGES });
    renameSync(incoming, live);
  } finally {
    source.close();
    rmSync(incoming, { force: true });
  }
  return { ...summary, previous };
}

/** sqlite3_backup_step's page count for "everything in this step" (better-sqlite3's maximum). */
const ALL_PAGES = 0x7fffffff;

function openExisting(path: string): Database.Database {
  try {
    return new Database(path, { fileMustExist: true, timeout: 5_000 });
  } catch (error) {
    throw new StoreFileError(`Cannot open ${path}: ${reason(error)}.`);
  }
}

function inspect(db: Database.Database, path: string): StoreFileSummary {
  let problems: string[];
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  } catch (error) {
    throw new StoreFileError(`${path} is not a readable SQLite database: ${reason(error)}.`);
  }
  if (problems.length > 0) {
    throw new StoreFileError(
      `${path} fails SQLite's integrity check: ${problems.slice(0, 3).join('; ')}`,
    );
  }
  const hasMeta = db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'`)
    .get();
  if (!hasMeta) throw new StoreFileError(`${path} is not a Verkosto store (it has no meta table).`);
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM persons) AS persons,
              (SELECT count(*) FROM relationships) AS relationships,
              (SELECT value FROM meta WHERE key = 'revision') AS revision`,
    )
    .get() as StoreFileSummary;
}

/**
 * Checks that no other connection has the store open, checkpoints its WAL into the file and
 * moves it aside. An exclusive lock cannot be had while another process holds the file open
 * in WAL mode, even an idle one, so this refuses while Verkosto runs on it.
 */
function setAside(live: string): string {
  const db = openExisting(live);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreFileError(
        `The store at ${live} is in use: stop Verkosto (and any running import) first, then restore again.`,
      );
    }
    throw error;
  }
  db.close();
  const aside = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(live, aside);
  // A clean close leaves no -wal; an -shm is only an index, rebuilt on the next open.
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  return aside;
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
