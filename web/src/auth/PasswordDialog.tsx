import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client';
import { ChangePasswordDocument } from '../api/generated/graphql';
import { useAuthFields } from './use-auth-fields';

/** The user's own password. A change ends every session, this one too: sign in again after. */
export function PasswordDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [issue, setIssue] = useState<{ field: string; message: string } | null>(null);
  const error = (field: string) =>
    issue && issue.field === field ? <small className="field-error">{issue.message}</small> : null;
  const { values, field } = useAuthFields({ currentPassword: '', password: '' }, error);
  useEffect(() => dialog.current?.showModal(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssue(null);
    try {
      await request(ChangePasswordDocument, {
        currentPassword: values.currentPassword,
        newPassword: values.password,
      });
      window.location.reload();
    } catch (failure) {
      const first = failure instanceof ApiError ? failure.issues[0] : undefined;
      setIssue(first ?? { field: '', message: (failure as Error).message });
    }
  };

  const hint = <small>{t('auth.passwordHint')}</small>;

  return (
    <dialog ref={dialog} className="users-dialog" onClose={onClose} data-testid="password-dialog">
      <header>
        <h2>{t('auth.changePassword')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('auth.close')}
        </button>
      </header>
      <form className="user-form" onSubmit={(e) => void submit(e)}>
        {field(
          'currentPassword',
          t('auth.currentPassword'),
          'current-password',
          'password-current',
        )}
        {field('password', t('auth.newPasswordLabel'), 'new-password', 'password-new', hint)}
        {issue && !['currentPassword', 'password'].includes(issue.field) && (
          <p className="notice error" role="alert">
            {issue.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" data-testid="password-save">
            {t('auth.changePassword')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
