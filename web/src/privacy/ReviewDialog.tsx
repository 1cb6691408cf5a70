import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonsDueForReviewDocument } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { formatDate } from '../i18n/format';
import { QueryError } from '../pages/QueryError';

/**
 * Contact persons of the user's regions past their review date or without one: each links
 * to their actor, where the person can be corrected or erased.
 */
export function ReviewDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const due = useQuery(PersonsDueForReviewDocument, {});
  useEffect(() => dialog.current?.showModal(), []);

  return (
    <dialog ref={dialog} className="users-dialog" onClose={onClose} data-testid="review-dialog">
      <header>
        <h2>{t('auth.reviewDue')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('auth.close')}
        </button>
      </header>
      {due.error && <QueryError error={due.error} onRetry={due.reload} />}
      {due.data && due.data.personsDueForReview.length === 0 && <p>{t('auth.noneDue')}</p>}
      <table>
        <tbody>
          {(due.data?.personsDueForReview ?? []).map((person) => (
            <tr key={person.id}>
              <td>
                {person.name}
                {person.title ? `, ${person.title}` : ''}
              </td>
              <td>
                {person.actor && (
                  <a href={`/?region=${person.actor.regionCode ?? 'all'}&actor=${person.actor.id}`}>
                    {person.actor.name}
                  </a>
                )}
              </td>
              <td>
                {person.reviewDate
                  ? formatDate(person.reviewDate, i18n.language)
                  : t('auth.noReviewDate')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
