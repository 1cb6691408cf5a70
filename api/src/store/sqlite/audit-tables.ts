import type { AuditEntry, AuditQuery, NewAuditEntry } from '../audit-store';
import type { StatementCache } from './statement-cache';

const COLUMNS = `
  seq, at, user_id AS userId, user_email AS userEmail, action, entity, entity_id AS entityId,
  before, after, detail`;

const AUDIT_SQL = {
  insert: `
    INSERT INTO audit_log (at, user_id, user_email, action, entity, entity_id, before, after, detail)
    VALUES (@at, @userId, @userEmail, @action, @entity, @entityId, @before, @after, @detail)`,
  // One statement for every filter combination: each optional filter is off when its value is null.
  list: `
    SELECT ${COLUMNS} FROM audit_log
    WHERE (@beforeSeq IS NULL OR seq < @beforeSeq)
      AND (@entity IS NULL OR entity = @entity)
      AND (@entityId IS NULL OR entity_id = @entityId)
    ORDER BY seq DESC
    LIMIT @limit`,
} as const;

/** The AuditStore half of the SQLite adapter; the table's triggers keep it append-only. */
export class AuditTables {
  constructor(private readonly sql: StatementCache) {}

  append(entry: NewAuditEntry, at: string): void {
    this.sql.run(AUDIT_SQL.insert, { ...entry, at });
  }

  list(query: AuditQuery): AuditEntry[] {
    return this.sql.all<AuditEntry>(AUDIT_SQL.list, {
      beforeSeq: query.beforeSeq ?? null,
      entity: query.entity ?? null,
      entityId: query.entityId ?? null,
      limit: query.limit,
    });
  }
}
