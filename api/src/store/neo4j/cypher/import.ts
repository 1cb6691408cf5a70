import { isSymmetric } from '../../../domain/relationship-types';
import { perRelationshipType, statement } from './statement';

/**
 * The statements of applyImport. The import reads what is stored under the batch's keys,
 * decides in memory what is new, changed or unchanged (import-plan.ts), and writes only new
 * and changed records, a whole kind at a time with UNWIND. Each write returns how many rows
 * it wrote, so the store can check that it wrote as many as it planned.
 */
export const IMPORT = {
  actorsByExternalId: statement(
    'import.actorsByExternalId',
    ['externalIds'],
    `
UNWIND $externalIds AS externalId
MATCH (a:Actor {externalId: externalId})
RETURN a {.*} AS actor
`,
  ),

  createActors: statement(
    'import.createActors',
    ['rows', 'now', 'writeId'],
    `
UNWIND $rows AS row
CREATE (a:Actor {
  id: row.id,
  externalId: row.externalId,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
})
SET a += row.fields
RETURN count(*) AS written
`,
  ),

  updateActors: statement(
    'import.updateActors',
    ['rows', 'now', 'writeId'],
    `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET
  a += row.fields,
  a.updatedAt = $now,
  a.version = a.version + 1,
  a.writeId = $writeId
RETURN count(*) AS written
`,
  ),

  personsByExternalId: statement(
    'import.personsByExternalId',
    ['externalIds'],
    `
UNWIND $externalIds AS externalId
MATCH (p:Person {externalId: externalId})-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  createPersons: statement(
    'import.createPersons',
    ['rows', 'now', 'writeId'],
    `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
CREATE (p:Person {
  id: row.id,
  externalId: row.externalId,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
})-[:CONTACT_OF]->(a)
SET p += row.fields
RETURN count(*) AS written
`,
  ),

  updatePersons: statement(
    'import.updatePersons',
    ['rows', 'now', 'writeId'],
    `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (a:Actor {id: row.actorId})
OPTIONAL MATCH (p)-[old:CONTACT_OF]->(other:Actor)
WHERE other <> a
WITH p, a, row, collect(old) AS oldEdges
FOREACH (edge IN oldEdges | DELETE edge)
MERGE (p)-[:CONTACT_OF]->(a)
SET
  p += row.fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN count(*) AS written
`,
  ),

  /** The stored tie for each pair of ends, in either direction for a symmetric type. */
  tiesBetween: perRelationshipType((type) =>
    statement(
      `import.tiesBetween.${type}`,
      ['pairs'],
      `
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:${type}]-${isSymmetric(type) ? '' : '>'}(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
`,
    ),
  ),

  createTies: perRelationshipType((type) =>
    statement(
      `import.createTies.${type}`,
      ['rows', 'now', 'writeId'],
      `
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:${type} {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written
`,
    ),
  ),

  updateTies: perRelationshipType((type) =>
    statement(
      `import.updateTies.${type}`,
      ['rows', 'now', 'writeId'],
      `
UNWIND $rows AS row
MATCH (:Actor)-[r:${type} {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written
`,
    ),
  ),
};
