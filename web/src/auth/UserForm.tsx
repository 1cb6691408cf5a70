import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../api/client';
import type { Role, UserFieldsFragment } from '../api/generated/graphql';
import { draftOf, type UserDraft } from './user-draft';
import { TranslatedOptions } from '../forms/TranslatedOptions';

const ROLES: Role[] = ['viewer', 'editor', 'admin'] as Role[];

export function UserForm({
  user,
  regions,
  regionName,
  issues,
  onSave,
  onCancel,
}: {
  user: UserFieldsFragment | null;
  regions: { code: string }[];
  regionName(code: string): string;
  issues: InputIssue[];
  onSave(draft: UserDraft): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(user));
  const issue = (field: string) => issues.find((i) => i.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft);
  };
  const toggleRegion = (code: string) =>
    setDraft({
      ...draft,
      regionCodes: draft.regionCodes.includes(code)
        ? draft.regionCodes.filter((c) => c !== code)
        : [...draft.regionCodes, code],
    });
  const text = (field: 'email' | 'name' | 'password', label: string, type: string) => (
    <label>
      {label}
      <input
        type={type}
        value={draft[field]}
        required={field !== 'password' || user === null}
        autoComplete={field === 'password' ? 'new-password' : 'off'}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        aria-invalid={issue(field) ? true : undefined}
        data-testid={`user-${field}`}
      />
      {issue(field) && <small className="field-error">{issue(field)}</small>}
    </label>
  );

  return (
    <form className="user-form" onSubmit={submit} data-testid="user-form">
      <h3>{user ? user.email : t('auth.newUser')}</h3>
      {text('email', t('auth.email'), 'email')}
      {text('name', t('auth.name'), 'text')}
      {text('password', user ? t('auth.newPassword') : t('auth.password'), 'password')}
      <label>
        {t('auth.role')}
        <select
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}
          data-testid="user-role"
        >
          <TranslatedOptions values={ROLES} labels="auth.roles" />
        </select>
      </label>
      {draft.role !== 'admin' && (
        <fieldset>
          <legend>{t('auth.regions')}</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.allRegions}
              onChange={(e) => setDraft({ ...draft, allRegions: e.target.checked })}
            />
            {t('auth.allRegions')}
          </label>
          {!draft.allRegions &&
            regions.map((region) => (
              <label key={region.code}>
                <input
                  type="checkbox"
                  checked={draft.regionCodes.includes(region.code)}
                  onChange={() => toggleRegion(region.code)}
                  data-testid={`user-region-${region.code}`}
                />
                {regionName(region.code)}
              </label>
            ))}
          {issue('regionCodes') && <small className="field-error">{issue('regionCodes')}</small>}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" data-testid="user-save">
          {t('auth.saveUser')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('events.cancel')}
        </button>
      </div>
    </form>
  );
}
