import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { AuditLogDocument, type AuditLogQuery } from '../api/generated/graphql';
import { formatDateTime } from '../i18n/format';

type Entry = AuditLogQuery['auditLog'][number];

/** The GraphQL cost limit allows some thirty entries a page. */
const PAGE = 30;

/** The audit log for admins, newest first, a page at a time. */
export function AuditDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const more = async (before: number | null) => {
    try {
      const page = await request(AuditLogDocument, { first: PAGE, before });
      setEntries((shown) => [...shown, ...page.auditLog]);
      setDone(page.auditLog.length < PAGE);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  useEffect(() => {
    dialog.current?.showModal();
    void more(null);
  }, []);

  return (
    <dialog ref={dialog} className="users-dialog" onClose={onClose} data-testid="audit-dialog">
      <header>
        <h2>{t('auth.auditLog')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('auth.close')}
        </button>
      </header>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('auth.when')}</th>
            <th>{t('auth.who')}</th>
            <th>{t('auth.action')}</th>
            <th>{t('auth.what')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{formatDateTime(entry.at, i18n.language)}</td>
              <td>{entry.userEmail ?? t('auth.system')}</td>
              <td>{entry.action}</td>
              <td>
                {entry.entity} {entry.entityId ?? ''}
                {entry.detail && <span className="muted small"> {entry.detail}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!done && entries.length > 0 && (
        <button type="button" onClick={() => void more(entries[entries.length - 1].seq)}>
          {t('auth.older')}
        </button>
      )}
    </dialog>
  );
}
