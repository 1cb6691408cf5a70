import type {
  EventRecord,
  InvitationRecord,
  Measure,
  ProgrammeItem,
} from '../domain/event-records';
import type { PersonEventLinks } from './event-store';

/**
 * Both adapters keep an event's programme and a plan's measures as one document, and every
 * reference in them to an actor or person also as a link of its own (a row, an edge) that a
 * delete cascades through. Reading puts the two together: a reference whose link is gone
 * (its actor or person was deleted) is left out. These functions are that logic, once.
 */

export interface SpeakerLink {
  item: number;
  position: number;
  actorId: string;
  personId: string | null;
}

export const MEASURE_ROLES = ['responsible', 'partner'] as const;
export type MeasureRole = (typeof MEASURE_ROLES)[number];

export interface RoleLink {
  measure: number;
  role: MeasureRole;
  position: number;
  actorId: string;
}

export function speakerLinks(programme: readonly ProgrammeItem[]): SpeakerLink[] {
  return programme.flatMap((item, i) =>
    item.speakers.flatMap((speaker, position) =>
      speaker.actorId === null
        ? []
        : [{ item: i, position, actorId: speaker.actorId, personId: speaker.personId }],
    ),
  );
}

/** The programme with the speakers whose link is gone left out. */
export function liveProgramme(
  programme: readonly ProgrammeItem[],
  links: readonly SpeakerLink[],
): ProgrammeItem[] {
  const live = new Set(links.map((l) => `${l.item}:${l.position}`));
  return programme.map((item, i) => ({
    ...item,
    speakers: item.speakers.filter(
      (speaker, position) => speaker.actorId === null || live.has(`${i}:${position}`),
    ),
  }));
}

export function roleLinks(measures: readonly Measure[]): RoleLink[] {
  return measures.flatMap((measure, m) => [
    ...measure.responsibleActorIds.map((actorId, position) => ({
      measure: m,
      role: 'responsible' as const,
      position,
      actorId,
    })),
    ...measure.partnerActorIds.map((actorId, position) => ({
      measure: m,
      role: 'partner' as const,
      position,
      actorId,
    })),
  ]);
}

/** The measures with the roles whose actor is gone left out. */
export function liveMeasures(measures: readonly Measure[], links: readonly RoleLink[]): Measure[] {
  const live = new Set(links.map((l) => `${l.measure}:${l.role}:${l.position}`));
  return measures.map((measure, m) => ({
    ...measure,
    responsibleActorIds: measure.responsibleActorIds.filter((_, p) =>
      live.has(`${m}:responsible:${p}`),
    ),
    partnerActorIds: measure.partnerActorIds.filter((_, p) => live.has(`${m}:partner:${p}`)),
  }));
}

/**
 * findPersonEventLinks from what an adapter read: the events (ordered like findEvents) and
 * the person's invitations (in any order). The speaker items come from the live programmes.
 */
export function personEventLinks(
  personId: string,
  events: readonly EventRecord[],
  invitations: readonly InvitationRecord[],
): PersonEventLinks {
  const position = new Map(events.map((e, i) => [e.id, i]));
  const at = (i: InvitationRecord) => position.get(i.eventId) ?? events.length;
  return {
    events: [...events],
    invitations: [...invitations].sort(
      (a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    speakerItems: events.flatMap((event) =>
      event.programme.flatMap((item, i) =>
        item.speakers.some((s) => s.personId === personId)
          ? [{ eventId: event.id, item: i, title: item.title }]
          : [],
      ),
    ),
  };
}
