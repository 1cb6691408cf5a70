import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditQuery, AuditStore, NewAuditEntry } from '../audit-store';
import { AUDIT } from './cypher/audit';
import { pendingAudit } from '../audit-context';
import type { CypherTransaction, Executor } from './neo4j-executor';
import { propertiesIn, toIsoTimestamp, toSafeNumber, type Properties } from './record-mapping';
import { utcDateTime, wholeNumber } from './write-params';

/** The AuditStore part of the Neo4j adapter; appends leave the revision alone. */
export class Neo4jAuditStore implements AuditStore {
  constructor(private readonly db: Executor) {}

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    const params = { ...entry, writeId: randomUUID(), at: utcDateTime(new Date()) };
    await this.db.write((tx) => tx.run(AUDIT.append, params));
  }

  async listAudit(query: AuditQuery): Promise<AuditEntry[]> {
    const params = {
      beforeSeq: query.beforeSeq === undefined ? null : wholeNumber(query.beforeSeq),
      entity: query.entity ?? null,
      entityId: query.entityId ?? null,
      limit: wholeNumber(query.limit),
    };
    const rows = await this.db.read((tx) => tx.run(AUDIT.list, params));
    return rows.map((row) => auditEntryFrom(propertiesIn(row, 'entry')));
  }
}

/** The audit entry of this write (audit-context.ts), appended in the write's transaction. */
export async function appendPendingAudit(tx: CypherTransaction, result: unknown): Promise<void> {
  const audit = pendingAudit(result);
  if (!audit) return;
  const at = utcDateTime(new Date());
  await tx.run(AUDIT.append, { ...audit.entry, writeId: audit.writeId, at });
  audit.appended();
}

export function auditEntryFrom(props: Properties): AuditEntry {
  const text = (field: string): string | null => {
    const value = props[field] ?? null;
    if (value !== null && typeof value !== 'string') {
      throw new TypeError(`AuditEntry.${field} should be text`);
    }
    return value;
  };
  return {
    seq: toSafeNumber(props.seq, 'seq'),
    at: toIsoTimestamp(props.at, 'at'),
    userId: text('userId'),
    userEmail: text('userEmail'),
    action: text('action') ?? '',
    entity: text('entity') ?? '',
    entityId: text('entityId'),
    before: text('before'),
    after: text('after'),
    detail: text('detail'),
  };
}
