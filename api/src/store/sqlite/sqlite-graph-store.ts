import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Geography } from '@verkosto/graph-seed';
import type {
  ActorFields,
  ActorRecord,
  PersonFields,
  PersonRecord,
  RelationshipFields,
  RelationshipRecord,
} from '../../domain/records';
import type {
  EventFields,
  EventRecord,
  InvitationRecord,
  PlanFields,
  PlanRecord,
} from '../../domain/event-records';
import type { InvitationStatus } from '../../domain/event-vocabulary';
import type {
  EventFilter,
  NewInvitation,
  Participation,
  PersonEventLinks,
  PlanFilter,
} from '../event-store';
import type { SessionRecord, UserFields, UserRecord } from '../account-store';
import type { AuditEntry, AuditQuery, NewAuditEntry } from '../audit-store';
import type { ProfileRecord } from '../profile-store';
import type {
  ActorFilter,
  ActorPage,
  GraphStore,
  ImportBatch,
  ImportSummary,
  NetworkData,
  NetworkScope,
  NetworkTie,
  NewActor,
  NewPerson,
  PageRequest,
  StoreCounts,
} from '../graph-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
  type EntityKind,
} from '../store-errors';
import { AccountTables } from './account-tables';
import { actorFilterSql } from './actor-filter';
import { pendingAudit } from '../audit-context';
import { AuditTables } from './audit-tables';
import { isUniqueViolation } from './constraint-errors';
import { loadGeography, saveGeography } from './geography-tables';
import { EventTables } from './event-tables';
import { ProfileTables } from './profile-tables';
import { applyImportBatch } from './import-batch';
import { migrate } from './migrations';
import { openDatabase } from './open-database';
import { pairKey } from './pair-key';
import {
  actorFromRaw,
  actorParams,
  networkTieFromRaw,
  personFromRaw,
  personParams,
  relationshipFromRaw,
  tieParams,
  type TieValues,
} from './row-mapping';
import { ACTOR_SQL, FILTERED_SQL, META_SQL, PERSON_SQL, RELATIONSHIP_SQL } from './sql';
import { StatementCache } from './statement-cache';

/**
 * The embedded store: one SQLite file, written through better-sqlite3. The driver is
 * synchronous, so each method does its work at once and returns a settled promise; within
 * one process no two methods interleave.
 */
