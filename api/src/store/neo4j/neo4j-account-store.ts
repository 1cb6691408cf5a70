import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../auth/principal';
import type { AccountStore, SessionRecord, UserFields, UserRecord } from '../account-store';
import { DuplicateError, MissingReferenceError } from '../store-errors';
import { SESSION, USER } from './cypher/accounts';
import { appendPendingAudit } from './neo4j-audit-store';
import type { CypherTransaction, Executor, Row } from './neo4j-executor';
import {
  propertiesIn,
  toIsoTimestamp,
  toSafeNumber,
  writeIdOf,
  type Properties,
} from './record-mapping';
import { deletedOne, missedDelete, missedUpdate } from './version-outcomes';
import { utcDateTime, wholeNumber } from './write-params';

/**
 * The AccountStore part of the Neo4j adapter. Its writes run in transactions of their own,
 * outside the revision counter (account-store.ts); ids, timestamps and writeIds are chosen
 * before the transaction, so a retried unit of work does the same thing again.
 */
export class Neo4jAccountStore implements AccountStore {
  constructor(private readonly db: Executor) {}

  async countUsers(): Promise<number> {
    const [row] = await this.db.read((tx) => tx.run(USER.count, {}));
    return toSafeNumber(row.n, 'n');
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.db.read((tx) => tx.run(USER.list, {}))).map(userOf);
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(USER.byId, { id }));
    return row ? userOf(row) : null;
  }

  async getUserByEmail(email: string): Promise<UserRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(USER.byEmail, { email }));
    return row ? userOf(row) : null;
  }

  async createUser(fields: UserFields): Promise<UserRecord> {
    const stamp = this.stamp();
    const params = { id: randomUUID(), ...userParams(fields), ...stamp };
    return this.userWrite(async (tx) => {
      const [row] = await tx.run(USER.create, params);
      if (writeIdOf(propertiesIn(row, 'user')) !== stamp.writeId) {
        throw new DuplicateError('User', 'email', fields.email);
      }
      return userOf(row);
    });
  }

  async updateUser(id: string, expectedVersion: number, fields: UserFields): Promise<UserRecord> {
    const stamp = this.stamp();
    const params = {
      id,
      expectedVersion: wholeNumber(expectedVersion),
      ...userParams(fields),
      ...stamp,
    };
    return this.userWrite(async (tx) => {
      const [holder] = await tx.run(USER.byEmail, { email: fields.email });
      if (holder && propertiesIn(holder, 'user').id !== id) {
        throw new DuplicateError('User', 'email', fields.email);
      }
      const [row] = await tx.run(USER.update, params);
      if (row) return userOf(row);
      const [current] = await tx.run(USER.byId, { id });
      return missedUpdate('User', id, expectedVersion, stamp.writeId, current, 'user', userFrom);
    });
  }

  async deleteUser(id: string, expectedVersion: number): Promise<void> {
    await this.userWrite(async (tx) => {
      const params = { id, expectedVersion: wholeNumber(expectedVersion) };
      const [row] = await tx.run(USER.delete, params);
      if (deletedOne(row)) return;
      const [current] = await tx.run(USER.byId, { id });
      missedDelete(tx, 'User', id, expectedVersion, current, 'user');
    });
  }

  async createSession(session: SessionRecord): Promise<void> {
    const params = {
      id: session.id,
      userId: session.userId,
      createdAt: utcDateTime(new Date(session.createdAt)),
      lastSeenAt: utcDateTime(new Date(session.lastSeenAt)),
    };
    await this.db.write(async (tx) => {
      const [row] = await tx.run(SESSION.create, params);
      if (!row) throw new MissingReferenceError('userId', session.userId);
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(SESSION.byId, { id }));
    return row ? sessionFrom(propertiesIn(row, 'session')) : null;
  }

  async touchSession(id: string, lastSeenAt: string): Promise<void> {
    const params = { id, lastSeenAt: utcDateTime(new Date(lastSeenAt)) };
    await this.db.write((tx) => tx.run(SESSION.touch, params));
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.write((tx) => tx.run(SESSION.delete, { id }));
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    const [row] = await this.db.write((tx) => tx.run(SESSION.deleteOfUser, { userId }));
    return toSafeNumber(row.deleted, 'deleted');
  }

  async deleteExpiredSessions(lastSeenBefore: string, createdBefore: string): Promise<number> {
    const params = {
      lastSeenBefore: utcDateTime(new Date(lastSeenBefore)),
      createdBefore: utcDateTime(new Date(createdBefore)),
    };
    const [row] = await this.db.write((tx) => tx.run(SESSION.deleteExpired, params));
    return toSafeNumber(row.deleted, 'deleted');
  }

  /** A user's change, with its audit entry when there is one (audit-context.ts). */
  private userWrite<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.db.write(async (tx) => {
      const result = await work(tx);
      await appendPendingAudit(tx, result);
      return result;
    });
  }

  private stamp() {
    return { now: utcDateTime(new Date()), writeId: randomUUID() };
  }
}

function userParams(fields: UserFields) {
  return {
    email: fields.email,
    name: fields.name,
    role: fields.role,
    regions: fields.regions === 'all' ? [] : [...fields.regions],
    allRegions: fields.regions === 'all',
    passwordHash: fields.passwordHash,
    disabled: fields.disabled,
  };
}

function userOf(row: Row): UserRecord {
  return userFrom(propertiesIn(row, 'user'));
}

export function userFrom(props: Properties): UserRecord {
  const text = (field: string): string => {
    const value = props[field];
    if (typeof value !== 'string') throw new TypeError(`User.${field} should be text`);
    return value;
  };
  const role = text('role');
  if (!ROLES.includes(role as Role)) throw new TypeError(`User.role "${role}" is not a role`);
  const regions = props.regions ?? [];
  if (!Array.isArray(regions) || regions.some((code) => typeof code !== 'string')) {
    throw new TypeError('User.regions should be a list of region codes');
  }
  const passwordHash = props.passwordHash ?? null;
  if (passwordHash !== null && typeof passwordHash !== 'string') {
    throw new TypeError('User.passwordHash should be text');
  }
  return {
    id: text('id'),
    email: text('email'),
    name: text('name'),
    role: role as Role,
    regions: props.allRegions === true ? 'all' : (regions as string[]),
    passwordHash,
    disabled: props.disabled === true,
    createdAt: toIsoTimestamp(props.createdAt, 'createdAt'),
    updatedAt: toIsoTimestamp(props.updatedAt, 'updatedAt'),
    version: toSafeNumber(props.version, 'version'),
  };
}

export function sessionFrom(props: Properties): SessionRecord {
  if (typeof props.id !== 'string' || typeof props.userId !== 'string') {
    throw new TypeError('Session.id and Session.userId should be text');
  }
  return {
    id: props.id,
    userId: props.userId,
    createdAt: toIsoTimestamp(props.createdAt, 'createdAt'),
    lastSeenAt: toIsoTimestamp(props.lastSeenAt, 'lastSeenAt'),
  };
}
