import { statement } from './statement';

const ENTRY_FIELDS = [
  'userId',
  'userEmail',
  'action',
  'entity',
  'entityId',
  'before',
  'after',
  'detail',
] as const;

/**
 * The audit log: (:AuditEntry {seq, at, ...}), numbered from a Meta counter. Neo4j Community
 * has no triggers, so append-only is kept by the adapter sending no statement that changes
 * or deletes an entry (this file is the whole list).
 */
export const AUDIT = {
  /** A retry after a lost commit answer finds its writeId and appends nothing more. */
  append: statement(
    'audit.append',
    ['writeId', 'at', ...ENTRY_FIELDS],
    `
MERGE (m:Meta {key: 'auditSeq'})
ON CREATE SET m.value = 0
WITH m
OPTIONAL MATCH (done:AuditEntry {writeId: $writeId})
WITH m, done
WHERE done IS NULL
SET m.value = m.value + 1
CREATE (e:AuditEntry {
  seq: m.value,
  writeId: $writeId,
  at: $at,
  userId: $userId,
  userEmail: $userEmail,
  action: $action,
  entity: $entity,
  entityId: $entityId,
  before: $before,
  after: $after,
  detail: $detail
})
`,
  ),

  list: statement(
    'audit.list',
    ['beforeSeq', 'entity', 'entityId', 'limit'],
    `
MATCH (e:AuditEntry)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq)
  AND ($entity IS NULL OR e.entity = $entity)
  AND ($entityId IS NULL OR e.entityId = $entityId)
RETURN e {.*} AS entry
ORDER BY e.seq DESC
LIMIT $limit
`,
  ),
};
