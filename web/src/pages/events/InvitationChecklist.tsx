import { useTranslation } from 'react-i18next';
import type { EventInvitationsQuery } from '../../api/generated/graphql';
import { pickLabel } from '../../panels/labels';

type Checklist = NonNullable<EventInvitationsQuery['event']>['invitationChecklist'];

interface InvitationChecklistProps {
  checklist: Checklist;
  busy: boolean;
  /** null: the user may not change the list; suggestions are shown without the button. */
  onInvite: ((actorId: string) => void) | null;
}

/**
 * The event profile's groups, as the API judges them against the list (declined and no-show
 * do not count): which are covered, which are missing, and whom it suggests for the missing.
 */
export function InvitationChecklist({ checklist, busy, onInvite }: InvitationChecklistProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section
      className="invitation-checklist"
      aria-labelledby="checklist-heading"
      data-testid="checklist"
    >
      <h3 id="checklist-heading">{t('events.checklist.heading')}</h3>
      <p className="muted">
        {t('events.checklist.profile', { profile: pickLabel(checklist.profileLabel, lang) })}
        {' · '}
        {t('events.checklist.summary', {
          covered: checklist.coveredCount,
          missing: checklist.missingCount,
        })}
      </p>
      <ul className="checklist">
        {checklist.groups.map((g) => (
          <li
            key={g.groupId}
            className={g.covered ? 'covered' : 'missing'}
            data-testid="checklist-group"
            data-covered={g.covered}
          >
            <span className="mark" aria-hidden="true">
              {g.covered ? '✓' : '✗'}
            </span>
            <strong>{pickLabel(g.label, lang)}</strong>{' '}
            <span className={g.covered ? 'ok' : 'warning'}>
              {g.covered ? t('events.checklist.covered') : t('events.checklist.missing')}
            </span>{' '}
            <span className="muted">
              (
              {t('events.checklist.invited', {
                count: g.invitedActorIds.length,
                required: g.required,
              })}
              )
            </span>
            {!g.covered && g.suggestions.length > 0 && (
              <ul className="suggestions" aria-label={t('events.checklist.suggestions')}>
                {g.suggestions.map((s) => (
                  <li key={s.actorId}>
                    {s.actor?.name ?? s.actorId}{' '}
                    <span className="muted">· {pickLabel(s.reason, lang)}</span>{' '}
                    {onInvite && (
                      <button
                        type="button"
                        className="link"
                        disabled={busy}
                        onClick={() => onInvite(s.actorId)}
                      >
                        {t('events.checklist.invite')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
