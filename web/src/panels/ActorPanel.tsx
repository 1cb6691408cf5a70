import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import {
  ActorDetailsDocument,
  DeleteActorDocument,
  DeleteRelationshipDocument,
} from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import type { ActorNode, NetworkModel } from '../graph/model';
import { CATEGORY_COLORS } from '../graph/palette';
import { formatDate, formatMetric } from '../i18n/format';
import { useCurrentUser } from '../auth/current-user';
import { PersonPrivacyActions } from '../privacy/PersonPrivacyActions';
import { ActorEditForm } from './ActorEditForm';
import { ActorPicker } from './ActorPicker';
import { AddRelationshipForm } from './AddRelationshipForm';
import type { MunicipalityOption } from './FilterPanel';

export interface ActorMetricRow {
  label: string;
  value: number;
}

interface ActorPanelProps {
  actorId: string;
  model: NetworkModel;
  municipalities: readonly MunicipalityOption[];
  metrics: readonly ActorMetricRow[];
  /** Shown under the metrics while the API's analysis is on its way, or when it failed. */
  metricsNote: string | null;
  /** The plain-language reason this actor is key, in the UI language, if it is. */
  reasons: readonly string[];
  onSelect(id: string): void;
  onFocus(id: string): void;
  onPath(from: string, to: string): void;
  onChanged(): void;
  onDeleted(name: string): void;
}

