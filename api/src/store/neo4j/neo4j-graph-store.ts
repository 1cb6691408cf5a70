import { randomUUID } from 'node:crypto';
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
  NewActor,
  NewPerson,
  PageRequest,
  StoreCounts,
} from '../graph-store';
import { DuplicateError, MissingReferenceError, NotFoundError } from '../store-errors';
import { ACTOR_FILTER, actorFilterKeys, actorFilterParams } from './cypher/actor-filter';
import { ACTOR } from './cypher/actors';
import { GEOGRAPHY } from './cypher/geography';
import { META } from './cypher/meta';
import { PERSON } from './cypher/persons';
import { RELATIONSHIP } from './cypher/relationships';
import { SCHEMA_STATEMENTS } from './cypher/schema';
import { describeTarget, type Neo4jConnectionConfig } from './neo4j-config';
import { ConstraintViolation, Rollback } from './neo4j-errors';
import { Neo4jExecutor, type CypherTransaction, type Executor, type Row } from './neo4j-executor';
import { PERSON_LINKS } from './cypher/events';
import { Neo4jEventStore } from './neo4j-event-store';
import { Neo4jAccountStore } from './neo4j-account-store';
import { Neo4jAuditStore, appendPendingAudit } from './neo4j-audit-store';
import { Neo4jProfileStore } from './neo4j-profile-store';
import { deletedOne, missedDelete, missedUpdate, storedVersion } from './version-outcomes';
import { applyImportBatch } from './neo4j-import';
import {
  actorFromProperties,
  areaFromProperties,
  municipalityFromProperties,
  personFromProperties,
  propertiesIn,
  regionFromProperties,
  relationshipFromProperties,
  toSafeNumber,
} from './record-mapping';
import { requireSupportedServer } from './server-version';
import {
  actorFieldMap,
  personFieldMap,
  relationshipFieldMap,
  utcDateTime,
  wholeNumber,
} from './write-params';

