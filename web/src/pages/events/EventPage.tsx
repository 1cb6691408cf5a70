import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { DeleteEventDocument, EventDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../auth/current-user';
import { canEditEvent } from '../../events/can-edit';
import { DeleteButton } from '../DeleteButton';
import { QueryError } from '../QueryError';
import { BackLink, ConflictNotice, Loading } from '../RecordPageParts';
import { EventDetails } from './EventDetails';
import { EventForm } from './EventForm';
import { InvitationsSection } from './InvitationsSection';

interface EventPageProps {
  regionCode: string;
  eventId: string;
  onBack(): void;
}

/** One event: its details (or the form that edits them), then its invitation list. */
export function EventPage({ regionCode, eventId, onBack }: EventPageProps) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useQuery(EventDocument, { id: eventId });
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const user = useCurrentUser();

  const back = <BackLink label={t('events.back')} onBack={onBack} testId="back-to-events" />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (loading && !data) return <Loading />;
  const event = data?.event;
  if (!event) {
    return (
      <section className="events-page">
        {back}
        <p role="alert">{t('events.notFound')}</p>
      </section>
    );
  }
  const canEdit = canEditEvent(user, event.regionCode);
  return (
    <section className="events-page event-page" data-testid="event-page">
      {back}
      {conflict && (
        <ConflictNotice
          message={t('events.conflict')}
          reloadLabel={t('events.reload')}
          testId="event-conflict"
          onReload={() => {
            setConflict(false);
            setEditing(false);
            reload();
          }}
        />
      )}
      {editing ? (
        // Keyed by version: a reload after a conflict starts the form from the new version.
        <EventForm
          key={event.version}
          regionCode={regionCode}
          event={event}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
          onConflict={() => setConflict(true)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <EventDetails event={event} />
          {canEdit && (
            <p>
              <button type="button" onClick={() => setEditing(true)} data-testid="event-edit">
                {t('events.edit')}
              </button>{' '}
              <DeleteButton
                label={t('events.delete')}
                confirm={t('events.confirmDelete', { title: event.title })}
                onDelete={async () => {
                  await request(DeleteEventDocument, { id: event.id, version: event.version });
                  onBack();
                }}
                testId="event-delete"
              />
            </p>
          )}
        </>
      )}
      <InvitationsSection eventId={event.id} regionCode={regionCode} readOnly={!canEdit} />
    </section>
  );
}