/** One actor: details, contact persons, ties, metrics; edit, add a tie, delete. */
export function ActorPanel(props: ActorPanelProps) {
  const { t, i18n } = useTranslation();
  const { actorId, model } = props;
  const user = useCurrentUser();
  const details = useQuery(ActorDetailsDocument, { id: actorId });
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<{ current: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actor = details.data?.actor ?? null;
  const lang = i18n.language;

  if (details.loading && !actor) return <p role="status">{t('app.loading')}</p>;
  if (details.error && !actor) {
    return (
      <div className="notice error" role="alert">
        {details.error.message}{' '}
        <button type="button" onClick={details.reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!actor) return <p className="notice">{t('actor.notFound')}</p>;

  const reload = () => {
    setConflict(null);
    setEditing(false);
    details.reload();
  };
  const remove = async () => {
    if (!window.confirm(t('edit.deleteConfirm', { name: actor.name }))) return;
    try {
      await request(DeleteActorDocument, { id: actor.id, version: actor.version });
      props.onDeleted(actor.name);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const removeTie = async (id: string, version: number, otherName: string) => {
    if (!window.confirm(t('relation.removeConfirm', { name: otherName }))) return;
    try {
      await request(DeleteRelationshipDocument, { id, version });
      details.reload();
      props.onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const municipalityName = actor.municipality
    ? (lang === 'sv' && actor.municipality.nameSv) || actor.municipality.nameFi
    : null;
  const node = model.byId.get(actor.id);

  return (
    <article className="actor-panel" data-testid="actor-panel" aria-labelledby="actor-name">
      <header>
        <h2 id="actor-name" data-testid="actor-name">
          <span
            className="swatch"
            style={{ background: CATEGORY_COLORS[actor.category] }}
            aria-hidden="true"
          />
          {actor.name}
        </h2>
        <p className="muted">
          {t(`categories.${actor.category}`)}
          {actor.subcategory ? ` · ${actor.subcategory}` : ''}
          {node?.outside ? ` · ${t('actor.outsideScope')}` : ''}
        </p>
      </header>

      {conflict && (
        <div className="notice warning" role="alert" data-testid="conflict-notice">
          <strong>{t('edit.conflictTitle')}</strong>
          <p>{t('edit.conflictBody', { current: conflict.current ?? '?' })}</p>
          <button type="button" className="primary" onClick={reload}>
            {t('edit.reload')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}

      {editing ? (
        <ActorEditForm
          key={actor.version}
          actor={actor}
          municipalities={props.municipalities}
          onSaved={() => {
            setEditing(false);
            details.reload();
            props.onChanged();
          }}
          onConflict={(current) => setConflict({ current })}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="button-row">
            <button type="button" onClick={() => setEditing(true)} data-testid="edit-actor">
              {t('app.edit')}
            </button>
            <button type="button" onClick={() => props.onFocus(actor.id)}>
              {t('actor.focus')}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('app.delete')}
            </button>
          </div>
          <dl className="facts">
            <dt>{t('actor.municipality')}</dt>
            <dd>{municipalityName ?? t('actor.national')}</dd>
            <dt>{t('actor.dimensions')}</dt>
            <dd>
              {actor.dimensions.length
                ? actor.dimensions.map((d) => t(`dimensions.${d}`)).join(', ')
                : t('app.none')}
            </dd>
            <dt>{t('actor.languages')}</dt>
            <dd>{actor.languages.length ? actor.languages.join(', ') : t('app.none')}</dd>
            {actor.tags.length > 0 && (
              <>
                <dt>{t('actor.tags')}</dt>
                <dd>{actor.tags.join(', ')}</dd>
              </>
            )}
            {actor.email && (
              <>
                <dt>{t('actor.email')}</dt>
                <dd>
                  <a href={`mailto:${actor.email}`}>{actor.email}</a>
                </dd>
              </>
            )}
            {actor.phone && (
              <>
                <dt>{t('actor.phone')}</dt>
                <dd>{actor.phone}</dd>
              </>
            )}
            {actor.website && (
              <>
                <dt>{t('actor.website')}</dt>
                <dd>
                  <a href={actor.website} target="_blank" rel="noreferrer noopener">
                    {actor.website}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {actor.description && <p className="description">{actor.description}</p>}
          <p className="muted small">
            {t('actor.updated', { date: formatDate(actor.updatedAt, lang) })}
          </p>
        </>
      )}

      <section aria-labelledby="actor-metrics">
        <h3 id="actor-metrics">{t('actor.metrics')}</h3>
        <dl className="facts" data-testid="actor-metrics">
          {props.metrics.map((m) => (
            <div key={m.label} className="fact-row">
              <dt>{m.label}</dt>
              <dd>{formatMetric(m.value, lang)}</dd>
            </div>
          ))}
        </dl>
        {props.metricsNote && (
          <p className="hint" role="status">
            {props.metricsNote}
          </p>
        )}
        {props.reasons.length > 0 && (
          <div className="reason" data-testid="actor-reason">
            <h4>{t('actor.whyKey')}</h4>
            {props.reasons.map((r) => (
              <p key={r}>{r}</p>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="actor-persons">
        <h3 id="actor-persons">{t('actor.persons')}</h3>
        {actor.persons.length === 0 ? (
          <p className="muted">{t('actor.noPersons')}</p>
        ) : (
          <ul className="persons">
            {actor.persons.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.title ? `, ${p.title}` : ''}
                <br />
                {p.email && <a href={`mailto:${p.email}`}>{p.email}</a>} {p.phone}
                <span className="muted small">
                  {' '}
                  · {t('actor.legalBasis')}: {t(`legalBasis.${p.legalBasis}`)}
                  {p.reviewDate &&
                    ` · ${t('auth.reviewBy')} ${formatDate(p.reviewDate, i18n.language)}`}
                </span>
                {user.role === 'admin' && (
                  <>
                    <br />
                    <PersonPrivacyActions person={p} onErased={details.reload} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="actor-ties">
        <h3 id="actor-ties">
          {t('actor.relationships')} ({actor.relationships.length})
        </h3>
        {actor.relationships.length === 0 ? (
          <p className="muted">{t('actor.noRelationships')}</p>
        ) : (
          <ul className="ties" data-testid="actor-ties">
            {actor.relationships.map((r) => {
              const outgoing = r.sourceId === actor.id;
              const other = outgoing ? r.target : r.source;
              return (
                <li key={r.id}>
                  <span aria-hidden="true">
                    {outgoing ? t('actor.direction.out') : t('actor.direction.in')}{' '}
                  </span>
                  <button type="button" className="link" onClick={() => props.onSelect(other.id)}>
                    {other.name}
                  </button>
                  <span className="muted small">
                    {' '}
                    · {t(`relationshipTypes.${r.type}`)} · {t(`strength.${r.strength}`)}
                    {r.since ? ` · ${t('actor.since', { since: r.since })}` : ''}
                  </span>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('relation.removeConfirm', { name: other.name })}
                    title={t('relation.remove')}
                    onClick={() => void removeTie(r.id, r.version, other.name)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ActorPicker
        label={t('actor.pathTo')}
        nodes={model.nodes}
        exclude={actor.id}
        onPick={(n: ActorNode) => props.onPath(actor.id, n.id)}
        testId="path-to-picker"
      />

      <AddRelationshipForm
        actorId={actor.id}
        nodes={model.nodes}
        onCreated={() => {
          details.reload();
          props.onChanged();
        }}
      />
    </article>
  );
}
