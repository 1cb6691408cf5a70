import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request, type InputIssue } from '../api/client';
import {
  UpdateActorDocument,
  type ActorFieldsFragment,
  type Category,
  type Dimension,
  type UpdateActorInput,
} from '../api/generated/graphql';
import { CATEGORIES, DIMENSIONS } from '../vocabulary';
import type { MunicipalityOption } from './FilterPanel';

interface ActorEditFormProps {
  actor: ActorFieldsFragment;
  municipalities: readonly MunicipalityOption[];
  onSaved(actor: ActorFieldsFragment): void;
  onConflict(currentVersion: number | null): void;
  onCancel(): void;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

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
  const [name, setName] = useState(actor.name);
  const [category, setCategory] = useState<Category>(actor.category);
  const [subcategory, setSubcategory] = useState(actor.subcategory ?? '');
  const [municipality, setMunicipality] = useState(actor.municipalityCode ?? '');
  const [email, setEmail] = useState(actor.email ?? '');
  const [phone, setPhone] = useState(actor.phone ?? '');
  const [website, setWebsite] = useState(actor.website ?? '');
  const [description, setDescription] = useState(actor.description ?? '');
  const [dimensions, setDimensions] = useState<Dimension[]>([...actor.dimensions]);
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setIssues([]);
    setError(null);
    const input: UpdateActorInput = {
      name: name.trim(),
      category,
      subcategory: orNull(subcategory),
      email: orNull(email),
      phone: orNull(phone),
      website: orNull(website),
      description: orNull(description),
      dimensions,
    };
    // Only send the municipality when it changed: a national actor has none to send.
    if ((actor.municipalityCode ?? '') !== municipality && municipality)
      input.municipalityCode = municipality;
    try {
      const result = await request(UpdateActorDocument, {
        id: actor.id,
        version: actor.version,
        input,
      });
      onSaved(result.updateActor);
    } catch (e) {
      if (e instanceof ApiError && e.isConflict) onConflict(e.currentVersion);
      else if (e instanceof ApiError && e.issues.length) setIssues(e.issues);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const issueFor = (field: string) =>
    issues.find((i) => i.field === field || i.field.endsWith(`.${field}`));
  const fieldError = (field: string) => {
    const issue = issueFor(field);
    return issue ? (
      <span className="field-error" id={`err-${field}`}>
        {issue.message}
      </span>
    ) : null;
  };
  const described = (field: string) =>
    issueFor(field) ? { 'aria-invalid': true, 'aria-describedby': `err-${field}` } : {};

  return (
    <form
      className="edit-form"
      onSubmit={(e) => void submit(e)}
      data-testid="actor-edit-form"
      aria-label={t('edit.heading')}
    >
      <h3>{t('edit.heading')}</h3>
      <label className="field">
        {t('edit.name')}
        <input
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          {...described('name')}
        />
        {fieldError('name')}
      </label>
      <label className="field">
        {t('edit.category')}
        <select
          name="category"
          value={category}
          onChange={(e) => setCategory(e.target.value as Category)}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('edit.subcategory')}
        <input
          name="subcategory"
          value={subcategory}
          onChange={(e) => setSubcategory(e.target.value)}
          {...described('subcategory')}
        />
        {fieldError('subcategory')}
      </label>
      {municipalities.length > 0 && (
        <label className="field">
          {t('edit.municipality')}
          <select
            name="municipality"
            value={municipality}
            onChange={(e) => setMunicipality(e.target.value)}
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
      <label className="field">
        {t('edit.email')}
        <input
          name="email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...described('email')}
        />
        {fieldError('email')}
      </label>
      <label className="field">
        {t('edit.phone')}
        <input
          name="phone"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          {...described('phone')}
        />
        {fieldError('phone')}
      </label>
      <label className="field">
        {t('edit.website')}
        <input
          name="website"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
          {...described('website')}
        />
        {fieldError('website')}
      </label>
      <label className="field">
        {t('edit.description')}
        <textarea
          name="description"
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>{t('edit.dimensions')}</legend>
        {DIMENSIONS.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={dimensions.includes(d)}
              onChange={() =>
                setDimensions((list) =>
                  list.includes(d) ? list.filter((x) => x !== d) : [...list, d],
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
