import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { InvitationEmailsDocument } from '../../api/generated/graphql';
import { invitationFileUrl, participantsUrl } from '../../events/export-links';
import type { InvitationStatus } from '../../events/invitation-rows';

/**
 * The list out of the app: CSV and XLSX from the API's download addresses (plain links, so
 * the browser saves them and a user can copy the address), the addresses for a BCC field,
 * and the printable participant list.
 */
export function InvitationExports({
  eventId,
  statuses,
}: {
  eventId: string;
  /** The statuses the table shows; empty: all. The files and addresses follow the table. */
  statuses: readonly InvitationStatus[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [emails, setEmails] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const copyEmails = async () => {
    setBusy(true);
    setFailure(null);
    setCopied(null);
    try {
      const { invitationExport } = await request(InvitationEmailsDocument, {
        eventId,
        statuses: statuses.length ? [...statuses] : null,
      });
      setEmails(invitationExport.content);
      try {
        await navigator.clipboard.writeText(invitationExport.content);
        setCopied(true);
      } catch {
        // No clipboard permission (or no secure context): the addresses stay shown to copy.
        setCopied(false);
      }
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="invitation-exports" aria-labelledby="exports-heading">
      <h3 id="exports-heading">{t('events.exports.heading')}</h3>
      {statuses.length > 0 && (
        <p className="muted" data-testid="exports-filtered">
          {t('events.exports.onlyStatuses', {
            statuses: statuses.map((s) => t(`events.status.${s}`)).join(', '),
          })}
        </p>
      )}
      <p className="buttons">
        <a
          href={invitationFileUrl(eventId, 'csv', lang, statuses)}
          download
          data-testid="export-csv"
        >
          {t('events.exports.csv')}
        </a>
        <a
          href={invitationFileUrl(eventId, 'xlsx', lang, statuses)}
          download
          data-testid="export-xlsx"
        >
          {t('events.exports.xlsx')}
        </a>
        <a
          href={participantsUrl(eventId, lang, statuses)}
          target="_blank"
          rel="noreferrer"
          data-testid="export-print"
        >
          {t('events.exports.print')}
        </a>
        <button
          type="button"
          onClick={() => void copyEmails()}
          disabled={busy}
          data-testid="copy-emails"
        >
          {t('events.exports.copyEmails')}
        </button>
      </p>
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
      {copied === true && (
        <p className="notice ok" role="status">
          {t('events.exports.copied')}
        </p>
      )}
      {copied === false && (
        <p className="notice warning" role="status">
          {t('events.exports.copyFailed')}
        </p>
      )}
      {emails !== null && (
        <label className="field">
          {t('events.exports.emails')}
          <textarea
            readOnly
            rows={3}
            value={emails}
            onFocus={(e) => e.target.select()}
            data-testid="emails"
          />
        </label>
      )}
    </section>
  );
}
