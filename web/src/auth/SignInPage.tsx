import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { LoginDocument, OidcSignInDocument } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { AuthPageFrame } from './AuthPageFrame';
import { signInMessage } from './sign-in-message';
import { useAuthFields } from './use-auth-fields';

export function SignInPage() {
  const { t } = useTranslation();
  const { values, field } = useAuthFields({ email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof signInMessage> | null>(null);
  const oidc = useQuery(OidcSignInDocument, {});
  // The provider's round trip ends here with ?signin=unknown|failed when it did not work.
  const returned = new URLSearchParams(window.location.search).get('signin');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await request(LoginDocument, values);
      // A fresh start with the session: every request the page made before was refused.
      window.location.reload();
    } catch (error) {
      setFailure(signInMessage(error));
      setBusy(false);
    }
  };

  return (
    <AuthPageFrame title={t('auth.signInTitle')} intro={t('auth.signInIntro')}>
      <form onSubmit={(e) => void submit(e)} className="auth-form" data-testid="sign-in-form">
        {field('email', t('auth.email'), 'username', 'sign-in-email')}
        {field('password', t('auth.password'), 'current-password', 'sign-in-password')}
        {failure && (
          <p className="notice error" role="alert" data-testid="sign-in-error">
            {t(failure.key, failure.values)}
          </p>
        )}
        <button type="submit" disabled={busy} data-testid="sign-in-submit">
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      {oidc.data?.oidcSignIn && (
        <p className="auth-oidc">
          <a className="button" href="/api/auth/oidc/login" data-testid="sign-in-oidc">
            {t('auth.signInWithOrganisation')}
          </a>
        </p>
      )}
      {(returned === 'unknown' || returned === 'failed') && (
        <p className="notice error" role="alert" data-testid="sign-in-oidc-error">
          {returned === 'unknown' ? t('auth.oidcUnknown') : t('auth.oidcFailed')}
        </p>
      )}
    </AuthPageFrame>
  );
}
