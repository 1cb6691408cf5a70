import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionEventsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { formatDate } from '../../i18n/format';
import { useCurrentUser } from '../../auth/current-user';
import { canEditEvent } from '../../events/can-edit';
import { QueryError } from '../QueryError';
import { EventForm } from './EventForm';
import { InAppLink, Loading, NewRecord } from '../RecordPageParts';

interface EventsPageProps {
  regionCode: string;
  /** Opens an event's own page (its id goes into the URL). */
  onOpen(eventId: string): void;
}

/** The events of a region: kind, title, date, municipality, invitation count, warnings. */
export function EventsPage({ regionCode, onOpen }: EventsPageProps) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useQuery(RegionEventsDocument, { regionCode });
  const [creating, setCreating] = useState(false);
  const canEdit = canEditEvent(useCurrentUser(), regionCode);
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (loading && !data) return <Loading />;
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
      <NewRecord
        creating={creating}
        canCreate={canEdit}
        label={t('events.newEvent')}
        testId="new-event"
        onCreating={setCreating}
        form={(done) => (
          <EventForm
            regionCode={regionCode}
            onSaved={(event) => onOpen(event.id)}
            onConflict={done}
            onCancel={done}
          />
        )}
      />
      {events.length === 0 ? (
        <p>{t('events.noEvents')}</p>
      ) : (
        <ul>
          {events.map((e) => (
            <li key={e.id} data-testid="event-row">
              <InAppLink
                href={`?region=${regionCode}&page=events&event=${encodeURIComponent(e.id)}`}
                onOpen={() => onOpen(e.id)}
                testId="event-link"
              >
                <strong>{e.title}</strong>
              </InAppLink>{' '}
              · {t(`events.kind.${e.kind}`)} · {t(`events.eventStatus.${e.status}`)} ·{' '}
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
