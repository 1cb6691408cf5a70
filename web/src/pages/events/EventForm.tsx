import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import {
  CreateEventDocument,
  ProfilesDocument,
  UpdateEventDocument,
  type EventFieldsFragment,
  type EventKind,
  type EventStatus,
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
import { otherIssues } from '../../events/field-issues';
import { pickLabel } from '../../panels/labels';
import { CoOrganiserFields } from './CoOrganiserFields';
import { ProgrammeFields } from './ProgrammeFields';
import { useServerForm } from '../server-form';
import { useMunicipalities, useRegionActors } from '../region-data';

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
  const [values, setValues] = useState<EventFormValues>(() =>
    event ? eventToForm(event) : emptyEventForm(),
  );
  const { saving, issues, error, save, field, described } = useServerForm('events', onConflict);
  // The region's actors, for picking co-organisers and speakers (often already prefetched).
  const nodes = useRegionActors(regionCode);
  const municipalities = useMunicipalities(regionCode);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      const saved = event
        ? (
            await request(UpdateEventDocument, {
              id: event.id,
              version: event.version,
              input: toUpdateInput(values, regionCode),
            })
          ).updateEvent
        : (await request(CreateEventDocument, { input: toCreateInput(values, regionCode) }))
            .createEvent;
      onSaved(saved);
    });
  };

  const text = (name: TextField, type = 'text', required = false) => (
    <input
      name={name}
      type={type}
      value={values[name]}
      required={required}
      onChange={(e) => set(name, e.target.value)}
      {...described(name)}
    />
  );
  const rest = otherIssues(issues, [...FIELDS, ...nestedPaths(values)]);

  return (
    <form
      className="edit-form event-form"
      onSubmit={submit}
      data-testid="event-form"
      aria-label={event ? t('events.edit') : t('events.newEvent')}
      noValidate
    >
      <h2>{event ? t('events.edit') : t('events.newEvent')}</h2>
      {field('title', t('events.field.title'), text('title', 'text', true))}
      <div className="field-row">
        {field(
          'kind',
          t('events.field.kind'),
          <select
            name="kind"
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as EventKind)}
          >
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`events.kind.${k}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'status',
          t('events.field.status'),
          <select
            name="status"
            value={values.status}
            onChange={(e) => set('status', e.target.value as EventStatus)}
          >
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`events.eventStatus.${s}`)}
              </option>
            ))}
          </select>,
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
        <select
          name="municipalityCode"
          value={values.municipalityCode}
          onChange={(e) => set('municipalityCode', e.target.value)}
          {...described('municipalityCode')}
        >
          <option value="">{t('events.regional')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {lang === 'sv' ? (m.nameSv ?? m.nameFi) : m.nameFi}
            </option>
          ))}
        </select>,
      )}
      {field(
        'description',
        t('events.field.description'),
        <textarea
          name="description"
          rows={4}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          {...described('description')}
        />,
      )}
      {field(
        'profileId',
        t('events.field.profile'),
        <select
          name="profileId"
          value={values.profileId}
          onChange={(e) => set('profileId', e.target.value)}
          {...described('profileId')}
        >
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
      {rest.length > 0 && (
        <ul className="field-error" role="alert">
          {rest.map((i) => (
            <li key={`${i.field}-${i.rule}`}>
              {i.field}: {i.message}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" disabled={saving} data-testid="event-save">
          {saving ? t('events.saving') : event ? t('events.save') : t('events.create')}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('events.cancel')}
        </button>
      </div>
    </form>
  );
}
