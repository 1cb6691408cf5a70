import type { ProfileRecord } from '../profile-store';
import { DuplicateError, NotFoundError, VersionConflictError } from '../store-errors';
import type { StatementCache } from './statement-cache';

const COLUMNS = 'id, definition, created_at AS createdAt, updated_at AS updatedAt, version';

const PROFILE_SQL = {
  list: `SELECT ${COLUMNS} FROM profiles ORDER BY id`,
  byId: `SELECT ${COLUMNS} FROM profiles WHERE id = ?`,
  insert: `
    INSERT INTO profiles (id, definition, created_at, updated_at, version)
    VALUES (@id, @definition, @now, @now, 1)`,
  update: `
    UPDATE profiles SET definition = @definition, updated_at = @now, version = version + 1
    WHERE id = @id AND version = @expectedVersion`,
  delete: `DELETE FROM profiles WHERE id = @id AND version = @expectedVersion`,
} as const;

/**
 * The ProfileStore half of the SQLite adapter. Synchronous, and always called inside the
 * transaction SqliteGraphStore opens.
 */
export class ProfileTables {
  constructor(private readonly sql: StatementCache) {}

  list(): ProfileRecord[] {
    return this.sql.all<ProfileRecord>(PROFILE_SQL.list);
  }

  get(id: string): ProfileRecord | null {
    return this.sql.get<ProfileRecord>(PROFILE_SQL.byId, id) ?? null;
  }

  create(id: string, definition: string, now: string): ProfileRecord {
    if (this.get(id)) throw new DuplicateError('Profile', 'id', id);
    this.sql.run(PROFILE_SQL.insert, { id, definition, now });
    return this.get(id)!;
  }

  update(id: string, expectedVersion: number, definition: string, now: string): ProfileRecord {
    const { changes } = this.sql.run(PROFILE_SQL.update, { id, definition, now, expectedVersion });
    if (changes === 0) this.refuse(id, expectedVersion);
    return this.get(id)!;
  }

  delete(id: string, expectedVersion: number): void {
    const { changes } = this.sql.run(PROFILE_SQL.delete, { id, expectedVersion });
    if (changes === 0) this.refuse(id, expectedVersion);
  }

  /** The version-checked write changed nothing: say why. */
  private refuse(id: string, expectedVersion: number): never {
    const current = this.get(id);
    if (!current) throw new NotFoundError('Profile', id);
    throw new VersionConflictError('Profile', id, expectedVersion, current.version);
  }
}
