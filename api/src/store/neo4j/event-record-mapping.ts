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
  type MeasureRole,
  type RoleLink,
  type SpeakerLink,
} from '../event-links';
import type { Row } from './neo4j-executor';
import { StoredValueError, toIsoTimestamp, toSafeNumber, type Properties } from './record-mapping';
import { wholeNumber, type FieldMap } from './write-params';

/**
 * Events, invitations and plans between records and the graph (see cypher/events.ts and
 * cypher/plans.ts). Documents (programme, goals, measures, history) travel as JSON text.
 */

function text(props: Properties, field: string): string {
  const value = props[field];
  if (typeof value === 'string') return value;
  throw new StoredValueError(`${field} should be text, but is ${String(value)}`);
}

function optionalText(props: Properties, field: string): string | null {
  return props[field] == null ? null : text(props, field);
}

function stamps(props: Properties) {
  return {
    id: text(props, 'id'),
    createdAt: toIsoTimestamp(props.createdAt, 'createdAt'),
    updatedAt: toIsoTimestamp(props.updatedAt, 'updatedAt'),
    version: toSafeNumber(props.version, 'version'),
  };
}

function maps(value: unknown, field: string): Properties[] {
  if (Array.isArray(value)) return value as Properties[];
  throw new StoredValueError(`${field} should be a list, but is ${String(value)}`);
}

export function eventFromRow(row: Row): EventRecord {
  const props = row.event as Properties;
  const links: SpeakerLink[] = maps(row.speakers, 'speakers').map((s) => ({
    item: toSafeNumber(s.item, 'item'),
    position: toSafeNumber(s.position, 'position'),
    actorId: text(s, 'actorId'),
    personId: optionalText(s, 'personId'),
  }));
  const coOrganisers: CoOrganiser[] = maps(row.organisers, 'organisers').map((o) => ({
    actorId: text(o, 'actorId'),
    tasks: (o.tasks ?? []) as CoOrganiser['tasks'],
    costSharePercent: o.costSharePercent == null ? null : Number(o.costSharePercent),
    note: optionalText(o, 'note'),
  }));
  return {
    ...stamps(props),
    kind: text(props, 'kind') as EventKind,
    status: text(props, 'status') as EventStatus,
    title: text(props, 'title'),
    date: text(props, 'date'),
    endDate: optionalText(props, 'endDate'),
    startTime: optionalText(props, 'startTime'),
    endTime: optionalText(props, 'endTime'),
    place: optionalText(props, 'place'),
    municipalityCode: optionalText(props, 'municipalityCode'),
    regionCode: optionalText(props, 'regionCode'),
    description: optionalText(props, 'description'),
    profileId: optionalText(props, 'profileId'),
    programme: liveProgramme(JSON.parse(text(props, 'programme')) as ProgrammeItem[], links),
    coOrganisers,
  };
}

/** The event's own properties; organisers and speakers are edges. */
export function eventFieldMap(f: EventFields): FieldMap {
  return {
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
  };
}

export function organiserRows(f: EventFields): FieldMap[] {
  return f.coOrganisers.map((o, position) => ({
    actorId: o.actorId,
    position: wholeNumber(position),
    tasks: [...o.tasks],
    costSharePercent: o.costSharePercent,
    note: o.note,
  }));
}

export function speakerRows(links: readonly SpeakerLink[]): FieldMap[] {
  return links.map((l) => ({
    actorId: l.actorId,
    item: wholeNumber(l.item),
    position: wholeNumber(l.position),
    personId: l.personId,
  }));
}

export function invitationFromRow(row: Row): InvitationRecord {
  const props = row.invitation as Properties;
  return {
    ...stamps(props),
    eventId: text(props, 'eventId'),
    actorId: text(props, 'actorId'),
    personId: optionalText(props, 'personId'),
    emailKey: optionalText(props, 'emailKey'),
    status: text(props, 'status') as InvitationStatus,
    history: JSON.parse(text(props, 'history')) as InvitationRecord['history'],
    note: optionalText(props, 'note'),
  };
}

export function planFromRow(row: Row): PlanRecord {
  const props = row.plan as Properties;
  const links: RoleLink[] = maps(row.roles, 'roles').map((r) => ({
    measure: toSafeNumber(r.measure, 'measure'),
    role: text(r, 'role') as MeasureRole,
    position: toSafeNumber(r.position, 'position'),
    actorId: text(r, 'actorId'),
  }));
  return {
    ...stamps(props),
    title: text(props, 'title'),
    regionCode: optionalText(props, 'regionCode'),
    municipalityCode: optionalText(props, 'municipalityCode'),
    periodStart: toSafeNumber(props.periodStart, 'periodStart'),
    periodEnd: toSafeNumber(props.periodEnd, 'periodEnd'),
    description: optionalText(props, 'description'),
    goals: JSON.parse(text(props, 'goals')) as PlanRecord['goals'],
    measures: liveMeasures(JSON.parse(text(props, 'measures')) as Measure[], links),
  };
}

export function planFieldMap(f: PlanFields): FieldMap {
  return {
    title: f.title,
    regionCode: f.regionCode,
    municipalityCode: f.municipalityCode,
    periodStart: wholeNumber(f.periodStart),
    periodEnd: wholeNumber(f.periodEnd),
    description: f.description,
    goals: JSON.stringify(f.goals),
    measures: JSON.stringify(f.measures),
  };
}

export function roleRows(links: readonly RoleLink[]): FieldMap[] {
  return links.map((l) => ({
    actorId: l.actorId,
    measure: wholeNumber(l.measure),
    role: l.role,
    position: wholeNumber(l.position),
  }));
}
