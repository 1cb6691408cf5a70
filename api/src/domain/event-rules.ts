import { z } from 'zod';
import { checkActorGeography } from './actor-rules';
import type { EventFields } from './event-records';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  ORGANISER_TASKS,
  PROGRAMME_ITEM_KINDS,
} from './event-vocabulary';
import { enumList, optionalText, requiredText } from './field-rules';
import type { GeographyIndex } from './geography-index';
import { InputError } from './input-error';
import { list, text } from './normalize';
import { calendarDate, optionalDate, optionalTime } from './time-rules';
import { toIssues } from './validate';

/** The rules of an event's own fields; the service checks that the actors and persons exist. */
const id = z.string({ error: 'is required' }).min(1, 'is required').max(100);

const speaker = z
  .object({ actorId: id.nullable(), personId: id.nullable(), name: optionalText(200) })
  .refine((s) => s.actorId !== null || s.personId !== null || s.name !== null, {
    message: 'needs an actor, a contact person or a name',
    params: { rule: 'required' },
  });

const programmeItem = z.object({
  kind: z.enum(PROGRAMME_ITEM_KINDS, {
    error: `must be one of ${PROGRAMME_ITEM_KINDS.join(', ')}`,
  }),
  title: requiredText(300),
  startTime: optionalTime,
  speakers: z.array(speaker).max(30, 'must have at most 30 items'),
});

const coOrganiser = z.object({
  actorId: id,
  tasks: enumList(ORGANISER_TASKS),
  costSharePercent: z
    .number({ error: 'must be a number' })
    .min(0, 'must be from 0 to 100')
    .max(100, 'must be from 0 to 100')
    .nullable(),
  note: optionalText(500),
});

export const eventShape = {
  kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }),
  status: z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }),
  title: requiredText(300),
  date: calendarDate,
  endDate: optionalDate,
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText(300),
  municipalityCode: optionalText(3),
  regionCode: optionalText(2),
  description: optionalText(5000),
  profileId: optionalText(64),
  programme: z.array(programmeItem).max(50, 'must have at most 50 items'),
  coOrganisers: z.array(coOrganiser).max(30, 'must have at most 30 items'),
};

function checkEvent(geo: GeographyIndex) {
  const geography = checkActorGeography(geo);
  return (event: z.output<z.ZodObject<typeof eventShape>>, ctx: z.RefinementCtx): void => {
    const issue = (path: (string | number)[], message: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { rule } });
    geography(event, ctx);
    if (event.municipalityCode === null && event.regionCode === null) {
      issue(['municipalityCode'], 'give the municipality or the region of the event', 'required');
    }
    if (event.endDate !== null && event.endDate < event.date) {
      issue(['endDate'], `must not be before the date (${event.date})`, 'after_date');
    }
    const oneDay = event.endDate === null || event.endDate === event.date;
    if (oneDay && event.startTime && event.endTime && event.endTime <= event.startTime) {
      issue(['endTime'], `must be after the start time (${event.startTime})`, 'after_start');
    }
    const seen = new Set<string>();
    let share = 0;
    event.coOrganisers.forEach((o, i) => {
      if (seen.has(o.actorId)) {
        issue(['coOrganisers', i, 'actorId'], 'names the same actor twice', 'unique');
      }
      seen.add(o.actorId);
      share += o.costSharePercent ?? 0;
    });
    if (share > 100) {
      issue(['coOrganisers'], `cost shares add up to ${share} %, more than 100 %`, 'max_total');
    }
  };
}

type EventInput = { [K in keyof EventFields]?: unknown };

/** Tidies the input as every API does (trimmed text, empty text means none). */
export function tidyEventInput(input: EventInput): Record<keyof EventFields, unknown> {
  return {
    kind: text(input.kind),
    status: text(input.status) ?? 'planned',
    title: text(input.title),
    date: text(input.date),
    endDate: text(input.endDate),
    startTime: text(input.startTime),
    endTime: text(input.endTime),
    place: text(input.place),
    municipalityCode: text(input.municipalityCode),
    regionCode: text(input.regionCode),
    description: text(input.description),
    profileId: text(input.profileId),
    programme: Array.isArray(input.programme)
      ? input.programme.map((item: Record<string, unknown>) => ({
          kind: text(item?.kind),
          title: text(item?.title),
          startTime: text(item?.startTime),
          speakers: Array.isArray(item?.speakers)
            ? item.speakers.map((s: Record<string, unknown>) => ({
                actorId: text(s?.actorId),
                personId: text(s?.personId),
                name: text(s?.name),
              }))
            : (item?.speakers ?? []),
        }))
      : (input.programme ?? []),
    coOrganisers: Array.isArray(input.coOrganisers)
      ? input.coOrganisers.map((o: Record<string, unknown>) => ({
          actorId: text(o?.actorId),
          tasks: list(o?.tasks),
          costSharePercent: o?.costSharePercent ?? null,
          note: text(o?.note),
        }))
      : (input.coOrganisers ?? []),
  };
}

/** Tidies and checks an event; throws InputError naming every broken rule. */
export function validateEventFields(geo: GeographyIndex, input: EventInput): EventFields {
  const schema = z.object(eventShape).superRefine(checkEvent(geo));
  const result = schema.safeParse(tidyEventInput(input));
  if (!result.success) throw new InputError(toIssues(result.error));
  const fields = result.data as EventFields;
  if (fields.municipalityCode === null) return fields;
  const regionCode = geo.municipalities.get(fields.municipalityCode)?.regionCode ?? null;
  return { ...fields, regionCode };
}
