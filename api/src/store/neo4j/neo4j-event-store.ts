import { randomUUID } from 'node:crypto';
import type {
  EventFields,
  EventRecord,
  InvitationRecord,
  PlanFields,
  PlanRecord,
} from '../../domain/event-records';
import type { InvitationStatus } from '../../domain/event-vocabulary';
import { personEventLinks, roleLinks, speakerLinks } from '../event-links';
import {
  checkReferences,
  eventReferences,
  invitationReferences,
  planReferences,
  type Reference,
} from '../event-references';
import type {
  EventFilter,
  EventStore,
  NewInvitation,
  Participation,
  ParticipationRole,
  PersonEventLinks,
  PlanFilter,
} from '../event-store';
import {
  DuplicateError,
  NotFoundError,
  VersionConflictError,
  type EntityKind,
} from '../store-errors';
import { ACTOR } from './cypher/actors';
import { EVENT, INVITATION, PARTICIPATION, REFERENCE } from './cypher/events';
import { PLAN } from './cypher/plans';
import {
  eventFieldMap,
  eventFromRow,
  invitationFromRow,
  organiserRows,
  planFieldMap,
  planFromRow,
  roleRows,
  speakerRows,
} from './event-record-mapping';
import { Rollback } from './neo4j-errors';
import type { CypherTransaction, Executor, Row } from './neo4j-executor';
import { toSafeNumber, writeIdOf } from './record-mapping';
import { deletedOne, missedDelete } from './version-outcomes';
import { utcDateTime, wholeNumber } from './write-params';

type Write = <T>(work: (tx: CypherTransaction) => Promise<T>) => Promise<T>;

const ROLE_OF_TYPE: Record<string, ParticipationRole> = {
  ORGANISED: 'organised',
  SPOKE_AT: 'spoke',
  INVITED_TO: 'invited',
  ATTENDED: 'attended',
};

/**
 * The EventStore half of the Neo4j adapter. `write` is Neo4jGraphStore's: one transaction
 * that first advances the revision (which also serialises writes, so the duplicate checks
 * below cannot race). Ids, timestamps and writeIds are chosen before the transaction so a
 * retried unit of work does the same thing again (see neo4j-graph-store.ts).
 */
export class Neo4jEventStore implements EventStore {
  constructor(
    private readonly db: Executor,
    private readonly write: Write,
  ) {}

