import { statement } from './statement';

/**
 * Events in the graph, so that analysis can see who has been reached:
 *
 *   (:Event {id, kind, status, title, date, ..., programme})
 *   (:Actor)-[:ORGANISED {position, tasks, costSharePercent, note}]->(:Event)
 *   (:Actor)-[:SPOKE_AT {item, position, personId}]->(:Event)
 *   (:Actor)-[:INVITED_TO {id, personId, emailKey, status, history, note, seq, ...}]->(:Event)
 *   (:Actor)-[:ATTENDED]->(:Event)      while one of its invitations there is `attended`
 *
 * The programme is JSON text on the event (Neo4j has no nested maps); every speaker in it
 * who is in the register is also a SPOKE_AT edge, which is what a delete cascades through
 * (see ../../event-links.ts). An invitation is an INVITED_TO edge: deleting its actor
 * (DETACH DELETE) or its event takes it along; deleting its person, person.delete does.
 */

const EVENT_OUT = `
e {.*} AS event,
COLLECT {
  MATCH (a:Actor)-[o:ORGANISED]->(e)
  RETURN o {.*, actorId: a.id} AS organiser ORDER BY o.position
} AS organisers,
COLLECT {
  MATCH (a:Actor)-[s:SPOKE_AT]->(e)
  RETURN s {.*, actorId: a.id} AS speaker
} AS speakers`;

const INVITATION_OUT = 'i {.*, actorId: a.id, eventId: e.id} AS invitation';

export const EVENT = {
  byId: statement(
    'event.byId',
    ['id'],
    `
MATCH (e:Event {id: $id})
RETURN ${EVENT_OUT}
`,
  ),

  /** A null parameter switches its filter off. Events without a start time come first in a day. */
  find: statement(
    'event.find',
    ['regionCode', 'municipalityCode', 'from', 'to'],
    `
MATCH (e:Event)
WHERE ($regionCode IS NULL OR e.regionCode = $regionCode)
  AND ($municipalityCode IS NULL OR e.municipalityCode = $municipalityCode)
  AND ($from IS NULL OR coalesce(e.endDate, e.date) >= $from)
  AND ($to IS NULL OR e.date <= $to)
RETURN ${EVENT_OUT}
ORDER BY e.date, e.startTime IS NOT NULL, e.startTime, e.id
`,
  ),

  /**
   * The events a contact person is invited to or speaks at, ordered like find; each match
   * starts from a relationship index on personId (schema.ts). Not CALL { UNION }: its
   * variable-scope syntax needs Neo4j 5.23, older than which the adapter still accepts.
   */
  byPerson: statement(
    'event.byPerson',
    ['personId'],
    `
OPTIONAL MATCH (:Actor)-[i:INVITED_TO]->(invited:Event)
WHERE i.personId = $personId
WITH collect(invited) AS invited
OPTIONAL MATCH (:Actor)-[s:SPOKE_AT]->(spoke:Event)
WHERE s.personId = $personId
WITH invited, collect(spoke) AS spoke
UNWIND invited + spoke AS e
WITH DISTINCT e
RETURN ${EVENT_OUT}
ORDER BY e.date, e.startTime IS NOT NULL, e.startTime, e.id
`,
  ),

  create: statement(
    'event.create',
    ['id', 'fields', 'now', 'writeId'],
    `
MERGE (e:Event {id: $id})
ON CREATE SET
  e += $fields,
  e.createdAt = $now,
  e.updatedAt = $now,
  e.version = 1,
  e.writeId = $writeId
RETURN e.id AS id
`,
  ),

  /** No row when the event is missing or has another version. Its links are written anew. */
  update: statement(
    'event.update',
    ['id', 'expectedVersion', 'fields', 'now', 'writeId'],
    `
MATCH (e:Event {id: $id})
WHERE e.version = $expectedVersion
SET
  e += $fields,
  e.updatedAt = $now,
  e.version = e.version + 1,
  e.writeId = $writeId
WITH e
OPTIONAL MATCH (:Actor)-[old:ORGANISED|SPOKE_AT]->(e)
WITH e, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
RETURN e.id AS id
`,
  ),

  linkOrganisers: statement(
    'event.linkOrganisers',
    ['eventId', 'organisers'],
    `
MATCH (e:Event {id: $eventId})
UNWIND $organisers AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[o:ORGANISED]->(e)
SET
  o.position = row.position,
  o.tasks = row.tasks,
  o.costSharePercent = row.costSharePercent,
  o.note = row.note
`,
  ),

  linkSpeakers: statement(
    'event.linkSpeakers',
    ['eventId', 'speakers'],
    `
MATCH (e:Event {id: $eventId})
UNWIND $speakers AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[s:SPOKE_AT {item: row.item, position: row.position}]->(e)
SET s.personId = row.personId
`,
  ),

  /** DETACH: its organiser and speaker links and its invitations go with it. */
  delete: statement(
    'event.delete',
    ['id', 'expectedVersion'],
    `
MATCH (e:Event {id: $id})
WHERE e.version = $expectedVersion
DETACH DELETE e
RETURN count(*) AS deleted
`,
  ),
};

