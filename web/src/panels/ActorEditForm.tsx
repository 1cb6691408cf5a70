import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import {
  UpdateActorDocument,
  type ActorFieldsFragment,
  type Category,
} from '../api/generated/graphql';
import { binder, fieldErrors } from '../forms/field-errors';
import { TranslatedOptions } from '../forms/TranslatedOptions';
import { useSave } from '../forms/use-save';
import { CATEGORIES, DIMENSIONS } from '../vocabulary';
import { actorToForm, toUpdateActorInput, type ActorFormValues } from './actor-form';
import type { MunicipalityOption } from './FilterPanel';

interface ActorEditFormProps {
  actor: ActorFieldsFragment;
  municipalities: readonly MunicipalityOption[];
  onSaved(actor: ActorFieldsFragment): void;
  onConflict(currentVersion: number | null): void;
  onCancel(): void;
}

/**
 * Edits an actor's own fields. Sends the version it was opened at: if someone saved in
 * between, the API refuses with CONFLICT and the owner offers to reload.
 */
export function ActorEditForm({
  actor,
  municipalities,
  onSaved,
  onConflict,
  onCancel,
}: ActorEditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => actorToForm(actor));
  const set = <K extends keyof ActorFormValues>(key: K, value: ActorFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const { saving, issues, error, submit } = useSave({
    save: async () =>
      (
        await request(UpdateActorDocument, {
          id: actor.id,
          version: actor.version,
          input: toUpdateActorInput(values, actor),
        })
      ).updateActor,
    onSaved,
    onConflict,
  });

  // Unlike the event and plan forms', its errors are the API's own words, by the bare name.
  const { field, described } = fieldErrors({
    issueOf: (name) => issues.find((i) => i.field === name || i.field.endsWith(`.${name}`)),
    idOf: (name) => `err-${name}`,
    text: (issue) => issue.message,
  });
  const bind = binder(values, set, described);

  return (
    <form
      className="edit-form"
      onSubmit={(e) => void submit(e)}
      data-testid="actor-edit-form"
      aria-label={t('edit.heading')}
    >
      <h3>{t('edit.heading')}</h3>
      {field('name', t('edit.name'), <input required {...bind('name')} />)}
      <label className="field">
        {t('edit.category')}
        <select
          name="category"
          value={values.category}
          onChange={(e) => set('category', e.target.value as Category)}
        >
          <TranslatedOptions values={CATEGORIES} labels="categories" />
        </select>
      </label>
      {field('subcategory', t('edit.subcategory'), <input {...bind('subcategory')} />)}
      {municipalities.length > 0 && (
        <label className="field">
          {t('edit.municipality')}
          <select
            name="municipality"
            value={values.municipality}
            onChange={(e) => set('municipality', e.target.value)}
          >
            {!actor.municipalityCode && <option value="">{t('edit.noMunicipality')}</option>}
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {field('email', t('edit.email'), <input type="email" {...bind('email')} />)}
      {field('phone', t('edit.phone'), <input {...bind('phone')} />)}
      {field('website', t('edit.website'), <input {...bind('website')} />)}
      <label className="field">
        {t('edit.description')}
        <textarea
          name="description"
          rows={3}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </label>
      <fieldset>
        <legend>{t('edit.dimensions')}</legend>
        {DIMENSIONS.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={values.dimensions.includes(d)}
              onChange={() =>
                set(
                  'dimensions',
                  values.dimensions.includes(d)
                    ? values.dimensions.filter((x) => x !== d)
                    : [...values.dimensions, d],
                )
              }
            />
            {t(`dimensions.${d}`)}
          </label>
        ))}
      </fieldset>
      {issues.length > 0 && (
        <div className="notice error" role="alert">
          {t('edit.invalid')}
          <ul>
            {issues.map((i) => (
              <li key={`${i.field}-${i.rule}`}>
                {i.field}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('edit.saving') : t('app.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
