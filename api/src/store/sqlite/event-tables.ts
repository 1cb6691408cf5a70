import { randomUUID } from 'node:crypto';
import type {
  CoOrganiser,
  EventFields,
  EventRecord,
  InvitationRecord,
  Measure,
  PlanFields,
  PlanRecord,
  ProgrammeItem,
} from '../../domain/event-records';
import type { EventKind, EventStatus, InvitationStatus } from '../../domain/event-vocabulary';
import {
  liveMeasures,
  liveProgramme,
  personEventLinks,
  roleLinks,
  speakerLinks,
  type RoleLink,
  type SpeakerLink,
} from '../event-links';
import type {
  EventFilter,
  NewInvitation,
  Participation,
  PersonEventLinks,
  PlanFilter,
} from '../event-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
  type EntityKind,
} from '../store-errors';
import {
  EVENT_SQL,
  INVITATION_SQL,
  PARTICIPATION_SQL,
  PERSON_MOVE_SQL,
  PLAN_SQL,
  REFERENCE_SQL,
} from './event-sql';
import type { StatementCache } from './statement-cache';

type Raw = unknown[];

/**
 * The EventStore half of the SQLite adapter. Synchronous, and always called inside the
 * transaction SqliteGraphStore opens (write or read), so each method sees one snapshot.
 */
export class EventTables {
  constructor(private readonly sql: StatementCache) {}

  getEvent(id: string): EventRecord | null {
    const row = this.sql.row(EVENT_SQL.byId, id);
    return row ? this.eventOf(row) : null;
  }

  findEvents(filter: EventFilter): EventRecord[] {
    return this.sql
      .rows(EVENT_SQL.find, {
        regionCode: filter.regionCode ?? null,
        municipalityCode: filter.municipalityCode ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      })
      .map((row) => this.eventOf(row));
  }

  createEvent(fields: EventFields, now: string): EventRecord {
    const id = randomUUID();
    this.requireEventReferences(fields);
    this.sql.run(EVENT_SQL.insert, eventParams(id, fields, now));
    this.writeEventLinks(id, fields);
    return this.getEvent(id) as EventRecord;
  }

  updateEvent(id: string, expectedVersion: number, fields: EventFields, now: string): EventRecord {
    this.checkVersion(EVENT_SQL.version, 'Event', id, expectedVersion);
    this.requireEventReferences(fields);
    this.sql.run(EVENT_SQL.update, eventParams(id, fields, now));
    this.sql.run(EVENT_SQL.clearOrganisers, id);
    this.sql.run(EVENT_SQL.clearSpeakers, id);
    this.writeEventLinks(id, fields);
    return this.getEvent(id) as EventRecord;
  }

  deleteEvent(id: string, expectedVersion: number): void {
    // ON DELETE CASCADE takes its organisers, speakers and invitations along.
    this.checkVersion(EVENT_SQL.version, 'Event', id, expectedVersion);
    this.sql.run(EVENT_SQL.delete, id);
  }

  getInvitation(id: string): InvitationRecord | null {
    const row = this.sql.row(INVITATION_SQL.byId, id);
    return row ? invitationFromRaw(row) : null;
  }

  listInvitations(eventId: string): InvitationRecord[] {
    return this.sql.rows(INVITATION_SQL.byEvent, eventId).map(invitationFromRaw);
  }

  addInvitations(
    eventId: string,
    invitations: readonly NewInvitation[],
    now: string,
  ): InvitationRecord[] {
    if (!this.sql.get(EVENT_SQL.exists, eventId)) throw new NotFoundError('Event', eventId);
    let seq = this.sql.one<{ seq: number }>(INVITATION_SQL.nextSeq, eventId).seq;
    const ids: string[] = [];
    invitations.forEach((invitation, i) => {
      this.requireInvitee(`invitations.${i}`, invitation.actorId, invitation.personId);
      const id = randomUUID();
      // Checked before the insert, so the error names the key; the UNIQUE indexes would
      // refuse it too.
      this.refuseClash(eventId, id, invitation);
      const status = invitation.status ?? 'draft';
      this.sql.run(INVITATION_SQL.insert, {
        id,
        eventId,
        actorId: invitation.actorId,
        personId: invitation.personId,
        emailKey: invitation.emailKey,
        status,
        history: JSON.stringify([{ status, at: now }]),
        note: invitation.note,
        seq: seq++,
        now,
      });
      ids.push(id);
    });
    return ids.map((id) => this.getInvitation(id) as InvitationRecord);
  }

  updateInvitation(
    id: string,
    expectedVersion: number,
    fields: { personId: string | null; note: string | null; emailKey: string | null },
    now: string,
  ): InvitationRecord {
    this.checkVersion(INVITATION_SQL.version, 'Invitation', id, expectedVersion);
    const current = this.getInvitation(id) as InvitationRecord;
    this.requireInvitee('', current.actorId, fields.personId);
    this.refuseClash(current.eventId, id, { ...fields, actorId: current.actorId });
    this.sql.run(INVITATION_SQL.update, { id, ...fields, now });
    return this.getInvitation(id) as InvitationRecord;
  }

