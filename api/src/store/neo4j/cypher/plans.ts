import { statement } from './statement';

/**
 * Regional action plans: (:Plan {id, title, regionCode, ..., goals, measures}) with goals and
 * measures as JSON text, and every actor a measure names as
 * (:Actor)-[:HAS_ROLE_IN {measure, role, position}]->(:Plan), which deleting the actor
 * (DETACH DELETE) removes (see ../../event-links.ts).
 */

const PLAN_OUT = `
p {.*} AS plan,
COLLECT {
  MATCH (a:Actor)-[r:HAS_ROLE_IN]->(p)
  RETURN r {.*, actorId: a.id} AS role
} AS roles`;

export const PLAN = {
  byId: statement(
    'plan.byId',
    ['id'],
    `
MATCH (p:Plan {id: $id})
RETURN ${PLAN_OUT}
`,
  ),

  find: statement(
    'plan.find',
    ['regionCode', 'municipalityCode'],
    `
MATCH (p:Plan)
WHERE ($regionCode IS NULL OR p.regionCode = $regionCode)
  AND ($municipalityCode IS NULL OR p.municipalityCode = $municipalityCode)
RETURN ${PLAN_OUT}
ORDER BY p.periodStart, p.title, p.id
`,
  ),

  create: statement(
    'plan.create',
    ['id', 'fields', 'now', 'writeId'],
    `
MERGE (p:Plan {id: $id})
ON CREATE SET
  p += $fields,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
RETURN p.id AS id
`,
  ),

  update: statement(
    'plan.update',
    ['id', 'expectedVersion', 'fields', 'now', 'writeId'],
    `
MATCH (p:Plan {id: $id})
WHERE p.version = $expectedVersion
SET
  p += $fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
WITH p
OPTIONAL MATCH (:Actor)-[old:HAS_ROLE_IN]->(p)
WITH p, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
RETURN p.id AS id
`,
  ),

  linkRoles: statement(
    'plan.linkRoles',
    ['planId', 'roles'],
    `
MATCH (p:Plan {id: $planId})
UNWIND $roles AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[:HAS_ROLE_IN {measure: row.measure, role: row.role, position: row.position}]->(p)
`,
  ),

  delete: statement(
    'plan.delete',
    ['id', 'expectedVersion'],
    `
MATCH (p:Plan {id: $id})
WHERE p.version = $expectedVersion
DETACH DELETE p
RETURN count(*) AS deleted
`,
  ),
};
