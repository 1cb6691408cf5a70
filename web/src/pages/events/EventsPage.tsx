import { useTranslation } from 'react-i18next';
import { RegionEventsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { formatDate } from '../../i18n/format';
import { QueryError } from '../QueryError';

/** The events of a region: kind, title, date, municipality, invitation count, warnings. */
export function EventsPage({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useQuery(RegionEventsDocument, { regionCode });
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (loading && !data) {
    return (
      <p role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }
  const events = data?.events ?? [];
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  return (
    <section className="events-page" data-testid="events-page">
      <h2>{t('events.events')}</h2>
      <p>
        <a
          href={`/api/regions/${regionCode}/report.html?lang=${lang}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('events.report')}
        </a>
      </p>
      {events.length === 0 ? (
        <p>{t('events.noEvents')}</p>
      ) : (
        <ul>
          {events.map((e) => (
            <li key={e.id} data-testid="event-row">
              <strong>{e.title}</strong> · {t(`events.kind.${e.kind}`)} ·{' '}
              {formatDate(e.date, i18n.language)}
              {e.municipality &&
                ` · ${lang === 'sv' ? (e.municipality.nameSv ?? e.municipality.nameFi) : e.municipality.nameFi}`}
              {' · '}
              {t('events.invitationCount', { count: e.invitationCounts.total })}
              {e.coOrganisers.length === 0 && (
                <span className="warning"> · {t('events.noCoOrganiser')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
