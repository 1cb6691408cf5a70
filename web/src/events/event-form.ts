import type {
  CreateEventInput,
  EventKind,
  EventStatus,
  UpdateEventInput,
} from '../api/generated/graphql';
import {
  toCoOrganiserInputs,
  toDrafts,
  type CoOrganiserDraft,
  type CoOrganiserSource,
} from './co-organisers';
import {
  toProgrammeDrafts,
  toProgrammeInputs,
  type ProgrammeItemDraft,
  type ProgrammeItemSource,
} from './programme';
import { orNull, textsOf } from '../forms/form-text';

/**
 * The event form's values and their mapping to the API's inputs: plain TypeScript so the
 * rules (empty text is "not set", no municipality means a regional event) are tested without
 * a DOM. The co-organisers (co-organisers.ts) and the programme (programme.ts) are edited in
 * the same form and saved with the rest.
 */
export const EVENT_KINDS: readonly EventKind[] = [
  'panel',
  'training',
  'forum',
  'information_gathering',
  'decision_maker_event',
  'other',
];

export const EVENT_STATUSES: readonly EventStatus[] = ['planned', 'held', 'cancelled'];

/** Every field as the inputs hold it: text, '' for "not set". */
export interface EventFormValues {
  kind: EventKind;
  status: EventStatus;
  title: string;
  date: string;
  endDate: string;
  startTime: string;
  endTime: string;
  place: string;
  municipalityCode: string;
  description: string;
  /** '' lets the API choose by kind. */
  profileId: string;
  coOrganisers: CoOrganiserDraft[];
  programme: ProgrammeItemDraft[];
}

/** What the form reads from an event; the generated type has more, this is what it needs. */
export interface EventFormSource {
  kind: EventKind;
  status: EventStatus;
  title: string;
  date: string;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  municipalityCode: string | null;
  description: string | null;
  profileId: string | null;
  coOrganisers: readonly CoOrganiserSource[];
  programme: readonly ProgrammeItemSource[];
}

/** A new event: a planned panel, no date yet (the form asks for one). */
export function emptyEventForm(): EventFormValues {
  return {
    kind: 'panel',
    status: 'planned',
    title: '',
    date: '',
    endDate: '',
    startTime: '',
    endTime: '',
    place: '',
    municipalityCode: '',
    description: '',
    profileId: '',
    coOrganisers: [],
    programme: [],
  };
}

export function eventToForm(event: EventFormSource): EventFormValues {
  return {
    kind: event.kind,
    status: event.status,
    title: event.title,
    date: event.date,
    ...textsOf(event, [
      'endDate',
      'startTime',
      'endTime',
      'place',
      'municipalityCode',
      'description',
      'profileId',
    ]),
    coOrganisers: toDrafts(event.coOrganisers),
    programme: toProgrammeDrafts(event.programme),
  };
}

/** The shared part: null clears a field on update and is "not set" on create. */
function fields(values: EventFormValues, regionCode: string) {
  const municipality = orNull(values.municipalityCode);
  return {
    kind: values.kind,
    status: values.status,
    title: values.title.trim(),
    date: values.date.trim(),
    endDate: orNull(values.endDate),
    startTime: orNull(values.startTime),
    endTime: orNull(values.endTime),
    place: orNull(values.place),
    description: orNull(values.description),
    profileId: orNull(values.profileId),
    // Without a municipality the event is regional. The form offers only the region's own
    // municipalities, so the region is sent either way and always agrees with it.
    municipalityCode: municipality,
    regionCode,
    coOrganisers: toCoOrganiserInputs(values.coOrganisers),
    programme: toProgrammeInputs(values.programme),
  };
}

export function toCreateInput(values: EventFormValues, regionCode: string): CreateEventInput {
  return fields(values, regionCode);
}

export function toUpdateInput(values: EventFormValues, regionCode: string): UpdateEventInput {
  return fields(values, regionCode);
}
