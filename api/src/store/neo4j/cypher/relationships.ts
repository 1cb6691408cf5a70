import { isSymmetric, RELATIONSHIP_TYPES } from '../../../domain/relationship-types';
import { ANY_TIE_TYPE, perRelationshipType, statement } from './statement';

/**
 * Ties between actors: (:Actor)-[:TYPE {id, strength, since, note, ...}]->(:Actor), the type
 * taken from the allow-list. A symmetric tie is stored once, in the direction it was first
 * given; it is matched in either direction.
 */

/** Returned by every statement that reads a tie `r` from `s` to `t`. */
const TIE = 'r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie';

export const RELATIONSHIP = {
  /**
   * A relationship index serves one type only, so the id is looked up per type, in one
   * UNION ALL, each branch on its own index (the type's uniqueness constraint).
   */
  byId: statement(
    'relationship.byId',
    ['id'],
    RELATIONSHIP_TYPES.map(
      (type) => `
MATCH (s:Actor)-[r:${type} {id: $id}]->(t:Actor)
RETURN ${TIE}`,
    ).join('\nUNION ALL'),
  ),

  /** DISTINCT, as an undirected pattern would meet a tie from an actor to itself twice. */
  byActor: statement(
    'relationship.byActor',
    ['actorId'],
    `
MATCH (:Actor {id: $actorId})-[r:${ANY_TIE_TYPE}]-(:Actor)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN ${TIE}
`,
  ),

  all: statement(
    'relationship.all',
    [],
    `
MATCH (s:Actor)-[r:${ANY_TIE_TYPE}]->(t:Actor)
RETURN ${TIE}
`,
  ),

  /** Ties with at least one end among the ids; UNION drops the ties with both. */
  touching: statement(
    'relationship.touching',
    ['ids'],
    `
MATCH (s:Actor)-[r:${ANY_TIE_TYPE}]->(t:Actor)
WHERE s.id IN $ids
RETURN ${TIE}
UNION
MATCH (s:Actor)-[r:${ANY_TIE_TYPE}]->(t:Actor)
WHERE t.id IN $ids
RETURN ${TIE}
`,
  ),

  /**
   * Another tie of the type between the two actors: in either direction for a symmetric
   * type, only from source to target for a directed one. The tie with `$id` itself is not
   * another tie, so a retried create does not count its own committed write.
   */
  otherBetween: perRelationshipType((type) =>
    statement(
      `relationship.otherBetween.${type}`,
      ['sourceId', 'targetId', 'id'],
      `
MATCH (:Actor {id: $sourceId})-[r:${type}]-${isSymmetric(type) ? '' : '>'}(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1
`,
    ),
  ),

  /** MERGE on the id chosen before the transaction: a retried commit creates no second tie. */
  create: perRelationshipType((type) =>
    statement(
      `relationship.create.${type}`,
      ['sourceId', 'targetId', 'id', 'fields', 'now', 'writeId'],
      `
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:${type} {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN ${TIE}
`,
    ),
  ),

  update: perRelationshipType((type) =>
    statement(
      `relationship.update.${type}`,
      ['id', 'expectedVersion', 'fields', 'now', 'writeId'],
      `
MATCH (s:Actor)-[r:${type} {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN ${TIE}
`,
    ),
  ),

  delete: perRelationshipType((type) =>
    statement(
      `relationship.delete.${type}`,
      ['id', 'expectedVersion'],
      `
MATCH (:Actor)-[r:${type} {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted
`,
    ),
  ),
};
