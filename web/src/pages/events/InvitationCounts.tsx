import { useTranslation } from 'react-i18next';
import type { EventInvitationsQuery } from '../../api/generated/graphql';

type Counts = NonNullable<EventInvitationsQuery['event']>['invitationCounts'];

/**
 * How many per status and per category, as the API counts them (every status, zero
 * included, so the line does not jump as statuses change).
 */
export function InvitationCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <div className="invitation-counts" data-testid="invitation-counts">
      <p>
        <strong>{t('events.invitationCount', { count: counts.total })}</strong>
      </p>
      {/* The line's title stands beside its list: a <dl> may hold only its terms. */}
      <div className="count-line">
        <span className="muted">{t('events.byStatus')}</span>
        <dl aria-label={t('events.byStatus')}>
          {counts.byStatus.map((s) => (
            <div key={s.status} data-testid={`count-${s.status}`}>
              <dt>{t(`events.status.${s.status}`)}</dt>
              <dd>{s.count}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="count-line">
        <span className="muted">{t('events.byCategory')}</span>
        <dl aria-label={t('events.byCategory')}>
          {counts.byCategory.map((c) => (
            <div key={c.category}>
              <dt>{t(`categories.${c.category}`)}</dt>
              <dd>{c.count}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
