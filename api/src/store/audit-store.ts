/**
 * The storage port for the audit log; part of GraphStore. Append-only: the embedded store's
 * triggers refuse any UPDATE or DELETE of an entry. Appends leave the revision alone.
 */
export interface AuditEntry {
  /** Grows with every entry: the log's order and its paging cursor. */
  seq: number;
  at: string;
  /** Who: null for work outside a request (start-up, the command-line import). */
  userId: string | null;
  userEmail: string | null;
  /** create, update, delete, import, export, erase, ... */
  action: string;
  /** Actor, Person, Relationship, Event, Invitation, Plan, Profile, User, or what was exported. */
  entity: string;
  entityId: string | null;
  /** JSON of the record before and after the change; null where there is none. */
  before: string | null;
  after: string | null;
  /** JSON of anything else: an export's filter and row count, an import's summary. */
  detail: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

export interface AuditQuery {
  /** Entries older than this seq (the last one of the previous page). */
  beforeSeq?: number;
  limit: number;
  entity?: string;
  entityId?: string;
}

export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}