  async getEvent(id: string): Promise<EventRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(EVENT.byId, { id }));
    return row ? eventFromRow(row) : null;
  }

  async findEvents(filter: EventFilter): Promise<EventRecord[]> {
    const rows = await this.db.read((tx) =>
      tx.run(EVENT.find, {
        regionCode: filter.regionCode ?? null,
        municipalityCode: filter.municipalityCode ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      }),
    );
    return rows.map(eventFromRow);
  }

  async createEvent(fields: EventFields): Promise<EventRecord> {
    const id = randomUUID();
    const stamp = this.stamp();
    return this.write(async (tx) => {
      await requireReferences(tx, eventReferences(fields));
      await tx.run(EVENT.create, { id, fields: eventFieldMap(fields), ...stamp });
      await linkEvent(tx, id, fields);
      return readEvent(tx, id);
    });
  }

  async updateEvent(
    id: string,
    expectedVersion: number,
    fields: EventFields,
  ): Promise<EventRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const [current] = await tx.run(EVENT.byId, { id });
      const record = current ? eventFromRow(current) : null;
      settleMiss('Event', id, expectedVersion, stamp.writeId, current?.event, record);
      await requireReferences(tx, eventReferences(fields));
      await tx.run(EVENT.update, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        fields: eventFieldMap(fields),
        ...stamp,
      });
      await linkEvent(tx, id, fields);
      return readEvent(tx, id);
    });
  }

  async deleteEvent(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(EVENT.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
      });
      if (deletedOne(row)) return;
      const [current] = await tx.run(EVENT.byId, { id });
      missedDelete(tx, 'Event', id, expectedVersion, current, 'event');
    });
  }

  async getInvitation(id: string): Promise<InvitationRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(INVITATION.byId, { id }));
    return row ? invitationFromRow(row) : null;
  }

  async listInvitations(eventId: string): Promise<InvitationRecord[]> {
    const rows = await this.db.read((tx) => tx.run(INVITATION.byEvent, { eventId }));
    return rows.map(invitationFromRow);
  }

  async addInvitations(
    eventId: string,
    invitations: readonly NewInvitation[],
  ): Promise<InvitationRecord[]> {
    const ids = invitations.map(() => randomUUID());
    const moment = new Date();
    const stamp = this.stamp(moment);
    return this.write(async (tx) => {
      const [next] = await tx.run(INVITATION.nextSeq, { eventId });
      if (!next) throw new NotFoundError('Event', eventId);
      let seq = toSafeNumber(next.seq, 'seq');
      await requireReferences(tx, invitationReferences(invitations));
      const added: InvitationRecord[] = [];
      for (const [i, invitation] of invitations.entries()) {
        await refuseClash(tx, eventId, ids[i], invitation);
        const status = invitation.status ?? 'draft';
        const history = JSON.stringify([{ status, at: moment.toISOString() }]);
        const [row] = await tx.run(INVITATION.create, {
          id: ids[i],
          eventId,
          actorId: invitation.actorId,
          fields: {
            personId: invitation.personId,
            emailKey: invitation.emailKey,
            status,
            history,
            note: invitation.note,
            seq: wholeNumber(seq++),
          },
          now: stamp.now,
          writeId: stamp.writeId,
        });
        added.push(invitationFromRow(row));
        if (status === 'attended') await syncAttended(tx, invitation.actorId, eventId);
      }
      return added;
    });
  }

  async updateInvitation(
    id: string,
    expectedVersion: number,
    fields: { personId: string | null; note: string | null; emailKey: string | null },
  ): Promise<InvitationRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const current = await this.currentInvitation(tx, id, expectedVersion, stamp.writeId);
      const ref = { actorField: 'actorId', actorId: current.actorId, personField: 'personId' };
      await requireReferences(tx, [{ ...ref, personId: fields.personId }]);
      await refuseClash(tx, current.eventId, id, { ...fields, actorId: current.actorId });
      const [row] = await tx.run(INVITATION.update, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        fields: { ...fields },
        now: stamp.now,
        writeId: stamp.writeId,
      });
      return invitationFromRow(row);
    });
  }

  async setInvitationStatus(
    changes: readonly { id: string; expectedVersion: number }[],
    status: InvitationStatus,
    at: string,
  ): Promise<InvitationRecord[]> {
    const stamp = this.stamp(new Date(at));
    return this.write(async (tx) => {
      const rows = await Promise.all(changes.map((c) => tx.run(INVITATION.byId, { id: c.id })));
      // This very write committed already and the driver runs it again: answer as it is.
      if (rows.some(([row]) => row && writeIdOf(row.invitation as Row) === stamp.writeId)) {
        throw new Rollback(rows.map(([row]) => invitationFromRow(row)));
      }
      const currents = changes.map((change, i) => {
        const [row] = rows[i];
        const record = row ? invitationFromRow(row) : null;
        settleMiss('Invitation', change.id, change.expectedVersion, '', null, record);
        return record as InvitationRecord;
      });
      const result: InvitationRecord[] = [];
      for (const current of currents) {
        if (current.status === status) {
          result.push(current);
          continue;
        }
        const [row] = await tx.run(INVITATION.update, {
          id: current.id,
          expectedVersion: wholeNumber(current.version),
          fields: { status, history: JSON.stringify([...current.history, { status, at }]) },
          now: stamp.now,
          writeId: stamp.writeId,
        });
        result.push(invitationFromRow(row));
        await syncAttended(tx, current.actorId, current.eventId);
      }
      return result;
    });
  }

  async deleteInvitation(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(INVITATION.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
      });
      if (deletedOne(row)) {
        await syncAttended(tx, row.actorId as string, row.eventId as string);
        return;
      }
      const [current] = await tx.run(INVITATION.byId, { id });
      missedDelete(tx, 'Invitation', id, expectedVersion, current, 'invitation');
    });
  }

  /** Two statements in one read transaction, so the lists agree. */
  async findPersonEventLinks(personId: string): Promise<PersonEventLinks> {
    const [events, invitations] = await this.db.read(async (tx) => [
      await tx.run(EVENT.byPerson, { personId }),
      await tx.run(INVITATION.byPerson, { personId }),
    ]);
    return personEventLinks(personId, events.map(eventFromRow), invitations.map(invitationFromRow));
  }

  async listParticipation(actorIds: readonly string[]): Promise<Participation[]> {
    if (actorIds.length === 0) return [];
    const rows = await this.db.read((tx) =>
      tx.run(PARTICIPATION.byActors, { ids: [...new Set(actorIds)] }),
    );
    const seen = new Map<string, Participation>();
    for (const row of rows) {
      if (row.type === 'INVITED_TO' && row.status === 'draft') continue;
      const p = {
        actorId: row.actorId as string,
        eventId: row.eventId as string,
        role: ROLE_OF_TYPE[row.type as string],
      };
      seen.set(`${p.actorId} ${p.eventId} ${p.role}`, p);
    }
    return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(PLAN.byId, { id }));
    return row ? planFromRow(row) : null;
  }

  async findPlans(filter: PlanFilter): Promise<PlanRecord[]> {
    const rows = await this.db.read((tx) =>
      tx.run(PLAN.find, {
        regionCode: filter.regionCode ?? null,
        municipalityCode: filter.municipalityCode ?? null,
      }),
    );
    return rows.map(planFromRow);
  }

  async createPlan(fields: PlanFields): Promise<PlanRecord> {
    const id = randomUUID();
    const stamp = this.stamp();
    return this.write(async (tx) => {
      await requireReferences(tx, planReferences(fields));
      await tx.run(PLAN.create, { id, fields: planFieldMap(fields), ...stamp });
      await tx.run(PLAN.linkRoles, { planId: id, roles: roleRows(roleLinks(fields.measures)) });
      return readPlan(tx, id);
    });
  }

  async updatePlan(id: string, expectedVersion: number, fields: PlanFields): Promise<PlanRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const [current] = await tx.run(PLAN.byId, { id });
      const record = current ? planFromRow(current) : null;
      settleMiss('Plan', id, expectedVersion, stamp.writeId, current?.plan, record);
      await requireReferences(tx, planReferences(fields));
      await tx.run(PLAN.update, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
        fields: planFieldMap(fields),
        ...stamp,
      });
      await tx.run(PLAN.linkRoles, { planId: id, roles: roleRows(roleLinks(fields.measures)) });
      return readPlan(tx, id);
    });
  }

  async deletePlan(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(PLAN.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
      });
      if (deletedOne(row)) return;
      const [current] = await tx.run(PLAN.byId, { id });
      missedDelete(tx, 'Plan', id, expectedVersion, current, 'plan');
    });
  }

  /** The invitation in the version the caller read; a retry of this very write rolls back. */
  private async currentInvitation(
    tx: CypherTransaction,
    id: string,
    expectedVersion: number,
    writeId: string,
  ): Promise<InvitationRecord> {
    const [row] = await tx.run(INVITATION.byId, { id });
    const record = row ? invitationFromRow(row) : null;
    settleMiss('Invitation', id, expectedVersion, writeId, row?.invitation, record);
    return record as InvitationRecord;
  }

  /** Chosen before the transaction, so a retry writes the same values. */
  private stamp(moment = new Date()) {
    return { now: utcDateTime(moment), writeId: randomUUID() };
  }
}

