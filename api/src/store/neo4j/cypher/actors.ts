import { statement } from './statement';

/**
 * Actor statements. `$fields` is the map of an actor's own fields (write-params.ts): `+=`
 * sets each of them, and removes the property for a null value, so an optional field that
 * is cleared leaves no stale value behind.
 */
export const ACTOR = {
  /** The id wins over an external id, as getActor promises. */
  byRef: statement(
    'actor.byRef',
    ['ref'],
    `
OPTIONAL MATCH (byId:Actor {id: $ref})
OPTIONAL MATCH (byExternalId:Actor {externalId: $ref})
WITH coalesce(byId, byExternalId) AS a
WHERE a IS NOT NULL
RETURN a {.*} AS actor
`,
  ),

  byId: statement(
    'actor.byId',
    ['id'],
    `
MATCH (a:Actor {id: $id})
RETURN a {.*} AS actor
`,
  ),

  /** A list parameter has no length limit, unlike SQL's bound variables. */
  byIds: statement(
    'actor.byIds',
    ['ids'],
    `
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.*} AS actor
`,
  ),

  existingIds: statement(
    'actor.existingIds',
    ['ids'],
    `
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id
`,
  ),

  /** An external id wins over an id, as resolveActorRefs promises. */
  resolveRefs: statement(
    'actor.resolveRefs',
    ['refs'],
    `
UNWIND $refs AS ref
OPTIONAL MATCH (byExternalId:Actor {externalId: ref})
OPTIONAL MATCH (byId:Actor {id: ref})
WITH ref, coalesce(byExternalId.id, byId.id) AS id
WHERE id IS NOT NULL
RETURN ref, id
`,
  ),

  /**
   * MERGE on the id chosen before the transaction: if the driver retries after a commit
   * whose answer was lost, the retry finds the actor instead of creating a second one.
   */
  create: statement(
    'actor.create',
    ['id', 'externalId', 'fields', 'now', 'writeId'],
    `
MERGE (a:Actor {id: $id})
ON CREATE SET
  a += $fields,
  a.externalId = $externalId,
  a.createdAt = $now,
  a.updatedAt = $now,
  a.version = 1,
  a.writeId = $writeId
RETURN a {.*} AS actor
`,
  ),

  update: statement(
    'actor.update',
    ['id', 'expectedVersion', 'fields', 'now', 'writeId'],
    `
MATCH (a:Actor {id: $id})
WHERE a.version = $expectedVersion
SET
  a += $fields,
  a.updatedAt = $now,
  a.version = a.version + 1,
  a.writeId = $writeId
RETURN a {.*} AS actor
`,
  ),

  /** The actor goes with its contact persons and, by DETACH, every tie it is part of. */
  delete: statement(
    'actor.delete',
    ['id', 'expectedVersion'],
    `
MATCH (a:Actor {id: $id})
WHERE a.version = $expectedVersion
OPTIONAL MATCH (p:Person)-[:CONTACT_OF]->(a)
WITH a, collect(p) AS persons
FOREACH (person IN persons | DETACH DELETE person)
DETACH DELETE a
RETURN count(*) AS deleted
`,
  ),
};
