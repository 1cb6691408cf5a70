import { statement } from './statement';

/** Users' own gap-analysis profiles: (:Profile {id, definition}) with the definition as JSON text. */
export const PROFILE = {
  list: statement(
    'profile.list',
    [],
    `
MATCH (p:Profile)
RETURN p {.*} AS profile
ORDER BY p.id
`,
  ),

  byId: statement(
    'profile.byId',
    ['id'],
    `
MATCH (p:Profile {id: $id})
RETURN p {.*} AS profile
`,
  ),

  /** An existing profile is returned untouched: its writeId tells a taken id from a retry. */
  create: statement(
    'profile.create',
    ['id', 'definition', 'now', 'writeId'],
    `
MERGE (p:Profile {id: $id})
ON CREATE SET
  p.definition = $definition,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
RETURN p {.*} AS profile
`,
  ),

  update: statement(
    'profile.update',
    ['id', 'expectedVersion', 'definition', 'now', 'writeId'],
    `
MATCH (p:Profile {id: $id})
WHERE p.version = $expectedVersion
SET
  p.definition = $definition,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN p {.*} AS profile
`,
  ),

  delete: statement(
    'profile.delete',
    ['id', 'expectedVersion'],
    `
MATCH (p:Profile {id: $id})
WHERE p.version = $expectedVersion
DELETE p
RETURN count(*) AS deleted
`,
  ),
};