/**
 * The store on a Neo4j server. Every method is one transaction through the executor;
 * every write transaction starts by advancing the revision counter, which also makes the
 * writes of all processes take turns (see META.bumpRevision).
 *
 * The driver runs a write again when it fails transiently, even after a commit whose
 * answer was lost, so each write must do no harm the second time: ids, timestamps and a
 * per-call `writeId` are chosen before the transaction; creates MERGE on the chosen id; an
 * update or delete that misses recognises its own earlier commit (by writeId, or on a
 * retry by the record being gone) and then reports success without writing again.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly db: Executor;
  private readonly target: string;
  private readonly events: Neo4jEventStore;
  private readonly profiles: Neo4jProfileStore;
  private readonly accounts: Neo4jAccountStore;
  private readonly audit: Neo4jAuditStore;

  constructor(config: Neo4jConnectionConfig, executor?: Executor) {
    this.target = describeTarget(config);
    this.db = executor ?? new Neo4jExecutor(config);
    this.events = new Neo4jEventStore(this.db, (work) => this.write(work));
    this.profiles = new Neo4jProfileStore(this.db, (work) => this.write(work));
    this.accounts = new Neo4jAccountStore(this.db);
    this.audit = new Neo4jAuditStore(this.db);
  }

  async init(): Promise<void> {
    const server = await this.db.verify();
    requireSupportedServer(server.agent, this.target);
    // Neo4j refuses schema and data changes in one transaction: one each.
    for (const statement of SCHEMA_STATEMENTS) await this.db.write((tx) => tx.run(statement, {}));
    await this.db.write((tx) => tx.run(META.ensureRevision, {}));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  async revision(): Promise<number> {
    const [row] = await this.db.read((tx) => tx.run(META.revision, {}));
    return toSafeNumber(row.revision, 'revision');
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.db.read((tx) => tx.run(META.counts, {}));
    return {
      actors: toSafeNumber(row.actors, 'actors'),
      persons: toSafeNumber(row.persons, 'persons'),
      relationships: toSafeNumber(row.relationships, 'relationships'),
    };
  }

  async saveGeography(geography: Geography): Promise<void> {
    await this.write(async (tx) => {
      await tx.run(GEOGRAPHY.clear, {});
      await tx.run(GEOGRAPHY.createRegions, { regions: geography.regions });
      await tx.run(GEOGRAPHY.createWellbeingCounties, { areas: geography.wellbeingCounties });
      await tx.run(GEOGRAPHY.createElinvoimakeskukset, { areas: geography.elinvoimakeskukset });
      await tx.run(GEOGRAPHY.createMunicipalities, { municipalities: geography.municipalities });
      await tx.run(GEOGRAPHY.linkRegions, {});
      await tx.run(GEOGRAPHY.linkWellbeingCounties, {});
      await tx.run(GEOGRAPHY.linkElinvoimakeskukset, {});
    });
  }

  async loadGeography(): Promise<Geography> {
    return this.db.read(async (tx) => ({
      regions: (await tx.run(GEOGRAPHY.regions, {})).map((r) =>
        regionFromProperties(propertiesIn(r, 'region')),
      ),
      municipalities: (await tx.run(GEOGRAPHY.municipalities, {})).map((r) =>
        municipalityFromProperties(propertiesIn(r, 'municipality')),
      ),
      wellbeingCounties: (await tx.run(GEOGRAPHY.wellbeingCounties, {})).map((r) =>
        areaFromProperties(propertiesIn(r, 'area')),
      ),
      elinvoimakeskukset: (await tx.run(GEOGRAPHY.elinvoimakeskukset, {})).map((r) =>
        areaFromProperties(propertiesIn(r, 'area')),
      ),
    }));
  }

  async getActor(idOrExternalId: string): Promise<ActorRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(ACTOR.byRef, { ref: idOrExternalId }));
    return row ? actorOf(row) : null;
  }

  async getActorsByIds(ids: readonly string[]): Promise<ActorRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read((tx) => tx.run(ACTOR.byIds, { ids: unique(ids) }));
    return rows.map(actorOf);
  }

  async findActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    const keys = actorFilterKeys(filter);
    const params = actorFilterParams(filter, keys);
    const after = page.after ? { afterKey: page.after.nameKey, afterId: page.after.id } : {};
    return this.db.read(async (tx) => {
      const [count] = await tx.run(ACTOR_FILTER.count(keys), params);
      // One row more than asked tells whether another page follows.
      const rows = await tx.run(ACTOR_FILTER.page(keys, page.after != null), {
        ...params,
        ...after,
        limit: wholeNumber(page.first + 1),
      });
      return {
        items: rows.slice(0, page.first).map(actorOf),
        totalCount: toSafeNumber(count.total, 'total'),
        hasNextPage: rows.length > page.first,
      };
    });
  }

  async createActor(fields: NewActor): Promise<ActorRecord> {
    const params = { id: randomUUID(), externalId: fields.externalId, ...this.stamp() };
    try {
      return await this.write(async (tx) => {
        const [row] = await tx.run(ACTOR.create, { ...params, fields: actorFieldMap(fields) });
        return actorOf(row);
      });
    } catch (error) {
      if (error instanceof ConstraintViolation) {
        throw new DuplicateError('Actor', 'externalId', fields.externalId ?? '');
      }
      throw error;
    }
  }

  async updateActor(
    id: string,
    expectedVersion: number,
    fields: ActorFields,
  ): Promise<ActorRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const [row] = await tx.run(ACTOR.update, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        fields: actorFieldMap(fields),
        ...stamp,
      });
      if (row) return actorOf(row);
      const [current] = await tx.run(ACTOR.byId, { id });
      return missedUpdate(
        'Actor',
        id,
        expectedVersion,
        stamp.writeId,
        current,
        'actor',
        actorFromProperties,
      );
    });
  }

  async deleteActor(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(ACTOR.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
      });
      if (deletedOne(row)) return;
      const [current] = await tx.run(ACTOR.byId, { id });
      missedDelete(tx, 'Actor', id, expectedVersion, current, 'actor');
    });
  }

  async getPerson(idOrExternalId: string): Promise<PersonRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(PERSON.byRef, { ref: idOrExternalId }));
    return row ? personOf(row) : null;
  }

  async listPersons(actorId: string): Promise<PersonRecord[]> {
    const rows = await this.db.read((tx) => tx.run(PERSON.byActor, { actorId }));
    return rows.map(personOf);
  }

  async findPersonsDueForReview(before: string): Promise<PersonRecord[]> {
    const rows = await this.db.read((tx) => tx.run(PERSON.dueForReview, { before }));
    return rows.map(personOf);
  }

  async createPerson(fields: NewPerson): Promise<PersonRecord> {
    const params = {
      id: randomUUID(),
      externalId: fields.externalId,
      actorId: fields.actorId,
      ...this.stamp(),
    };
    try {
      return await this.write(async (tx) => {
        const [row] = await tx.run(PERSON.create, { ...params, fields: personFieldMap(fields) });
        if (!row) throw new MissingReferenceError('actorId', fields.actorId);
        return personOf(row);
      });
    } catch (error) {
      if (error instanceof ConstraintViolation) {
        throw new DuplicateError('Person', 'externalId', fields.externalId ?? '');
      }
      throw error;
    }
  }

  async updatePerson(
    id: string,
    expectedVersion: number,
    fields: PersonFields,
  ): Promise<PersonRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const [before] = await tx.run(PERSON.byId, { id });
      const [row] = await tx.run(PERSON.update, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        actorId: fields.actorId,
        fields: personFieldMap(fields),
        ...stamp,
      });
      if (row) {
        const formerActorId = before ? personOf(before).actorId : fields.actorId;
        if (formerActorId !== fields.actorId) {
          await dropPersonLinks(tx, formerActorId, id);
        }
        return personOf(row);
      }
      const [current] = await tx.run(PERSON.byId, { id });
      // The person is there in the version the caller edited, so it was the actor that was not.
      if (current && storedVersion(current, 'person') === expectedVersion) {
        throw new MissingReferenceError('actorId', fields.actorId);
      }
      return missedUpdate(
        'Person',
        id,
        expectedVersion,
        stamp.writeId,
        current,
        'person',
        personFromProperties,
      );
    });
  }

  async deletePerson(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(PERSON.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        attended: 'attended',
      });
      if (deletedOne(row)) return;
      const [current] = await tx.run(PERSON.byId, { id });
      missedDelete(tx, 'Person', id, expectedVersion, current, 'person');
    });
  }

  async getRelationship(id: string): Promise<RelationshipRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(RELATIONSHIP.byId, { id }));
    return row ? tieOf(row) : null;
  }

  async listRelationships(actorId: string): Promise<RelationshipRecord[]> {
    const rows = await this.db.read((tx) => tx.run(RELATIONSHIP.byActor, { actorId }));
    return rows.map(tieOf);
  }

  async createRelationship(fields: RelationshipFields): Promise<RelationshipRecord> {
    const { sourceId, targetId, type } = fields;
    const params = { sourceId, targetId, id: randomUUID() };
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const rows = await tx.run(ACTOR.existingIds, { ids: unique([sourceId, targetId]) });
      const found = new Set(rows.map((r) => r.id));
      if (!found.has(sourceId)) throw new MissingReferenceError('sourceId', sourceId);
      if (!found.has(targetId)) throw new MissingReferenceError('targetId', targetId);
      // No constraint can say "one tie per type and pair of ends, either way round for a
      // symmetric type", so it is checked here; the revision lock keeps the check and the
      // create from interleaving with another write.
      if ((await tx.run(RELATIONSHIP.otherBetween[type], params)).length > 0) {
        throw new DuplicateError(
          'Relationship',
          'type and ends',
          `${type} ${sourceId} ${targetId}`,
        );
      }
      const [row] = await tx.run(RELATIONSHIP.create[type], {
        ...params,
        fields: relationshipFieldMap(fields),
        ...stamp,
      });
      return tieOf(row);
    });
  }

  async updateRelationship(
    id: string,
    expectedVersion: number,
    fields: Pick<RelationshipFields, 'strength' | 'since' | 'note'>,
  ): Promise<RelationshipRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      // The type decides which statement (and index) to use; the id alone does not say.
      const [current] = await tx.run(RELATIONSHIP.byId, { id });
      if (!current) throw new NotFoundError('Relationship', id);
      const [row] = await tx.run(RELATIONSHIP.update[tieOf(current).type], {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        fields: relationshipFieldMap(fields),
        ...stamp,
      });
      if (row) return tieOf(row);
      return missedUpdate(
        'Relationship',
        id,
        expectedVersion,
        stamp.writeId,
        current,
        'tie',
        relationshipFromProperties,
      );
    });
  }

  async deleteRelationship(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [current] = await tx.run(RELATIONSHIP.byId, { id });
      if (current) {
        const [row] = await tx.run(RELATIONSHIP.delete[tieOf(current).type], {
          id,
          expectedVersion: wholeNumber(expectedVersion),
        });
        if (deletedOne(row)) return;
      }
      missedDelete(tx, 'Relationship', id, expectedVersion, current, 'tie');
    });
  }

  async loadNetwork(scope: NetworkScope): Promise<NetworkData> {
    const keys = actorFilterKeys(scope);
    const params = actorFilterParams(scope, keys);
    return this.db.read(async (tx) => {
      const nodes = (await tx.run(ACTOR_FILTER.all(keys), params)).map(actorOf);
      const inScope = new Set(nodes.map((n) => n.id));
      const tieRows =
        keys.length === 0
          ? await tx.run(RELATIONSHIP.all, {})
          : await tx.run(RELATIONSHIP.touching, { ids: [...inScope] });
      const edges = tieRows.map(tieOf);
      const outsideIds = new Set<string>();
      for (const edge of edges) {
        if (!inScope.has(edge.sourceId)) outsideIds.add(edge.sourceId);
        if (!inScope.has(edge.targetId)) outsideIds.add(edge.targetId);
      }
      const outsideNodes =
        outsideIds.size === 0
          ? []
          : (await tx.run(ACTOR.byIds, { ids: [...outsideIds] })).map(actorOf);
      return { nodes, edges, outsideNodes };
    });
  }

  async resolveActorRefs(refs: readonly string[]): Promise<Map<string, string>> {
    const resolved = new Map<string, string>();
    if (refs.length === 0) return resolved;
    const rows = await this.db.read((tx) => tx.run(ACTOR.resolveRefs, { refs: unique(refs) }));
    for (const row of rows) resolved.set(row.ref as string, row.id as string);
    return resolved;
  }

  async applyImport(batch: ImportBatch): Promise<ImportSummary> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const { summary, changed } = await applyImportBatch(tx, batch, stamp);
      // An import that changes nothing commits nothing, so the revision (and caches) stay.
      if (!changed) throw new Rollback(summary);
      return summary;
    });
  }

  // Events, invitations and plans: the EventStore half, in neo4j-event-store.ts.

  getEvent(id: string): Promise<EventRecord | null> {
    return this.events.getEvent(id);
  }

  findEvents(filter: EventFilter): Promise<EventRecord[]> {
    return this.events.findEvents(filter);
  }

  createEvent(fields: EventFields): Promise<EventRecord> {
    return this.events.createEvent(fields);
  }

  updateEvent(id: string, expectedVersion: number, fields: EventFields): Promise<EventRecord> {
    return this.events.updateEvent(id, expectedVersion, fields);
  }

  deleteEvent(id: string, expectedVersion: number): Promise<void> {
    return this.events.deleteEvent(id, expectedVersion);
  }

  getInvitation(id: string): Promise<InvitationRecord | null> {
    return this.events.getInvitation(id);
  }

  listInvitations(eventId: string): Promise<InvitationRecord[]> {
    return this.events.listInvitations(eventId);
  }

  addInvitations(
    eventId: string,
    invitations: readonly NewInvitation[],
  ): Promise<InvitationRecord[]> {
    return this.events.addInvitations(eventId, invitations);
  }

  updateInvitation(
    id: string,
    expectedVersion: number,
    fields: { personId: string | null; note: string | null; emailKey: string | null },
  ): Promise<InvitationRecord> {
    return this.events.updateInvitation(id, expectedVersion, fields);
  }

  setInvitationStatus(
    changes: readonly { id: string; expectedVersion: number }[],
    status: InvitationStatus,
    at: string,
  ): Promise<InvitationRecord[]> {
    return this.events.setInvitationStatus(changes, status, at);
  }

  deleteInvitation(id: string, expectedVersion: number): Promise<void> {
    return this.events.deleteInvitation(id, expectedVersion);
  }

  findPersonEventLinks(personId: string): Promise<PersonEventLinks> {
    return this.events.findPersonEventLinks(personId);
  }

  listParticipation(actorIds: readonly string[]): Promise<Participation[]> {
    return this.events.listParticipation(actorIds);
  }

  getPlan(id: string): Promise<PlanRecord | null> {
    return this.events.getPlan(id);
  }

  findPlans(filter: PlanFilter): Promise<PlanRecord[]> {
    return this.events.findPlans(filter);
  }

  createPlan(fields: PlanFields): Promise<PlanRecord> {
    return this.events.createPlan(fields);
  }

  updatePlan(id: string, expectedVersion: number, fields: PlanFields): Promise<PlanRecord> {
    return this.events.updatePlan(id, expectedVersion, fields);
  }

  deletePlan(id: string, expectedVersion: number): Promise<void> {
    return this.events.deletePlan(id, expectedVersion);
  }

  /** One write transaction that first advances the revision; a throw rolls back both. */
  listProfiles(): Promise<ProfileRecord[]> {
    return this.profiles.listProfiles();
  }

  getProfile(id: string): Promise<ProfileRecord | null> {
    return this.profiles.getProfile(id);
  }

  createProfile(id: string, definition: string): Promise<ProfileRecord> {
    return this.profiles.createProfile(id, definition);
  }

  updateProfile(id: string, expectedVersion: number, definition: string): Promise<ProfileRecord> {
    return this.profiles.updateProfile(id, expectedVersion, definition);
  }

  deleteProfile(id: string, expectedVersion: number): Promise<void> {
    return this.profiles.deleteProfile(id, expectedVersion);
  }

  countUsers(): Promise<number> {
    return this.accounts.countUsers();
  }

  listUsers(): Promise<UserRecord[]> {
    return this.accounts.listUsers();
  }

  getUser(id: string): Promise<UserRecord | null> {
    return this.accounts.getUser(id);
  }

  getUserByEmail(email: string): Promise<UserRecord | null> {
    return this.accounts.getUserByEmail(email);
  }

  createUser(fields: UserFields): Promise<UserRecord> {
    return this.accounts.createUser(fields);
  }

  updateUser(id: string, expectedVersion: number, fields: UserFields): Promise<UserRecord> {
    return this.accounts.updateUser(id, expectedVersion, fields);
  }

  deleteUser(id: string, expectedVersion: number): Promise<void> {
    return this.accounts.deleteUser(id, expectedVersion);
  }

  createSession(session: SessionRecord): Promise<void> {
    return this.accounts.createSession(session);
  }

  getSession(id: string): Promise<SessionRecord | null> {
    return this.accounts.getSession(id);
  }

  touchSession(id: string, lastSeenAt: string): Promise<void> {
    return this.accounts.touchSession(id, lastSeenAt);
  }

  deleteSession(id: string): Promise<void> {
    return this.accounts.deleteSession(id);
  }

  deleteSessionsOfUser(userId: string): Promise<number> {
    return this.accounts.deleteSessionsOfUser(userId);
  }

  deleteExpiredSessions(lastSeenBefore: string, createdBefore: string): Promise<number> {
    return this.accounts.deleteExpiredSessions(lastSeenBefore, createdBefore);
  }

  appendAudit(entry: NewAuditEntry): Promise<void> {
    return this.audit.appendAudit(entry);
  }

  listAudit(query: AuditQuery): Promise<AuditEntry[]> {
    return this.audit.listAudit(query);
  }

  private write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run(META.bumpRevision, {});
      if (!row) {
        throw new Error(
          `The Neo4j database (${this.target}) has no revision counter: run init() on it first.`,
        );
      }
      const result = await work(tx);
      await appendPendingAudit(tx, result);
      return result;
    });
  }

  /** Chosen before the transaction, so a retry writes the same values. */
  private stamp() {
    return { now: utcDateTime(new Date()), writeId: randomUUID() };
  }
}

/** A person who moved leaves their invitations and speaker entries under the former actor. */
async function dropPersonLinks(tx: CypherTransaction, actorId: string, personId: string) {
  await tx.run(PERSON_LINKS.dropUnder, { actorId, personId });
  await tx.run(PERSON_LINKS.pruneAttended, { actorId, attended: 'attended' });
}

function actorOf(row: Row): ActorRecord {
  return actorFromProperties(propertiesIn(row, 'actor'));
}

function personOf(row: Row): PersonRecord {
  return personFromProperties(propertiesIn(row, 'person'));
}

function tieOf(row: Row): RelationshipRecord {
  return relationshipFromProperties(propertiesIn(row, 'tie'));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
