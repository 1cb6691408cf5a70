import type { Dimension } from './dimensions';
import type {
  EventKind,
  EventStatus,
  InvitationStatus,
  MeasureStatus,
  OrganiserTask,
  ProgrammeItemKind,
} from './event-vocabulary';
import type { Versioned } from './records';

/**
 * Events, invitations and action plans as the store keeps them. An event and a plan are
 * each one aggregate, written whole with one version; an invitation is a record of its own,
 * because its status changes one by one and in bulk while the event stays as it is.
 *
 * Dates are calendar dates ("2026-05-28") and times wall-clock times in Finland ("09:30"):
 * an event happens at a local time, not at an instant.
 */

/** Someone who speaks in a programme item: a contact person, an actor, or a name alone. */
export interface Speaker {
  /** The actor the speaker represents; set whenever personId is. */
  actorId: string | null;
  personId: string | null;
  /** For a speaker outside the register (e.g. a visiting researcher). */
  name: string | null;
}

export interface ProgrammeItem {
  kind: ProgrammeItemKind;
  title: string;
  startTime: string | null;
  speakers: Speaker[];
}

export interface CoOrganiser {
  actorId: string;
  tasks: OrganiserTask[];
  /** The share of the costs this organiser carries, in per cent. */
  costSharePercent: number | null;
  note: string | null;
}

export interface EventFields {
  kind: EventKind;
  status: EventStatus;
  title: string;
  date: string;
  /** For an event of several days; null for one day. */
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  municipalityCode: string | null;
  regionCode: string | null;
  description: string | null;
  /** The analysis profile its invitation checklist uses (e.g. "regional_panel"); null: by kind. */
  profileId: string | null;
  programme: ProgrammeItem[];
  coOrganisers: CoOrganiser[];
}

export type EventRecord = EventFields & Versioned;

export interface StatusChange {
  status: InvitationStatus;
  at: string;
}

export interface InvitationFields {
  eventId: string;
  actorId: string;
  /** The contact person it goes to; null: to the actor's own address. */
  personId: string | null;
  note: string | null;
}

export interface InvitationRecord extends InvitationFields, Versioned {
  status: InvitationStatus;
  /** Every status it has had, oldest first, each with the moment of the change. */
  history: StatusChange[];
  /**
   * The normalised e-mail address it went to when it was added (the person's, else the
   * actor's), or null; the same address is on an event's list once.
   */
  emailKey: string | null;
}

export interface PlanGoal {
  title: string;
  description: string | null;
}

export interface Measure {
  title: string;
  description: string | null;
  /** Index into the plan's goals, or null. */
  goal: number | null;
  dimensions: Dimension[];
  responsibleActorIds: string[];
  partnerActorIds: string[];
  startDate: string | null;
  endDate: string | null;
  status: MeasureStatus;
}

export interface PlanFields {
  title: string;
  regionCode: string | null;
  municipalityCode: string | null;
  /** First and last year of the plan's period. */
  periodStart: number;
  periodEnd: number;
  description: string | null;
  goals: PlanGoal[];
  measures: Measure[];
}

export type PlanRecord = PlanFields & Versioned;