  setInvitationStatus(
    changes: readonly { id: string; expectedVersion: number }[],
    status: InvitationStatus,
    at: string,
  ): InvitationRecord[] {
    for (const change of changes) {
      this.checkVersion(INVITATION_SQL.version, 'Invitation', change.id, change.expectedVersion);
    }
    return changes.map(({ id }) => {
      const current = this.getInvitation(id) as InvitationRecord;
      if (current.status === status) return current;
      this.sql.run(INVITATION_SQL.setStatus, {
        id,
        status,
        history: JSON.stringify([...current.history, { status, at }]),
        now: at,
      });
      return this.getInvitation(id) as InvitationRecord;
    });
  }

  deleteInvitation(id: string, expectedVersion: number): void {
    this.checkVersion(INVITATION_SQL.version, 'Invitation', id, expectedVersion);
    this.sql.run(INVITATION_SQL.delete, id);
  }

  findPersonEventLinks(personId: string): PersonEventLinks {
    const events = this.sql.rows(EVENT_SQL.byPerson, { personId }).map((row) => this.eventOf(row));
    const invitations = this.sql.rows(INVITATION_SQL.byPerson, personId).map(invitationFromRaw);
    return personEventLinks(personId, events, invitations);
  }

  /** After a contact person moved to `actorId`: drop their links under any other actor. */
  personMoved(personId: string, actorId: string): void {
    this.sql.run(PERSON_MOVE_SQL.invitations, { personId, actorId });
    this.sql.run(PERSON_MOVE_SQL.speakers, { personId, actorId });
  }

  listParticipation(actorIds: readonly string[]): Participation[] {
    if (actorIds.length === 0) return [];
    return this.sql.all<Participation>(PARTICIPATION_SQL.byActors, {
      ids: JSON.stringify([...new Set(actorIds)]),
    });
  }

  getPlan(id: string): PlanRecord | null {
    const row = this.sql.row(PLAN_SQL.byId, id);
    return row ? this.planOf(row) : null;
  }

  findPlans(filter: PlanFilter): PlanRecord[] {
    return this.sql
      .rows(PLAN_SQL.find, {
        regionCode: filter.regionCode ?? null,
        municipalityCode: filter.municipalityCode ?? null,
      })
      .map((row) => this.planOf(row));
  }

  createPlan(fields: PlanFields, now: string): PlanRecord {
    const id = randomUUID();
    const links = roleLinks(fields.measures);
    this.requireRoleActors(links);
    this.sql.run(PLAN_SQL.insert, planParams(id, fields, now));
    this.writeRoles(id, links);
    return this.getPlan(id) as PlanRecord;
  }

  updatePlan(id: string, expectedVersion: number, fields: PlanFields, now: string): PlanRecord {
    this.checkVersion(PLAN_SQL.version, 'Plan', id, expectedVersion);
    const links = roleLinks(fields.measures);
    this.requireRoleActors(links);
    this.sql.run(PLAN_SQL.update, planParams(id, fields, now));
    this.sql.run(PLAN_SQL.clearRoles, id);
    this.writeRoles(id, links);
    return this.getPlan(id) as PlanRecord;
  }

  deletePlan(id: string, expectedVersion: number): void {
    this.checkVersion(PLAN_SQL.version, 'Plan', id, expectedVersion);
    this.sql.run(PLAN_SQL.delete, id);
  }

  // ---------------------------------------------------------------------------------------

  private eventOf(r: Raw): EventRecord {
    const id = r[0] as string;
    const links = this.sql.all<SpeakerLink>(EVENT_SQL.speakers, id);
    const organisers = this.sql
      .all<{
        actorId: string;
        tasks: string;
        costSharePercent: number | null;
        note: string | null;
      }>(EVENT_SQL.organisers, id)
      .map((o): CoOrganiser => ({
        actorId: o.actorId,
        tasks: JSON.parse(o.tasks) as CoOrganiser['tasks'],
        costSharePercent: o.costSharePercent,
        note: o.note,
      }));
    return {
      id,
      kind: r[1] as EventKind,
      status: r[2] as EventStatus,
      title: r[3] as string,
      date: r[4] as string,
      endDate: r[5] as string | null,
      startTime: r[6] as string | null,
      endTime: r[7] as string | null,
      place: r[8] as string | null,
      municipalityCode: r[9] as string | null,
      regionCode: r[10] as string | null,
      description: r[11] as string | null,
      profileId: r[12] as string | null,
      programme: liveProgramme(JSON.parse(r[13] as string) as ProgrammeItem[], links),
      coOrganisers: organisers,
      createdAt: r[14] as string,
      updatedAt: r[15] as string,
      version: r[16] as number,
    };
  }

