import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import {
  CreateEventDocument,
  ProfilesDocument,
  UpdateEventDocument,
  type EventFieldsFragment,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  emptyEventForm,
  eventToForm,
  toCreateInput,
  toUpdateInput,
  type EventFormValues,
} from '../../events/event-form';
import { pickLabel } from '../../panels/labels';
import { CoOrganiserFields } from './CoOrganiserFields';
import { ProgrammeFields } from './ProgrammeFields';
import { MunicipalitySelect, RecordForm, useRecordForm } from '../record-form';
import { useRegionActors } from '../region-data';
import { TranslatedOptions } from '../../forms/TranslatedOptions';

interface EventFormProps {
  regionCode: string;
  /** The event to edit; without it the form creates one. */
  event?: EventFieldsFragment;
  onSaved(event: EventFieldsFragment): void;
  /** Someone saved in between: the page offers to reload. */
  onConflict(): void;
  onCancel(): void;
}

/** The form's own text and choice fields (the co-organisers have their own component). */
type TextField = Exclude<keyof EventFormValues, 'coOrganisers' | 'programme'>;
const FIELDS = Object.keys(emptyEventForm()).filter(
  (k) => k !== 'coOrganisers' && k !== 'programme',
) as TextField[];

/** Field paths the co-organiser rows and programme items show themselves. */
const nestedPaths = (values: EventFormValues) => [
  ...values.coOrganisers.flatMap((_, i) => [
    `coOrganisers.${i}.actorId`,
    `coOrganisers.${i}.costSharePercent`,
  ]),
  ...values.programme.flatMap((_, i) => [`programme.${i}.title`, `programme.${i}.startTime`]),
];

/**
 * Creates an event or edits one's own fields. The server checks everything; its field
 * errors are shown next to the field they name, anything else above the buttons.
 */
export function EventForm({ regionCode, event, onSaved, onConflict, onCancel }: EventFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const profiles = useQuery(ProfilesDocument, {});
  const form = useRecordForm({
    kind: 'events',
    record: event,
    toForm: eventToForm,
    empty: emptyEventForm,
    create: async (values) =>
      (await request(CreateEventDocument, { input: toCreateInput(values, regionCode) }))
        .createEvent,
    update: async (values, at) =>
      (await request(UpdateEventDocument, { ...at, input: toUpdateInput(values, regionCode) }))
        .updateEvent,
    onSaved,
    onConflict,
  });
  const { values, set, issues, field, bind, text } = form;
  // The region's actors, for picking co-organisers and speakers (often already prefetched).
  const nodes = useRegionActors(regionCode);
  // The kind and status are unions, which bind (for text) does not take.
  const choice = <K extends 'kind' | 'status'>(
    name: K,
    options: readonly EventFormValues[K][],
    labels: string,
  ) => (
    <select
      name={name}
      value={values[name]}
      onChange={(e) => set(name, e.target.value as EventFormValues[K])}
    >
      <TranslatedOptions values={options} labels={labels} />
    </select>
  );

  return (
    <RecordForm form={form} shownFields={[...FIELDS, ...nestedPaths(values)]} onCancel={onCancel}>
      {field('title', t('events.field.title'), text('title', 'text', true))}
      <div className="field-row">
        {field('kind', t('events.field.kind'), choice('kind', EVENT_KINDS, 'events.kind'))}
        {field(
          'status',
          t('events.field.status'),
          choice('status', EVENT_STATUSES, 'events.eventStatus'),
        )}
      </div>
      <div className="field-row">
        {field('date', t('events.field.date'), text('date', 'date', true))}
        {field('endDate', t('events.field.endDate'), text('endDate', 'date'))}
        {field('startTime', t('events.field.startTime'), text('startTime', 'time'))}
        {field('endTime', t('events.field.endTime'), text('endTime', 'time'))}
      </div>
      {field('place', t('events.field.place'), text('place'))}
      {field(
        'municipalityCode',
        t('events.field.municipality'),
        <MunicipalitySelect
          regionCode={regionCode}
          regionLabel={t('events.regional')}
          {...bind('municipalityCode')}
        />,
      )}
      {field(
        'description',
        t('events.field.description'),
        <textarea rows={4} {...bind('description')} />,
      )}
      {field(
        'profileId',
        t('events.field.profile'),
        <select {...bind('profileId')}>
          <option value="">{t('events.profileByKind')}</option>
          {(profiles.data?.profiles ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {pickLabel(p.label, lang)}
            </option>
          ))}
        </select>,
      )}
      <ProgrammeFields
        nodes={nodes}
        value={values.programme}
        issues={issues}
        onChange={(next) => set('programme', next)}
      />
      <CoOrganiserFields
        nodes={nodes}
        value={values.coOrganisers}
        issues={issues}
        onChange={(next) => set('coOrganisers', next)}
      />
    </RecordForm>
  );
}