async function readEvent(tx: CypherTransaction, id: string): Promise<EventRecord> {
  const [row] = await tx.run(EVENT.byId, { id });
  return eventFromRow(row);
}

async function readPlan(tx: CypherTransaction, id: string): Promise<PlanRecord> {
  const [row] = await tx.run(PLAN.byId, { id });
  return planFromRow(row);
}

async function linkEvent(tx: CypherTransaction, eventId: string, fields: EventFields) {
  await tx.run(EVENT.linkOrganisers, { eventId, organisers: organiserRows(fields) });
  await tx.run(EVENT.linkSpeakers, {
    eventId,
    speakers: speakerRows(speakerLinks(fields.programme)),
  });
}

async function syncAttended(tx: CypherTransaction, actorId: string, eventId: string) {
  await tx.run(INVITATION.syncAttended, { actorId, eventId, attended: 'attended' });
}

/** Reads which of the named actors and persons exist, then checks them in order. */
async function requireReferences(tx: CypherTransaction, refs: readonly Reference[]) {
  if (refs.length === 0) return;
  const actorIds = [...new Set(refs.map((r) => r.actorId))];
  const personIds = [...new Set(refs.flatMap((r) => (r.personId == null ? [] : [r.personId])))];
  const actors = new Set(
    (await tx.run(ACTOR.existingIds, { ids: actorIds })).map((r) => r.id as string),
  );
  const persons = new Map(
    personIds.length === 0
      ? []
      : (await tx.run(REFERENCE.personActors, { ids: personIds })).map(
          (r) => [r.personId as string, r.actorId as string] as const,
        ),
  );
  checkReferences(refs, actors, persons);
}

async function refuseClash(
  tx: CypherTransaction,
  eventId: string,
  id: string,
  invitation: { actorId: string; personId: string | null; emailKey: string | null },
) {
  const [clash] = await tx.run(INVITATION.clash, {
    eventId,
    id,
    actorId: invitation.actorId,
    personId: invitation.personId,
    emailKey: invitation.emailKey,
  });
  if (!clash) return;
  if (invitation.personId !== null && clash.personId === invitation.personId) {
    throw new DuplicateError('Invitation', 'personId', invitation.personId);
  }
  if (invitation.emailKey !== null && clash.emailKey === invitation.emailKey) {
    throw new DuplicateError('Invitation', 'email', invitation.emailKey);
  }
  throw new DuplicateError('Invitation', 'actorId', invitation.actorId);
}

/**
 * Before a version-checked write: the record must exist in the version the caller read,
 * unless this very write committed already and the driver runs it again (its writeId
 * shows); then the record is returned as it is, and nothing more is written.
 */
function settleMiss<R>(
  entity: EntityKind,
  id: string,
  expectedVersion: number,
  writeId: string,
  props: unknown,
  record: (R & { version: number }) | null,
): void {
  if (!record) throw new NotFoundError(entity, id);
  if (record.version === expectedVersion) return;
  if (props && writeIdOf(props as Record<string, unknown>) === writeId) throw new Rollback(record);
  throw new VersionConflictError(entity, id, expectedVersion, record.version);
}
