import { useTranslation } from 'react-i18next';
import type { GapsQuery, ProfilesQuery } from '../api/generated/graphql';
import type { QueryState } from '../api/use-query';
import { CATEGORY_COLORS } from '../graph/palette';
import { QueryError } from '../pages/QueryError';
import type { ListedActor } from './invitation-list';
import { pickLabel } from './labels';

interface GapsPanelProps {
  gaps: QueryState<GapsQuery>;
  profiles: QueryState<ProfilesQuery>;
  profileId: string;
  /** The link named a profile that is gone: the panel says the first one is shown instead. */
  profileMissing: boolean;
  invitations: readonly ListedActor[];
  municipalityName(code: string | null): string;
  onProfile(id: string): void;
  onFocus(id: string): void;
  onHover(ids: string[]): void;
  onInvite(actor: ListedActor): void;
  onClearInvitations(): void;
}

/**
 * What the scope lacks against a profile (most severe first), each gap with its explanation
 * and suggested actors: focus one in the graph, or put it on the invitation list.
 */
export function GapsPanel(props: GapsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { gaps, profiles } = props;
  const listed = new Set(props.invitations.map((a) => a.id));
  const profile = profiles.data?.profiles.find((p) => p.id === props.profileId);
  const copyList = () =>
    void navigator.clipboard
      ?.writeText(props.invitations.map((a) => a.name).join('\n'))
      .catch(() => {});

  return (
    <section aria-labelledby="gaps-heading" data-testid="gaps">
      <h2 id="gaps-heading">{t('gaps.heading')}</h2>
      <label className="field">
        {t('gaps.profile')}
        <select
          value={props.profileId}
          onChange={(e) => props.onProfile(e.target.value)}
          data-testid="gap-profile"
          disabled={!profiles.data}
        >
          {(profiles.data?.profiles ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {pickLabel(p.label, lang)}
            </option>
          ))}
          {!profiles.data && <option value={props.profileId}>{t('app.loading')}</option>}
        </select>
      </label>
      {props.profileMissing && profile && (
        <p className="notice" role="status" data-testid="gap-profile-missing">
          {t('gaps.profileMissing', { profile: pickLabel(profile.label, lang) })}
        </p>
      )}
      {profile && <p className="hint">{pickLabel(profile.description, lang)}</p>}
      {profiles.error && <QueryError error={profiles.error} onRetry={profiles.reload} />}
      {gaps.loading && (
        <p role="status" className="status-line">
          <span className="spinner inline" aria-hidden="true" /> {t('key.computing')}
        </p>
      )}
      {gaps.error && <QueryError error={gaps.error} onRetry={gaps.reload} />}
      {gaps.data && gaps.data.gaps.length === 0 && <p className="muted">{t('gaps.empty')}</p>}
      {(gaps.data?.gaps ?? []).map((gap) => (
        <article key={gap.id} className={`gap ${gap.severity}`} data-testid="gap">
          <p className="severity">{t(`gaps.severity.${gap.severity}`)}</p>
          <p>{pickLabel(gap.explanation, lang)}</p>
          {(gap.categories.length > 0 || gap.municipalityCodes.length > 0) && (
            <p className="muted small">
              {[
                ...gap.categories.map((c) => t(`categories.${c}`)),
                ...gap.municipalityCodes.map(props.municipalityName),
              ].join(' · ')}
            </p>
          )}
          {gap.actors.length > 0 && (
            <ul className="chips">
              {gap.actors.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.onFocus(a.id)}
                    onMouseEnter={() => props.onHover([a.id])}
                    onMouseLeave={() => props.onHover([])}
                  >
                    {a.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('gaps.suggested')}</h3>
          {gap.suggestions.length === 0 ? (
            <p className="muted small">{t('gaps.noSuggestions')}</p>
          ) : (
            <ul className="suggestions">
              {gap.suggestions.map((s) => (
                <li
                  key={s.actor.id}
                  onMouseEnter={() => props.onHover([s.actor.id])}
                  onMouseLeave={() => props.onHover([])}
                >
                  <span
                    className="swatch"
                    style={{ background: CATEGORY_COLORS[s.actor.category] }}
                    aria-hidden="true"
                  />
                  <strong>{s.actor.name}</strong>
                  <span className="muted small">
                    {' '}
                    · {props.municipalityName(s.actor.municipalityCode)}
                  </span>
                  <p className="small">{pickLabel(s.reason, lang)}</p>
                  <div className="button-row">
                    <button type="button" onClick={() => props.onFocus(s.actor.id)}>
                      {t('gaps.focus')}
                    </button>
                    <button
                      type="button"
                      disabled={listed.has(s.actor.id)}
                      onClick={() => props.onInvite({ id: s.actor.id, name: s.actor.name })}
                      data-testid="invite"
                    >
                      {listed.has(s.actor.id) ? t('gaps.inList') : t('gaps.addToList')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
      <section
        className="invitations"
        aria-labelledby="invitations-heading"
        data-testid="invitation-list"
      >
        <h3 id="invitations-heading">{t('gaps.list', { count: props.invitations.length })}</h3>
        {props.invitations.length === 0 ? (
          <p className="muted small">{t('gaps.listEmpty')}</p>
        ) : (
          <>
            <ul>
              {props.invitations.map((a) => (
                <li key={a.id}>
                  <button type="button" className="link" onClick={() => props.onFocus(a.id)}>
                    {a.name}
                  </button>
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button type="button" onClick={copyList}>
                {t('gaps.copyList')}
              </button>
              <button type="button" onClick={props.onClearInvitations}>
                {t('gaps.clearList')}
              </button>
            </div>
          </>
        )}
      </section>
    </section>
  );
}
