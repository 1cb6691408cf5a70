import { statement } from './statement';

/**
 * Contact persons: (:Person)-[:CONTACT_OF]->(:Actor). The actor id of a person record is
 * read from that edge, so it cannot disagree with the graph.
 */
export const PERSON = {
  /** The id wins over an external id, as getPerson promises. */
  byRef: statement(
    'person.byRef',
    ['ref'],
    `
OPTIONAL MATCH (byId:Person {id: $ref})
OPTIONAL MATCH (byExternalId:Person {externalId: $ref})
WITH coalesce(byId, byExternalId) AS p
WHERE p IS NOT NULL
MATCH (p)-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  byId: statement(
    'person.byId',
    ['id'],
    `
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  byActor: statement(
    'person.byActor',
    ['actorId'],
    `
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor {id: $actorId})
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  dueForReview: statement(
    'person.dueForReview',
    ['before'],
    `
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor)
WHERE p.reviewDate IS NULL OR p.reviewDate < $before
RETURN p {.*, actorId: a.id} AS person
ORDER BY p.reviewDate IS NOT NULL, p.reviewDate, p.name, p.id
`,
  ),

  /** No row when the actor is missing. MERGE on the id makes a retried commit a no-op. */
  create: statement(
    'person.create',
    ['id', 'externalId', 'actorId', 'fields', 'now', 'writeId'],
    `
MATCH (a:Actor {id: $actorId})
MERGE (p:Person {id: $id})
ON CREATE SET
  p += $fields,
  p.externalId = $externalId,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
MERGE (p)-[:CONTACT_OF]->(a)
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  /**
   * No row when the person is missing, has another version, or the actor is missing; the
   * store then looks to see which. The person's other CONTACT_OF edge goes when it moves.
   */
  update: statement(
    'person.update',
    ['id', 'expectedVersion', 'actorId', 'fields', 'now', 'writeId'],
    `
MATCH (p:Person {id: $id})
WHERE p.version = $expectedVersion
MATCH (a:Actor {id: $actorId})
OPTIONAL MATCH (p)-[old:CONTACT_OF]->(other:Actor)
WHERE other <> a
WITH p, a, collect(old) AS oldEdges
FOREACH (edge IN oldEdges | DELETE edge)
MERGE (p)-[:CONTACT_OF]->(a)
SET
  p += $fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN p {.*, actorId: a.id} AS person
`,
  ),

  /**
   * The person goes with the invitations addressed to them and their speaker entries
   * (links to events that carry the person's id), and the actor's ATTENDED edges are
   * brought in line with the invitations left.
   */
  delete: statement(
    'person.delete',
    ['id', 'expectedVersion', 'attended'],
    `
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(a:Actor)
WHERE p.version = $expectedVersion
OPTIONAL MATCH (a)-[link:INVITED_TO|SPOKE_AT]->(:Event)
WHERE link.personId = p.id
WITH p, a, collect(link) AS links
FOREACH (l IN links | DELETE l)
WITH p, a
OPTIONAL MATCH (a)-[att:ATTENDED]->(e:Event)
WHERE NOT EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
WITH p, collect(att) AS stale
FOREACH (l IN stale | DELETE l)
DETACH DELETE p
RETURN count(*) AS deleted
`,
  ),
};