export class SqliteGraphStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly sql: StatementCache;
  private readonly events: EventTables;
  private readonly profiles: ProfileTables;
  private readonly accounts: AccountTables;
  private readonly audit: AuditTables;

  /** Opens (creating it and its folder) the database file; init() brings the schema up to date. */
  constructor(readonly path: string) {
    this.db = openDatabase(path);
    this.sql = new StatementCache(this.db);
    this.events = new EventTables(this.sql);
    this.profiles = new ProfileTables(this.sql);
    this.accounts = new AccountTables(this.sql);
    this.audit = new AuditTables(this.sql);
  }

  async init(): Promise<void> {
    migrate(this.db);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Refreshes the planner's statistics for the queries this connection ran.
    this.db.pragma('optimize');
    this.db.close();
  }

  async revision(): Promise<number> {
    return this.sql.one<{ value: number }>(META_SQL.revision).value;
  }

  async counts(): Promise<StoreCounts> {
    return this.sql.one<StoreCounts>(META_SQL.counts);
  }

  async saveGeography(geography: Geography): Promise<void> {
    this.write(() => saveGeography(this.sql, geography));
  }

  async loadGeography(): Promise<Geography> {
    return this.read(() => loadGeography(this.sql));
  }

  async getActor(idOrExternalId: string): Promise<ActorRecord | null> {
    const row =
      this.sql.row(ACTOR_SQL.byId, idOrExternalId) ??
      this.sql.row(ACTOR_SQL.byExternalId, idOrExternalId);
    return row ? actorFromRaw(row) : null;
  }

  async getActorsByIds(ids: readonly string[]): Promise<ActorRecord[]> {
    if (ids.length === 0) return [];
    return this.sql.rows(ACTOR_SQL.byIds, { ids: JSON.stringify(ids) }).map(actorFromRaw);
  }

  async findActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    const { where, params } = actorFilterSql(filter);
    const after = page.after ? { afterKey: page.after.nameKey, afterId: page.after.id } : {};
    return this.read(() => {
      const { n } = this.sql.one<{ n: number }>(FILTERED_SQL.count(where), params);
      // One row more than asked tells whether another page follows.
      const rows = this.sql.rows(FILTERED_SQL.page(where, page.after != null), {
        ...params,
        ...after,
        limit: page.first + 1,
      });
      return {
        items: rows.slice(0, page.first).map(actorFromRaw),
        totalCount: n,
        hasNextPage: rows.length > page.first,
      };
    });
  }

  async createActor(fields: NewActor): Promise<ActorRecord> {
    return this.write(() => {
      const id = randomUUID();
      try {
        this.sql.run(ACTOR_SQL.insert, actorParams(id, fields, now(), fields.externalId));
      } catch (error) {
        if (isUniqueViolation(error, 'actors.external_id')) {
          throw new DuplicateError('Actor', 'externalId', fields.externalId ?? '');
        }
        throw error;
      }
      return this.actorById(id);
    });
  }

  async updateActor(
    id: string,
    expectedVersion: number,
    fields: ActorFields,
  ): Promise<ActorRecord> {
    return this.write(() => {
      this.checkVersion(ACTOR_SQL.version, 'Actor', id, expectedVersion);
      this.sql.run(ACTOR_SQL.update, actorParams(id, fields, now(), null));
      return this.actorById(id);
    });
  }

  async deleteActor(id: string, expectedVersion: number): Promise<void> {
    // The schema's ON DELETE CASCADE removes the actor's persons and relationships.
    this.write(() => {
      this.checkVersion(ACTOR_SQL.version, 'Actor', id, expectedVersion);
      this.sql.run(ACTOR_SQL.delete, id);
    });
  }

  async getPerson(idOrExternalId: string): Promise<PersonRecord | null> {
    const row =
      this.sql.row(PERSON_SQL.byId, idOrExternalId) ??
      this.sql.row(PERSON_SQL.byExternalId, idOrExternalId);
    return row ? personFromRaw(row) : null;
  }

  async listPersons(actorId: string): Promise<PersonRecord[]> {
    return this.sql.rows(PERSON_SQL.byActor, actorId).map(personFromRaw);
  }

  async findPersonsDueForReview(before: string): Promise<PersonRecord[]> {
    return this.sql.rows(PERSON_SQL.dueForReview, before).map(personFromRaw);
  }

  async createPerson(fields: NewPerson): Promise<PersonRecord> {
    return this.write(() => {
      this.requireActor('actorId', fields.actorId);
      const id = randomUUID();
      try {
        this.sql.run(PERSON_SQL.insert, personParams(id, fields, now(), fields.externalId));
      } catch (error) {
        if (isUniqueViolation(error, 'persons.external_id')) {
          throw new DuplicateError('Person', 'externalId', fields.externalId ?? '');
        }
        throw error;
      }
      return this.personById(id);
    });
  }

  async updatePerson(
    id: string,
    expectedVersion: number,
    fields: PersonFields,
  ): Promise<PersonRecord> {
    return this.write(() => {
      this.checkVersion(PERSON_SQL.version, 'Person', id, expectedVersion);
      this.requireActor('actorId', fields.actorId);
      this.sql.run(PERSON_SQL.update, personParams(id, fields, now(), null));
      this.events.personMoved(id, fields.actorId);
      return this.personById(id);
    });
  }

  async deletePerson(id: string, expectedVersion: number): Promise<void> {
    this.write(() => {
      this.checkVersion(PERSON_SQL.version, 'Person', id, expectedVersion);
      this.sql.run(PERSON_SQL.delete, id);
    });
  }

  async getRelationship(id: string): Promise<RelationshipRecord | null> {
    const row = this.sql.row(RELATIONSHIP_SQL.byId, id);
    return row ? relationshipFromRaw(row) : null;
  }

  async listRelationships(actorId: string): Promise<RelationshipRecord[]> {
    return this.sql.rows(RELATIONSHIP_SQL.byActor, { id: actorId }).map(relationshipFromRaw);
  }

  async createRelationship(fields: RelationshipFields): Promise<RelationshipRecord> {
    return this.write(() => {
      this.requireActor('sourceId', fields.sourceId);
      this.requireActor('targetId', fields.targetId);
      const id = randomUUID();
      const key = pairKey(fields.type, fields.sourceId, fields.targetId);
      try {
        this.sql.run(RELATIONSHIP_SQL.insert, tieParams(id, fields, now(), key));
      } catch (error) {
        if (isUniqueViolation(error, 'relationships.pair_key')) {
          throw new DuplicateError('Relationship', 'type and ends', key);
        }
        throw error;
      }
      return this.relationshipById(id);
    });
  }

  async updateRelationship(
    id: string,
    expectedVersion: number,
    fields: TieValues,
  ): Promise<RelationshipRecord> {
    return this.write(() => {
      this.checkVersion(RELATIONSHIP_SQL.version, 'Relationship', id, expectedVersion);
      this.sql.run(RELATIONSHIP_SQL.update, tieParams(id, fields, now()));
      return this.relationshipById(id);
    });
  }

  async deleteRelationship(id: string, expectedVersion: number): Promise<void> {
    this.write(() => {
      this.checkVersion(RELATIONSHIP_SQL.version, 'Relationship', id, expectedVersion);
      this.sql.run(RELATIONSHIP_SQL.delete, id);
    });
  }

  async loadNetwork(scope: NetworkScope): Promise<NetworkData> {
    const { where, params, filtered } = actorFilterSql(scope);
    return this.read(() => {
      const nodes = this.sql.rows(FILTERED_SQL.network(where), params).map(actorFromRaw);
      const inScope = new Set(nodes.map((n) => n.id));
      const edges = this.tiesTouching(inScope, filtered);
      const outside = new Set<string>();
      for (const edge of edges) {
        if (!inScope.has(edge.sourceId)) outside.add(edge.sourceId);
        if (!inScope.has(edge.targetId)) outside.add(edge.targetId);
      }
      const outsideNodes =
        outside.size === 0
          ? []
          : this.sql.rows(ACTOR_SQL.byIds, { ids: JSON.stringify([...outside]) }).map(actorFromRaw);
      return { nodes, edges, outsideNodes };
    });
  }

  /**
   * Index lookups pay per tie, a scan per stored tie: a scope that holds most of the register
   * (a quarter of the actors or more) is faster read whole and filtered here.
   */
  private tiesTouching(inScope: Set<string>, filtered: boolean): NetworkTie[] {
    const total = filtered ? this.sql.one<{ n: number }>(ACTOR_SQL.count).n : inScope.size;
    if (!filtered || inScope.size * 4 >= total) {
      const all = this.sql.rows(RELATIONSHIP_SQL.all).map(networkTieFromRaw);
      return filtered ? all.filter((t) => inScope.has(t.sourceId) || inScope.has(t.targetId)) : all;
    }
    return this.sql
      .rows(RELATIONSHIP_SQL.touching, { ids: JSON.stringify([...inScope]) })
      .map(networkTieFromRaw);
  }

  async resolveActorRefs(refs: readonly string[]): Promise<Map<string, string>> {
    const resolved = new Map<string, string>();
    if (refs.length === 0) return resolved;
    const rows = this.sql.all<{ ref: string; id: string | null }>(ACTOR_SQL.resolveRefs, {
      refs: JSON.stringify(refs),
    });
    for (const row of rows) if (row.id !== null) resolved.set(row.ref, row.id);
    return resolved;
  }

  async applyImport(batch: ImportBatch): Promise<ImportSummary> {
    return this.db
      .transaction(() => {
        const summary = applyImportBatch(this.sql, batch, now());
        // An import that changed nothing committed nothing, so caches stay valid.
        const changed = [summary.actors, summary.persons, summary.relationships].some(
          (c) => c.created + c.updated > 0,
        );
        if (changed) this.sql.run(META_SQL.bumpRevision);
        this.appendPendingAudit(summary);
        return summary;
      })
      .immediate();
  }

  // Events, invitations and plans: the EventStore half, in event-tables.ts.

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.read(() => this.events.getEvent(id));
  }

  async findEvents(filter: EventFilter): Promise<EventRecord[]> {
    return this.read(() => this.events.findEvents(filter));
  }

  async createEvent(fields: EventFields): Promise<EventRecord> {
    return this.write(() => this.events.createEvent(fields, now()));
  }

  async updateEvent(
    id: string,
    expectedVersion: number,
    fields: EventFields,
  ): Promise<EventRecord> {
    return this.write(() => this.events.updateEvent(id, expectedVersion, fields, now()));
  }

  async deleteEvent(id: string, expectedVersion: number): Promise<void> {
    this.write(() => this.events.deleteEvent(id, expectedVersion));
  }

  async getInvitation(id: string): Promise<InvitationRecord | null> {
    return this.events.getInvitation(id);
  }

  async listInvitations(eventId: string): Promise<InvitationRecord[]> {
    return this.events.listInvitations(eventId);
  }

  async addInvitations(
    eventId: string,
    invitations: readonly NewInvitation[],
  ): Promise<InvitationRecord[]> {
    return this.write(() => this.events.addInvitations(eventId, invitations, now()));
  }

  async updateInvitation(
    id: string,
    expectedVersion: number,
    fields: { personId: string | null; note: string | null; emailKey: string | null },
  ): Promise<InvitationRecord> {
    return this.write(() => this.events.updateInvitation(id, expectedVersion, fields, now()));
  }

  async setInvitationStatus(
    changes: readonly { id: string; expectedVersion: number }[],
    status: InvitationStatus,
    at: string,
  ): Promise<InvitationRecord[]> {
    return this.write(() => this.events.setInvitationStatus(changes, status, at));
  }

  async deleteInvitation(id: string, expectedVersion: number): Promise<void> {
    this.write(() => this.events.deleteInvitation(id, expectedVersion));
  }

  async findPersonEventLinks(personId: string): Promise<PersonEventLinks> {
    return this.read(() => this.events.findPersonEventLinks(personId));
  }

  async listParticipation(actorIds: readonly string[]): Promise<Participation[]> {
    return this.read(() => this.events.listParticipation(actorIds));
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    return this.read(() => this.events.getPlan(id));
  }

  async findPlans(filter: PlanFilter): Promise<PlanRecord[]> {
    return this.read(() => this.events.findPlans(filter));
  }

  async createPlan(fields: PlanFields): Promise<PlanRecord> {
    return this.write(() => this.events.createPlan(fields, now()));
  }

  async updatePlan(id: string, expectedVersion: number, fields: PlanFields): Promise<PlanRecord> {
    return this.write(() => this.events.updatePlan(id, expectedVersion, fields, now()));
  }

  async deletePlan(id: string, expectedVersion: number): Promise<void> {
    this.write(() => this.events.deletePlan(id, expectedVersion));
  }

  /**
   * Runs a write as one transaction that also advances the revision; a throw rolls back
   * both. IMMEDIATE takes the write lock up front, so a second process waits (busy_timeout)
   * instead of failing halfway.
   */
  async listProfiles(): Promise<ProfileRecord[]> {
    return this.profiles.list();
  }

  async getProfile(id: string): Promise<ProfileRecord | null> {
    return this.profiles.get(id);
  }

  async createProfile(id: string, definition: string): Promise<ProfileRecord> {
    return this.write(() => this.profiles.create(id, definition, now()));
  }

  async updateProfile(
    id: string,
    expectedVersion: number,
    definition: string,
  ): Promise<ProfileRecord> {
    return this.write(() => this.profiles.update(id, expectedVersion, definition, now()));
  }

  async deleteProfile(id: string, expectedVersion: number): Promise<void> {
    this.write(() => this.profiles.delete(id, expectedVersion));
  }

  async countUsers(): Promise<number> {
    return this.accounts.countUsers();
  }

  async listUsers(): Promise<UserRecord[]> {
    return this.accounts.listUsers();
  }

  async getUser(id: string): Promise<UserRecord | null> {
    return this.accounts.getUser(id);
  }

  async getUserByEmail(email: string): Promise<UserRecord | null> {
    return this.accounts.getUserByEmail(email);
  }

  async createUser(fields: UserFields): Promise<UserRecord> {
    return this.accountWrite(() => this.accounts.createUser(randomUUID(), fields, now()));
  }

  async updateUser(id: string, expectedVersion: number, fields: UserFields): Promise<UserRecord> {
    return this.accountWrite(() => this.accounts.updateUser(id, expectedVersion, fields, now()));
  }

  async deleteUser(id: string, expectedVersion: number): Promise<void> {
    this.accountWrite(() => this.accounts.deleteUser(id, expectedVersion));
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.accountWrite(() => this.accounts.createSession(session));
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    return this.accounts.getSession(id);
  }

  async touchSession(id: string, lastSeenAt: string): Promise<void> {
    this.accounts.touchSession(id, lastSeenAt);
  }

  async deleteSession(id: string): Promise<void> {
    this.accounts.deleteSession(id);
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    return this.accounts.deleteSessionsOfUser(userId);
  }

  async deleteExpiredSessions(lastSeenBefore: string, createdBefore: string): Promise<number> {
    return this.accounts.deleteExpiredSessions(lastSeenBefore, createdBefore);
  }

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    // Its own transaction, outside any write's pending entry.
    this.db.transaction(() => this.audit.append(entry, now())).immediate();
  }

  async listAudit(query: AuditQuery): Promise<AuditEntry[]> {
    return this.audit.list(query);
  }

  private write<T>(work: () => T): T {
    return this.db
      .transaction(() => {
        const result = work();
        this.sql.run(META_SQL.bumpRevision);
        this.appendPendingAudit(result);
        return result;
      })
      .immediate();
  }

  /** A write of accounts, sessions or the audit log: one transaction that leaves the revision as it was. */
  private accountWrite<T>(work: () => T): T {
    return this.db
      .transaction(() => {
        const result = work();
        this.appendPendingAudit(result);
        return result;
      })
      .immediate();
  }

  /** The audit entry of this write (audit-context.ts), in the same transaction. */
  private appendPendingAudit(result: unknown): void {
    const audit = pendingAudit(result);
    if (!audit) return;
    this.audit.append(audit.entry, now());
    audit.appended();
  }

  /** Several reads seen from one snapshot, so a page and its total, or nodes and edges, agree. */
  private read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }

  // For rows the same transaction has just written, so they exist.
  private actorById(id: string): ActorRecord {
    return actorFromRaw(this.sql.row(ACTOR_SQL.byId, id) as unknown[]);
  }

  private personById(id: string): PersonRecord {
    return personFromRaw(this.sql.row(PERSON_SQL.byId, id) as unknown[]);
  }

  private relationshipById(id: string): RelationshipRecord {
    return relationshipFromRaw(this.sql.row(RELATIONSHIP_SQL.byId, id) as unknown[]);
  }

  private checkVersion(sql: string, entity: EntityKind, id: string, expected: number): void {
    const row = this.sql.get<{ version: number }>(sql, id);
    if (!row) throw new NotFoundError(entity, id);
    if (row.version !== expected) {
      throw new VersionConflictError(entity, id, expected, row.version);
    }
  }

  /** The schema's foreign key would refuse it too, but without saying which field was wrong. */
  private requireActor(field: string, id: string): void {
    if (!this.sql.get(ACTOR_SQL.exists, id)) throw new MissingReferenceError(field, id);
  }
}

function now(): string {
  return new Date().toISOString();
}
