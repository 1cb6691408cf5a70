import { registerEnumType } from '@nestjs/graphql';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  INVITATION_STATUSES,
  MEASURE_STATUSES,
  ORGANISER_TASKS,
  PROGRAMME_ITEM_KINDS,
} from '../domain/event-vocabulary';

/** GraphQL enums with the domain's own values, as common/graphql-enums.ts does for actors. */
function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const EventKindEnum = asEnum(EVENT_KINDS);
export const EventStatusEnum = asEnum(EVENT_STATUSES);
export const ProgrammeItemKindEnum = asEnum(PROGRAMME_ITEM_KINDS);
export const OrganiserTaskEnum = asEnum(ORGANISER_TASKS);
export const InvitationStatusEnum = asEnum(INVITATION_STATUSES);
export const MeasureStatusEnum = asEnum(MEASURE_STATUSES);

registerEnumType(EventKindEnum, { name: 'EventKind' });
registerEnumType(EventStatusEnum, { name: 'EventStatus' });
registerEnumType(ProgrammeItemKindEnum, { name: 'ProgrammeItemKind' });
registerEnumType(OrganiserTaskEnum, {
  name: 'OrganiserTask',
  description: 'What a co-organiser takes on.',
});
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description:
    'draft → invited → registered or declined → attended or no_show; any change is allowed.',
});
registerEnumType(MeasureStatusEnum, { name: 'MeasureStatus' });