  private planOf(r: Raw): PlanRecord {
    const id = r[0] as string;
    const links = this.sql.all<RoleLink>(PLAN_SQL.roles, id);
    return {
      id,
      title: r[1] as string,
      regionCode: r[2] as string | null,
      municipalityCode: r[3] as string | null,
      periodStart: r[4] as number,
      periodEnd: r[5] as number,
      description: r[6] as string | null,
      goals: JSON.parse(r[7] as string) as PlanRecord['goals'],
      measures: liveMeasures(JSON.parse(r[8] as string) as Measure[], links),
      createdAt: r[9] as string,
      updatedAt: r[10] as string,
      version: r[11] as number,
    };
  }

  private writeEventLinks(eventId: string, fields: EventFields): void {
    fields.coOrganisers.forEach((o, position) => {
      this.sql.run(EVENT_SQL.insertOrganiser, {
        eventId,
        actorId: o.actorId,
        position,
        tasks: JSON.stringify(o.tasks),
        costSharePercent: o.costSharePercent,
        note: o.note,
      });
    });
    for (const link of speakerLinks(fields.programme)) {
      this.sql.run(EVENT_SQL.insertSpeaker, { eventId, ...link });
    }
  }

  private writeRoles(planId: string, links: readonly RoleLink[]): void {
    for (const link of links) this.sql.run(PLAN_SQL.insertRole, { planId, ...link });
  }

  private requireEventReferences(fields: EventFields): void {
    fields.coOrganisers.forEach((o, i) =>
      this.requireActor(`coOrganisers.${i}.actorId`, o.actorId),
    );
    for (const link of speakerLinks(fields.programme)) {
      const path = `programme.${link.item}.speakers.${link.position}`;
      this.requireInvitee(path, link.actorId, link.personId);
    }
  }

  private requireRoleActors(links: readonly RoleLink[]): void {
    for (const l of links) {
      const list = l.role === 'responsible' ? 'responsibleActorIds' : 'partnerActorIds';
      this.requireActor(`measures.${l.measure}.${list}.${l.position}`, l.actorId);
    }
  }

  /** The actor exists and, when a person is named, the person is one of its contacts. */
  private requireInvitee(path: string, actorId: string, personId: string | null): void {
    const prefix = path ? `${path}.` : '';
    this.requireActor(`${prefix}actorId`, actorId);
    if (personId === null) return;
    const person = this.sql.get<{ actorId: string }>(REFERENCE_SQL.personActor, personId);
    if (!person || person.actorId !== actorId) {
      throw new MissingReferenceError(`${prefix}personId`, personId);
    }
  }

  private requireActor(field: string, id: string): void {
    if (!this.sql.get(REFERENCE_SQL.actorExists, id)) throw new MissingReferenceError(field, id);
  }

  private refuseClash(
    eventId: string,
    id: string,
    invitation: { actorId: string; personId: string | null; emailKey: string | null },
  ): void {
    const clash = this.sql.get<{ personId: string | null; emailKey: string | null }>(
      INVITATION_SQL.clash,
      { eventId, id, ...pick(invitation) },
    );
    if (!clash) return;
    if (invitation.personId !== null && clash.personId === invitation.personId) {
      throw new DuplicateError('Invitation', 'personId', invitation.personId);
    }
    if (invitation.emailKey !== null && clash.emailKey === invitation.emailKey) {
      throw new DuplicateError('Invitation', 'email', invitation.emailKey);
    }
    throw new DuplicateError('Invitation', 'actorId', invitation.actorId);
  }

  private checkVersion(sql: string, entity: EntityKind, id: string, expected: number): void {
    const row = this.sql.get<{ version: number }>(sql, id);
    if (!row) throw new NotFoundError(entity, id);
    if (row.version !== expected) throw new VersionConflictError(entity, id, expected, row.version);
  }
}

function pick(i: { actorId: string; personId: string | null; emailKey: string | null }) {
  return { actorId: i.actorId, personId: i.personId, emailKey: i.emailKey };
}

function eventParams(id: string, f: EventFields, now: string) {
  return {
    id,
    kind: f.kind,
    status: f.status,
    title: f.title,
    date: f.date,
    endDate: f.endDate,
    startTime: f.startTime,
    endTime: f.endTime,
    place: f.place,
    municipalityCode: f.municipalityCode,
    regionCode: f.regionCode,
    description: f.description,
    profileId: f.profileId,
    programme: JSON.stringify(f.programme),
    now,
  };
}

function planParams(id: string, f: PlanFields, now: string) {
  return {
    id,
    title: f.title,
    regionCode: f.regionCode,
    municipalityCode: f.municipalityCode,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    description: f.description,
    goals: JSON.stringify(f.goals),
    measures: JSON.stringify(f.measures),
    now,
  };
}

function invitationFromRaw(r: Raw): InvitationRecord {
  return {
    id: r[0] as string,
    eventId: r[1] as string,
    actorId: r[2] as string,
    personId: r[3] as string | null,
    emailKey: r[4] as string | null,
    status: r[5] as InvitationStatus,
    history: JSON.parse(r[6] as string) as InvitationRecord['history'],
    note: r[7] as string | null,
    createdAt: r[8] as string,
    updatedAt: r[9] as string,
    version: r[10] as number,
  };
}
