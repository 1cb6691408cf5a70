import { useTranslation } from 'react-i18next';
import type { EventFieldsFragment } from '../../api/generated/graphql';
import { speakerLabel } from '../../events/speakers';
import { formatDate } from '../../i18n/format';
import { pickLabel } from '../../panels/labels';

const placeName = (p: { nameFi: string; nameSv: string | null }, lang: string) =>
  lang === 'sv' ? (p.nameSv ?? p.nameFi) : p.nameFi;

/** An event as a planner reads it: what, when, where, the programme and who organises it. */
export function EventDetails({ event }: { event: EventFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const days =
    event.endDate && event.endDate !== event.date
      ? `${formatDate(event.date, lang)} – ${formatDate(event.endDate, lang)}`
      : formatDate(event.date, lang);
  const time = [event.startTime, event.endTime].filter(Boolean).join('–');
  const where = [
    event.municipality ? placeName(event.municipality, lang) : t('events.regional'),
    event.region ? placeName(event.region, lang) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="event-details" data-testid="event-details">
      <p className="muted">
        {t(`events.kind.${event.kind}`)} · {t(`events.eventStatus.${event.status}`)}
      </p>
      <h2>{event.title}</h2>
      <dl className="facts">
        <dt>{t('events.field.date')}</dt>
        <dd>
          {days}
          {time && ` ${time}`}
        </dd>
        {event.place && (
          <>
            <dt>{t('events.field.place')}</dt>
            <dd>{event.place}</dd>
          </>
        )}
        <dt>{t('events.field.municipality')}</dt>
        <dd>{where}</dd>
      </dl>
      {event.warnings.map((w) => (
        <p key={w.code} className="notice warning" role="note" data-testid="event-warning">
          {pickLabel(w.message, lang)}
        </p>
      ))}
      {event.description && <p className="description">{event.description}</p>}

      <h3>{t('events.programme')}</h3>
      {event.programme.length === 0 ? (
        <p className="muted">{t('events.noProgramme')}</p>
      ) : (
        <ol className="programme" data-testid="programme">
          {event.programme.map((item, i) => (
            <li key={i}>
              {item.startTime && <span className="time">{item.startTime}</span>}{' '}
              <strong>{item.title}</strong>{' '}
              <span className="muted">({t(`events.programmeKind.${item.kind}`)})</span>
              {item.speakers.length > 0 && (
                <ul>
                  {item.speakers.map((s, j) => (
                    <li key={j}>{speakerLabel(s)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      <h3>{t('events.coOrganisers')}</h3>
      {event.coOrganisers.length === 0 ? (
        <p className="warning">{t('events.noCoOrganiser')}</p>
      ) : (
        <ul className="co-organisers" data-testid="co-organisers">
          {event.coOrganisers.map((o) => (
            <li key={o.actorId}>
              <strong>{o.actor?.name ?? o.actorId}</strong>
              {o.tasks.length > 0 && `: ${o.tasks.map((k) => t(`events.task.${k}`)).join(', ')}`}
              {o.costSharePercent !== null &&
                ` · ${t('events.costShare', { percent: o.costSharePercent })}`}
              {o.note && <span className="muted"> · {o.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
