import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client';
import { SetUpFirstAdminDocument } from '../api/generated/graphql';
import { AuthPageFrame } from './AuthPageFrame';
import { useAuthFields } from './use-auth-fields';

/** The one-time setup link start-up prints when the store has no users. */
export function SetupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const { values, field } = useAuthFields({ email: '', name: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await request(SetUpFirstAdminDocument, { token, ...values });
      window.location.replace('/');
    } catch (failure) {
      const refused = failure instanceof ApiError && failure.code === 'UNAUTHENTICATED';
      setError(refused ? t('auth.setupInvalid') : (failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <AuthPageFrame title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form onSubmit={(e) => void submit(e)} className="auth-form">
        {field('name', t('auth.name'), 'name')}
        {field('email', t('auth.email'), 'username')}
        {field('password', t('auth.password'), 'new-password')}
        <small>{t('auth.passwordHint')}</small>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('auth.createAdmin')}
        </button>
      </form>
    </AuthPageFrame>
  );
}
