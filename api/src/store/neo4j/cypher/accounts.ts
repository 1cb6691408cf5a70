import { statement } from './statement';

const USER_FIELDS = ['email', 'name', 'role', 'regions', 'allRegions', 'passwordHash', 'disabled'];

/**
 * Accounts and sessions: (:User {id, email, ...}) and (:Session {id, userId, ...}). A session
 * keeps its user's id as a property, not an edge: it is only ever looked up by its own id.
 * None of these statements advance the revision (account-store.ts says why).
 */
export const USER = {
  count: statement('user.count', [], 'MATCH (u:User) RETURN count(u) AS n'),

  list: statement(
    'user.list',
    [],
    `
MATCH (u:User)
RETURN u {.*} AS user
ORDER BY u.email
`,
  ),

  byId: statement('user.byId', ['id'], 'MATCH (u:User {id: $id}) RETURN u {.*} AS user'),

  byEmail: statement(
    'user.byEmail',
    ['email'],
    'MATCH (u:User {email: $email}) RETURN u {.*} AS user',
  ),

  /** A taken address returns its holder untouched: the writeId tells a taken one from a retry. */
  create: statement(
    'user.create',
    ['id', ...USER_FIELDS, 'now', 'writeId'],
    `
MERGE (u:User {email: $email})
ON CREATE SET
  u.id = $id,
  u.name = $name,
  u.role = $role,
  u.regions = $regions,
  u.allRegions = $allRegions,
  u.passwordHash = $passwordHash,
  u.disabled = $disabled,
  u.createdAt = $now,
  u.updatedAt = $now,
  u.version = 1,
  u.writeId = $writeId
RETURN u {.*} AS user
`,
  ),

  update: statement(
    'user.update',
    ['id', 'expectedVersion', ...USER_FIELDS, 'now', 'writeId'],
    `
MATCH (u:User {id: $id})
WHERE u.version = $expectedVersion
SET
  u.email = $email,
  u.name = $name,
  u.role = $role,
  u.regions = $regions,
  u.allRegions = $allRegions,
  u.passwordHash = $passwordHash,
  u.disabled = $disabled,
  u.updatedAt = $now,
  u.version = u.version + 1,
  u.writeId = $writeId
RETURN u {.*} AS user
`,
  ),

  delete: statement(
    'user.delete',
    ['id', 'expectedVersion'],
    `
MATCH (u:User {id: $id})
WHERE u.version = $expectedVersion
OPTIONAL MATCH (s:Session {userId: $id})
DELETE s
WITH DISTINCT u
DELETE u
RETURN count(*) AS deleted
`,
  ),
};

export const SESSION = {
  /** Matches the user first, so a session for a missing user writes nothing and returns no row. */
  create: statement(
    'session.create',
    ['id', 'userId', 'createdAt', 'lastSeenAt'],
    `
MATCH (u:User {id: $userId})
MERGE (s:Session {id: $id})
ON CREATE SET
  s.userId = u.id,
  s.createdAt = $createdAt,
  s.lastSeenAt = $lastSeenAt
RETURN s.id AS id
`,
  ),

  byId: statement('session.byId', ['id'], 'MATCH (s:Session {id: $id}) RETURN s {.*} AS session'),

  touch: statement(
    'session.touch',
    ['id', 'lastSeenAt'],
    'MATCH (s:Session {id: $id}) SET s.lastSeenAt = $lastSeenAt',
  ),

  delete: statement('session.delete', ['id'], 'MATCH (s:Session {id: $id}) DELETE s'),

  deleteOfUser: statement(
    'session.deleteOfUser',
    ['userId'],
    `
MATCH (s:Session {userId: $userId})
DELETE s
RETURN count(*) AS deleted
`,
  ),

  deleteExpired: statement(
    'session.deleteExpired',
    ['lastSeenBefore', 'createdBefore'],
    `
MATCH (s:Session)
WHERE s.lastSeenAt < $lastSeenBefore OR s.createdAt < $createdBefore
DELETE s
RETURN count(*) AS deleted
`,
  ),
};
