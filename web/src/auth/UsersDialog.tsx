import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client';
import {
  CreateUserDocument,
  RegionsDocument,
  UpdateUserDocument,
  UsersDocument,
  type UserFieldsFragment,
} from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { QueryError } from '../pages/QueryError';
import { UserForm } from './UserForm';
import { inputOf, type UserDraft } from './user-draft';

/** The admin's list of users: add one, change role, regions or password, disable. */
export function UsersDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const users = useQuery(UsersDocument, {});
  const regions = useQuery(RegionsDocument, {});
  const [editing, setEditing] = useState<UserFieldsFragment | 'new' | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);

  useEffect(() => dialog.current?.showModal(), []);

  const regionName = (code: string) => {
    const region = regions.data?.regions.find((r) => r.code === code);
    return region ? (i18n.language === 'sv' ? region.nameSv : region.nameFi) : code;
  };

  const save = async (draft: UserDraft) => {
    setError(null);
    try {
      if (editing === 'new') await request(CreateUserDocument, { input: inputOf(draft) });
      else if (editing) {
        await request(UpdateUserDocument, {
          id: editing.id,
          version: editing.version,
          input: inputOf(draft),
        });
      }
      setEditing(null);
      users.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  const toggle = async (user: UserFieldsFragment) => {
    setError(null);
    try {
      const input = { disabled: !user.disabled };
      await request(UpdateUserDocument, { id: user.id, version: user.version, input });
      users.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <dialog ref={dialog} className="users-dialog" onClose={onClose} data-testid="users-dialog">
      <header>
        <h2>{t('auth.users')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('auth.close')}
        </button>
      </header>
      {users.error && <QueryError error={users.error} onRetry={users.reload} />}
      {error && (
        <p className="notice error" role="alert">
          {error instanceof ApiError && error.isConflict ? t('auth.conflict') : error.message}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('auth.email')}</th>
            <th>{t('auth.name')}</th>
            <th>{t('auth.role')}</th>
            <th>{t('auth.regions')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(users.data?.users ?? []).map((user) => (
            <tr key={user.id} className={user.disabled ? 'disabled' : undefined}>
              <td>{user.email}</td>
              <td>{user.name}</td>
              <td>{t(`auth.roles.${user.role}`)}</td>
              <td>
                {user.allRegions
                  ? t('auth.allRegions')
                  : user.regionCodes.map(regionName).join(', ')}
              </td>
              <td>
                <button type="button" className="link" onClick={() => setEditing(user)}>
                  {t('auth.edit')}
                </button>{' '}
                <button type="button" className="link" onClick={() => void toggle(user)}>
                  {user.disabled ? t('auth.enable') : t('auth.disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          regions={regions.data?.regions ?? []}
          regionName={regionName}
          issues={error instanceof ApiError ? error.issues : []}
          onSave={(draft) => void save(draft)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="user-new">
          {t('auth.newUser')}
        </button>
      )}
    </dialog>
  );
}
