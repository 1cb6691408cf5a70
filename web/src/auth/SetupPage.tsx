import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client';
import { SetUpFirstAdminDocument } from '../api/generated/graphql';
import { AuthField } from './AuthField';
import { AuthPageFrame } from './AuthPageFrame';

/** The one-time setup link start-up prints when the store has no users. */
export function SetupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ email: '', name: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await request(SetUpFirstAdminDocument, { token, ...fields });
      window.location.replace('/');
    } catch (failure) {
      const refused = failure instanceof ApiError && failure.code === 'UNAUTHENTICATED';
      setError(refused ? t('auth.setupInvalid') : (failure as Error).message);
      setBusy(false);
    }
  };

  const field = (
    name: keyof typeof fields,
    type: 'text' | 'email' | 'password',
    autoComplete: string,
  ) => (
    <AuthField
      label={t(`auth.${name}`)}
      type={type}
      autoComplete={autoComplete}
      value={fields[name]}
      onChange={(value) => setFields({ ...fields, [name]: value })}
    />
  );

  return (
    <AuthPageFrame title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form onSubmit={(e) => void submit(e)} className="auth-form">
        {field('name', 'text', 'name')}
        {field('email', 'email', 'username')}
        {field('password', 'password', 'new-password')}
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