export const INVITATION = {
  byId: statement(
    'invitation.byId',
    ['id'],
    `
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
RETURN ${INVITATION_OUT}
`,
  ),

  byEvent: statement(
    'invitation.byEvent',
    ['eventId'],
    `
MATCH (a:Actor)-[i:INVITED_TO]->(e:Event {id: $eventId})
RETURN ${INVITATION_OUT}
ORDER BY i.seq
`,
  ),

  /** Under whichever actor: the edge carries the person's id. */
  byPerson: statement(
    'invitation.byPerson',
    ['personId'],
    `
MATCH (a:Actor)-[i:INVITED_TO]->(e:Event)
WHERE i.personId = $personId
RETURN ${INVITATION_OUT}
`,
  ),

  /** No row when the event is missing. */
  nextSeq: statement(
    'invitation.nextSeq',
    ['eventId'],
    `
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (:Actor)-[i:INVITED_TO]->(e)
RETURN e.id AS eventId, coalesce(max(i.seq), 0) + 1 AS seq
`,
  ),

  /** An invitation on the event's list that this one would repeat. */
  clash: statement(
    'invitation.clash',
    ['eventId', 'id', 'actorId', 'personId', 'emailKey'],
    `
MATCH (a:Actor)-[i:INVITED_TO]->(:Event {id: $eventId})
WHERE i.id <> $id
  AND (($personId IS NOT NULL AND i.personId = $personId)
    OR ($emailKey IS NOT NULL AND i.emailKey = $emailKey)
    OR ($personId IS NULL AND i.personId IS NULL AND a.id = $actorId))
RETURN i.personId AS personId, i.emailKey AS emailKey
LIMIT 1
`,
  ),

  /** MERGE on the id chosen before the transaction makes a retried commit a no-op. */
  create: statement(
    'invitation.create',
    ['id', 'eventId', 'actorId', 'fields', 'now', 'writeId'],
    `
MATCH (e:Event {id: $eventId})
MATCH (a:Actor {id: $actorId})
MERGE (a)-[i:INVITED_TO {id: $id}]->(e)
ON CREATE SET
  i += $fields,
  i.createdAt = $now,
  i.updatedAt = $now,
  i.version = 1,
  i.writeId = $writeId
RETURN ${INVITATION_OUT}
`,
  ),

  /** Contact person, e-mail key and note; or status and history. No row on a stale version. */
  update: statement(
    'invitation.update',
    ['id', 'expectedVersion', 'fields', 'now', 'writeId'],
    `
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
WHERE i.version = $expectedVersion
SET
  i += $fields,
  i.updatedAt = $now,
  i.version = i.version + 1,
  i.writeId = $writeId
RETURN ${INVITATION_OUT}
`,
  ),

  delete: statement(
    'invitation.delete',
    ['id', 'expectedVersion'],
    `
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
WHERE i.version = $expectedVersion
DELETE i
RETURN count(*) AS deleted, a.id AS actorId, e.id AS eventId
`,
  ),

  /** ATTENDED exists exactly while one of the actor's invitations to the event says so. */
  syncAttended: statement(
    'invitation.syncAttended',
    ['actorId', 'eventId', 'attended'],
    `
MATCH (a:Actor {id: $actorId})
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (a)-[old:ATTENDED]->(e)
WITH a, e, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
WITH a, e
WHERE EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
MERGE (a)-[:ATTENDED]->(e)
`,
  ),
};

export const PARTICIPATION = {
  /** Every edge from the actors to an event; the store drops draft invitations. */
  byActors: statement(
    'participation.byActors',
    ['ids'],
    `
MATCH (a:Actor)-[r:ORGANISED|SPOKE_AT|INVITED_TO|ATTENDED]->(e:Event)
WHERE a.id IN $ids
RETURN a.id AS actorId, e.id AS eventId, type(r) AS type, r.status AS status
`,
  ),
};

/**
 * A contact person who moves to another actor leaves the invitations and speaker entries
 * they had under the former one (the store runs these after person.update).
 */
export const PERSON_LINKS = {
  dropUnder: statement(
    'personLinks.dropUnder',
    ['actorId', 'personId'],
    `
MATCH (:Actor {id: $actorId})-[link:INVITED_TO|SPOKE_AT]->(:Event)
WHERE link.personId = $personId
DELETE link
`,
  ),

  /** The actor's ATTENDED edges that no invitation of its backs any more. */
  pruneAttended: statement(
    'personLinks.pruneAttended',
    ['actorId', 'attended'],
    `
MATCH (a:Actor {id: $actorId})-[att:ATTENDED]->(e:Event)
WHERE NOT EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
DELETE att
`,
  ),
};

/** Which contact persons exist, and whose contacts they are. */
export const REFERENCE = {
  personActors: statement(
    'reference.personActors',
    ['ids'],
    `
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor)
WHERE p.id IN $ids
RETURN p.id AS personId, a.id AS actorId
`,
  ),
};
