import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNED_OUT_EVENT } from '../api/client';
import { MeDocument } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { QueryError } from '../pages/QueryError';
import { CurrentUserContext } from './current-user';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';

/**
 * Shows the app to a signed-in user and the sign-in page (or the first-admin setup page,
 * for a `?setup=` link) to anyone else. A request that finds the session gone sends
 * SIGNED_OUT_EVENT, and the gate asks again who is signed in.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useQuery(MeDocument, {});
  const { reload } = me;
  useEffect(() => {
    window.addEventListener(SIGNED_OUT_EVENT, reload);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, reload);
  }, [reload]);

  if (me.error && !me.data) return <QueryError error={me.error} onRetry={reload} />;
  if (!me.data) {
    return (
      <p className="overlay" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }
  const user = me.data.me;
  if (!user) {
    const setup = new URLSearchParams(window.location.search).get('setup');
    return setup ? <SetupPage token={setup} /> : <SignInPage />;
  }
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}
