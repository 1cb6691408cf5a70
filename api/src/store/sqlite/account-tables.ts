import type { SessionRecord, UserFields, UserRecord } from '../account-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from '../store-errors';
import type { StatementCache } from './statement-cache';

const USER_COLUMNS = `
  id, email, name, role, regions, password_hash AS passwordHash, disabled,
  created_at AS createdAt, updated_at AS updatedAt, version`;

const SESSION_COLUMNS =
  'id, user_id AS userId, created_at AS createdAt, last_seen_at AS lastSeenAt';

const ACCOUNT_SQL = {
  countUsers: 'SELECT count(*) AS n FROM users',
  listUsers: `SELECT ${USER_COLUMNS} FROM users ORDER BY email`,
  userById: `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`,
  userByEmail: `SELECT ${USER_COLUMNS} FROM users WHERE email = ?`,
  insertUser: `
    INSERT INTO users (id, email, name, role, regions, password_hash, disabled, created_at, updated_at, version)
    VALUES (@id, @email, @name, @role, @regions, @passwordHash, @disabled, @now, @now, 1)`,
  updateUser: `
    UPDATE users SET
      email = @email, name = @name, role = @role, regions = @regions,
      password_hash = @passwordHash, disabled = @disabled, updated_at = @now, version = version + 1
    WHERE id = @id AND version = @expectedVersion`,
  deleteUser: 'DELETE FROM users WHERE id = @id AND version = @expectedVersion',
  insertSession: `
    INSERT INTO sessions (id, user_id, created_at, last_seen_at)
    VALUES (@id, @userId, @createdAt, @lastSeenAt)`,
  sessionById: `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`,
  touchSession: 'UPDATE sessions SET last_seen_at = @lastSeenAt WHERE id = @id',
  deleteSession: 'DELETE FROM sessions WHERE id = ?',
  deleteSessionsOfUser: 'DELETE FROM sessions WHERE user_id = ?',
  deleteExpiredSessions: `
    DELETE FROM sessions WHERE last_seen_at < @lastSeenBefore OR created_at < @createdBefore`,
} as const;

interface UserRow extends Omit<UserRecord, 'regions' | 'disabled'> {
  regions: string;
  disabled: number;
}

/**
 * The AccountStore half of the SQLite adapter. Synchronous; SqliteGraphStore runs each write
 * in its own transaction (one that leaves the revision alone).
 */
export class AccountTables {
  constructor(private readonly sql: StatementCache) {}

  countUsers(): number {
    return this.sql.one<{ n: number }>(ACCOUNT_SQL.countUsers).n;
  }

  listUsers(): UserRecord[] {
    return this.sql.all<UserRow>(ACCOUNT_SQL.listUsers).map(userFromRow);
  }

  getUser(id: string): UserRecord | null {
    const row = this.sql.get<UserRow>(ACCOUNT_SQL.userById, id);
    return row ? userFromRow(row) : null;
  }

  getUserByEmail(email: string): UserRecord | null {
    const row = this.sql.get<UserRow>(ACCOUNT_SQL.userByEmail, email);
    return row ? userFromRow(row) : null;
  }

  createUser(id: string, fields: UserFields, now: string): UserRecord {
    if (this.getUserByEmail(fields.email)) throw new DuplicateError('User', 'email', fields.email);
    this.sql.run(ACCOUNT_SQL.insertUser, { id, now, ...userParams(fields) });
    return this.getUser(id)!;
  }

  updateUser(id: string, expectedVersion: number, fields: UserFields, now: string): UserRecord {
    const holder = this.getUserByEmail(fields.email);
    if (holder && holder.id !== id) throw new DuplicateError('User', 'email', fields.email);
    const params = { id, expectedVersion, now, ...userParams(fields) };
    if (this.sql.run(ACCOUNT_SQL.updateUser, params).changes === 0) {
      this.refuse(id, expectedVersion);
    }
    return this.getUser(id)!;
  }

  deleteUser(id: string, expectedVersion: number): void {
    // Sessions go with the user: ON DELETE CASCADE.
    if (this.sql.run(ACCOUNT_SQL.deleteUser, { id, expectedVersion }).changes === 0) {
      this.refuse(id, expectedVersion);
    }
  }

  createSession(session: SessionRecord): void {
    if (!this.getUser(session.userId)) throw new MissingReferenceError('userId', session.userId);
    this.sql.run(ACCOUNT_SQL.insertSession, { ...session });
  }

  getSession(id: string): SessionRecord | null {
    return this.sql.get<SessionRecord>(ACCOUNT_SQL.sessionById, id) ?? null;
  }

  touchSession(id: string, lastSeenAt: string): void {
    this.sql.run(ACCOUNT_SQL.touchSession, { id, lastSeenAt });
  }

  deleteSession(id: string): void {
    this.sql.run(ACCOUNT_SQL.deleteSession, id);
  }

  deleteSessionsOfUser(userId: string): number {
    return this.sql.run(ACCOUNT_SQL.deleteSessionsOfUser, userId).changes;
  }

  deleteExpiredSessions(lastSeenBefore: string, createdBefore: string): number {
    return this.sql.run(ACCOUNT_SQL.deleteExpiredSessions, { lastSeenBefore, createdBefore })
      .changes;
  }

  private refuse(id: string, expectedVersion: number): never {
    const current = this.getUser(id);
    if (!current) throw new NotFoundError('User', id);
    throw new VersionConflictError('User', id, expectedVersion, current.version);
  }
}

function userParams(fields: UserFields) {
  return {
    email: fields.email,
    name: fields.name,
    role: fields.role,
    regions: fields.regions === 'all' ? 'all' : JSON.stringify(fields.regions),
    passwordHash: fields.passwordHash,
    disabled: fields.disabled ? 1 : 0,
  };
}

function userFromRow(row: UserRow): UserRecord {
  return {
    ...row,
    regions: row.regions === 'all' ? 'all' : (JSON.parse(row.regions) as string[]),
    disabled: row.disabled === 1,
  };
}
