import { useTranslation } from 'react-i18next';
import type { KeyActorMetric, KeyActorsQuery } from '../api/generated/graphql';
import type { QueryState } from '../api/use-query';
import { CATEGORY_COLORS } from '../graph/palette';
import { formatMetric } from '../i18n/format';
import { QueryError } from '../pages/QueryError';
import { KEY_ACTOR_METRICS } from '../vocabulary';
import { KEY_METRIC_LABEL, pickLabel } from './labels';
import { TranslatedOptions } from '../forms/TranslatedOptions';

interface KeyActorsPanelProps {
  metric: KeyActorMetric;
  ranking: QueryState<KeyActorsQuery>;
  onMetric(metric: KeyActorMetric): void;
  /** Hovering a row highlights the actor in the graph. */
  onHover(ids: string[]): void;
  /** Clicking a row selects and focuses the actor. */
  onFocus(id: string): void;
}

/** The ranked key actors of the scope, each with the plain-language reason. */
export function KeyActorsPanel({
  metric,
  ranking,
  onMetric,
  onHover,
  onFocus,
}: KeyActorsPanelProps) {
  const { t, i18n } = useTranslation();
  const items = ranking.data?.keyActors.items ?? [];
  return (
    <section aria-labelledby="key-heading" data-testid="key-actors">
      <h2 id="key-heading">{t('key.heading')}</h2>
      <label className="field">
        {t('key.metric')}
        <select
          value={metric}
          onChange={(e) => onMetric(e.target.value as KeyActorMetric)}
          data-testid="key-metric"
        >
          <TranslatedOptions values={KEY_ACTOR_METRICS} labels={KEY_METRIC_LABEL} />
        </select>
      </label>
      <p className="hint">{t(`key.metricHelp.${metric}`)}</p>
      {ranking.loading && (
        <p role="status" className="status-line">
          <span className="spinner inline" aria-hidden="true" /> {t('key.computing')}
        </p>
      )}
      {ranking.error && <QueryError error={ranking.error} onRetry={ranking.reload} />}
      {ranking.data && items.length === 0 && <p className="muted">{t('key.empty')}</p>}
      {items.length > 0 && (
        <ol className="ranked" onMouseLeave={() => onHover([])}>
          {items.map((item) => (
            <li key={item.actor.id} onMouseEnter={() => onHover([item.actor.id])}>
              {/* Read as "rank 3": aria-label is not announced on a span without a role. */}
              <span className="rank">
                <span className="visually-hidden">{t('key.rank')} </span>
                {item.rank}.
              </span>
              <button
                type="button"
                className="link"
                onClick={() => onFocus(item.actor.id)}
                onFocus={() => onHover([item.actor.id])}
                onBlur={() => onHover([])}
              >
                <span
                  className="swatch"
                  style={{ background: CATEGORY_COLORS[item.actor.category] }}
                  aria-hidden="true"
                />
                {item.actor.name}
              </button>
              <span className="numeric" title={t('key.value')}>
                {formatMetric(item.value, i18n.language)}
              </span>
              <span className="reason-text">{pickLabel(item.reason, i18n.language)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
