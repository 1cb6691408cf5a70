import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { LogoutDocument } from '../api/generated/graphql';
import { useCurrentUser } from './current-user';

// Only admins open it: not part of everyone's first download.
const UsersDialog = lazy(() => import('./UsersDialog').then((m) => ({ default: m.UsersDialog })));
const PasswordDialog = lazy(() =>
  import('./PasswordDialog').then((m) => ({ default: m.PasswordDialog })),
);
const ReviewDialog = lazy(() =>
  import('../privacy/ReviewDialog').then((m) => ({ default: m.ReviewDialog })),
);
const AuditDialog = lazy(() =>
  import('../privacy/AuditDialog').then((m) => ({ default: m.AuditDialog })),
);

/** Who is signed in, sign-out, and for admins the user administration. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [usersOpen, setUsersOpen] = useState(false);
  const [auditOpen, setAuditOpen] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const signOut = async () => {
    await request(LogoutDocument, {}).catch(() => undefined);
    window.location.reload();
  };

  return (
    <div className="user-menu" data-testid="user-menu">
      {user.hasPassword ? (
        <button
          type="button"
          className="link"
          title={`${user.email} · ${t('auth.changePassword')}`}
          onClick={() => setPasswordOpen(true)}
          data-testid="password-open"
        >
          {user.name} ({t(`auth.roles.${user.role}`)})
        </button>
      ) : (
        <span title={user.email}>
          {user.name} ({t(`auth.roles.${user.role}`)})
        </span>
      )}
      {user.role === 'admin' && (
        <button
          type="button"
          className="link"
          onClick={() => setUsersOpen(true)}
          data-testid="users-open"
        >
          {t('auth.users')}
        </button>
      )}
      {user.role !== 'viewer' && (
        <button
          type="button"
          className="link"
          onClick={() => setReviewOpen(true)}
          data-testid="review-open"
        >
          {t('auth.reviewDueShort')}
        </button>
      )}
      {user.role === 'admin' && (
        <button
          type="button"
          className="link"
          onClick={() => setAuditOpen(true)}
          data-testid="audit-open"
        >
          {t('auth.auditLog')}
        </button>
      )}
      <button type="button" className="link" onClick={() => void signOut()} data-testid="sign-out">
        {t('auth.signOut')}
      </button>
      {passwordOpen && (
        <Suspense fallback={null}>
          <PasswordDialog onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
      {reviewOpen && (
        <Suspense fallback={null}>
          <ReviewDialog onClose={() => setReviewOpen(false)} />
        </Suspense>
      )}
      {auditOpen && (
        <Suspense fallback={null}>
          <AuditDialog onClose={() => setAuditOpen(false)} />
        </Suspense>
      )}
      {usersOpen && (
        <Suspense fallback={null}>
          <UsersDialog onClose={() => setUsersOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
