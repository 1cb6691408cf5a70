import type {
  EventFields,
  EventRecord,
  InvitationRecord,
  PlanFields,
  PlanRecord,
} from '../domain/event-records';
import type { InvitationStatus } from '../domain/event-vocabulary';

/**
 * The storage port for events, invitation lists and action plans; part of GraphStore and
 * held to the same rules (graph-store.ts): one transaction per write, versions checked
 * inside it, NotFoundError / VersionConflictError / DuplicateError / MissingReferenceError.
 *
 * References cascade. Deleting an actor deletes its invitations, its co-organiser roles,
 * its speaker entries and its roles in plan measures; deleting a contact person deletes the
 * invitations addressed to that person and their speaker entries, and moving one to another
 * actor deletes those they had under the former actor. Nothing is left pointing
 * at a record that is gone, and a person can always be erased (GDPR). The events and plans
 * themselves stay, without a new version: a client editing an older copy that still names
 * the deleted record is refused with MissingReferenceError.
 *
 * Deleting an event deletes its invitations.
 */
export interface EventStore {
  getEvent(id: string): Promise<EventRecord | null>;
  /** Ordered by date, start time, then id. */
  findEvents(filter: EventFilter): Promise<EventRecord[]>;
  /** MissingReferenceError (field named, e.g. coOrganisers.0.actorId) for a missing actor or person. */
  createEvent(fields: EventFields): Promise<EventRecord>;
  updateEvent(id: string, expectedVersion: number, fields: EventFields): Promise<EventRecord>;
  deleteEvent(id: string, expectedVersion: number): Promise<void>;

  getInvitation(id: string): Promise<InvitationRecord | null>;
  /** The event's invitations in the order they were added. */
  listInvitations(eventId: string): Promise<InvitationRecord[]>;
  /**
   * Adds invitations, all or none, each with status `draft` (or the status given) and a
   * history of that one status. DuplicateError when one would repeat, on the event's list
   * or within the batch: the same person, the same e-mail address (emailKey), or the same
   * actor without a contact person. NotFoundError for a missing event; MissingReferenceError
   * for a missing actor, a missing person, or a person who is not a contact of the actor.
   */
  addInvitations(
    eventId: string,
    invitations: readonly NewInvitation[],
  ): Promise<InvitationRecord[]>;
  /** Changes the contact person (and note); the e-mail key follows the new person. */
  updateInvitation(
    id: string,
    expectedVersion: number,
    fields: { personId: string | null; note: string | null; emailKey: string | null },
  ): Promise<InvitationRecord>;
  /**
   * Sets the status of several invitations at once, all or none: every version must be
   * current. An invitation already in that status is left as it is (no new version).
   */
  setInvitationStatus(
    changes: readonly { id: string; expectedVersion: number }[],
    status: InvitationStatus,
    at: string,
  ): Promise<InvitationRecord[]>;
  deleteInvitation(id: string, expectedVersion: number): Promise<void>;

  /**
   * Everything of events that names one contact person, in one query rather than one per
   * event (the GDPR export): the invitations addressed to them, whatever their status, and
   * the programme items they speak at. A person who moved to another actor has only what
   * they have under the new one (the move dropped the rest). Empty lists for an unknown id.
   */
  findPersonEventLinks(personId: string): Promise<PersonEventLinks>;

  /**
   * How the actors took part in events: one row per actor, event and role. `invited` counts
   * every invitation past draft; `attended` an invitation marked attended.
   */
  listParticipation(actorIds: readonly string[]): Promise<Participation[]>;

  getPlan(id: string): Promise<PlanRecord | null>;
  /** Ordered by period start, title, id. */
  findPlans(filter: PlanFilter): Promise<PlanRecord[]>;
  createPlan(fields: PlanFields): Promise<PlanRecord>;
  updatePlan(id: string, expectedVersion: number, fields: PlanFields): Promise<PlanRecord>;
  deletePlan(id: string, expectedVersion: number): Promise<void>;
}

export interface EventFilter {
  /** Events of the region, including those given only a municipality in it. */
  regionCode?: string;
  municipalityCode?: string;
  /** Inclusive calendar dates. */
  from?: string;
  to?: string;
}

export interface PersonEventLinks {
  /** The events the two lists below name, each once, ordered like findEvents. */
  events: EventRecord[];
  /** The person's invitations, in the order of their events. */
  invitations: InvitationRecord[];
  /** The programme items where the person is a speaker, by event, then item (its index). */
  speakerItems: PersonSpeakerItem[];
}

export interface PersonSpeakerItem {
  eventId: string;
  /** The item's index in the event's programme. */
  item: number;
  title: string;
}

export interface PlanFilter {
  regionCode?: string;
  municipalityCode?: string;
}

export interface NewInvitation {
  actorId: string;
  personId: string | null;
  /** Normalised (normaliseEmail) address the invitation goes to, or null. */
  emailKey: string | null;
  note: string | null;
  status?: InvitationStatus;
}

export const PARTICIPATION_ROLES = ['organised', 'spoke', 'invited', 'attended'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export interface Participation {
  actorId: string;
  eventId: string;
  role: ParticipationRole;
}
