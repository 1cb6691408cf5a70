import type { Role } from '../auth/principal';

/**
 * The storage port for accounts and their sessions; part of GraphStore and held to its rules
 * (graph-store.ts), with one difference: these writes do not advance the register's revision,
 * because a sign-in changes nothing a cached network or analysis depends on.
 */
export interface UserRecord {
  id: string;
  /** Trimmed and lower-cased by the service; unique. */
  email: string;
  name: string;
  role: Role;
  /** 'all', or the region codes the user may see. */
  regions: 'all' | string[];
  /** An Argon2id PHC string; null for an account that signs in only through OpenID Connect. */
  passwordHash: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type UserFields = Pick<
  UserRecord,
  'email' | 'name' | 'role' | 'regions' | 'passwordHash' | 'disabled'
>;

/**
 * A signed-in browser. `id` is a hash of the cookie's token, never the token itself, so a
 * copy of the store does not let anyone in.
 */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface AccountStore {
  countUsers(): Promise<number>;
  /** Ordered by email. */
  listUsers(): Promise<UserRecord[]>;
  getUser(id: string): Promise<UserRecord | null>;
  getUserByEmail(email: string): Promise<UserRecord | null>;
  /** DuplicateError (field `email`) when the address is taken. */
  createUser(fields: UserFields): Promise<UserRecord>;
  updateUser(id: string, expectedVersion: number, fields: UserFields): Promise<UserRecord>;
  /** Deletes the user with every session of theirs. */
  deleteUser(id: string, expectedVersion: number): Promise<void>;

  /** MissingReferenceError (field `userId`) when the user does not exist. */
  createSession(session: SessionRecord): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** Records activity; a missing session is left missing. */
  touchSession(id: string, lastSeenAt: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Ends every session of the user (a password change, a disabled account); returns how many. */
  deleteSessionsOfUser(userId: string): Promise<number>;
  /**
   * Removes sessions idle since before `lastSeenBefore` or begun before `createdBefore`;
   * returns how many.
   */
  deleteExpiredSessions(lastSeenBefore: string, createdBefore: string): Promise<number>;
}
