import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import {
  AddInvitationsDocument,
  type AddInvitationsMutation,
  type Category,
  type KeyActorMetric,
} from '../../api/generated/graphql';
import { sourcesFor, type InviteeChoice } from '../../events/invitation-sources';
import { ActorPicker } from '../../panels/ActorPicker';
import { KEY_METRIC_LABEL } from '../../panels/labels';
import { CATEGORIES, KEY_ACTOR_METRICS } from '../../vocabulary';
import { useRegionActors } from '../region-data';
import { TranslatedOptions } from '../../forms/TranslatedOptions';

type Source = InviteeChoice['source'];
type Preview = AddInvitationsMutation['addInvitations'];

interface InvitationBuilderProps {
  eventId: string;
  regionCode: string;
  onAdded(): void;
}

/**
 * Grows the list from one source at a time: the gap suggestions of the event's region and
 * checklist profile, the region's key actors, its actors of chosen categories, or actors
 * picked by name. A dry run shows who
 * would be added (and who is on the list already) before anything is written.
 */
export function InvitationBuilder({ eventId, regionCode, onAdded }: InvitationBuilderProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>('gaps');
  const [limit, setLimit] = useState(20);
  const [metric, setMetric] = useState<KeyActorMetric>('BETWEENNESS');
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The picker searches the region's actors; fetched only when that source is chosen.
  const nodes = useRegionActors(regionCode, source !== 'picked');

  const choice = (): InviteeChoice =>
    source === 'gaps'
      ? { source, limit }
      : source === 'key'
        ? { source, metric, limit }
        : source === 'filter'
          ? { source, regionCode, categories, limit }
          : { source, actorIds: picked.map((p) => p.id) };
  const run = async (dryRun: boolean) => {
    setBusy(true);
    setFailure(null);
    setMessage(null);
    try {
      const result = await request(AddInvitationsDocument, {
        eventId,
        sources: sourcesFor(choice()),
        dryRun,
      });
      if (dryRun) {
        setPreview(result.addInvitations);
      } else {
        setPreview(null);
        setPicked([]);
        setMessage(t('events.build.added', { count: result.addInvitations.added.length }));
        onAdded();
      }
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  /** Any change of what to ask for makes the shown preview stale. */
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPreview(null);
      setMessage(null);
    };

  return (
    <section className="invitation-builder" aria-labelledby="builder-heading">
      <h3 id="builder-heading">{t('events.build.heading')}</h3>
      <fieldset>
        <legend>{t('events.build.source')}</legend>
        {(['gaps', 'key', 'filter', 'picked'] as const).map((s) => (
          <label key={s} className="check">
            <input
              type="radio"
              name="invitee-source"
              value={s}
              checked={source === s}
              onChange={() => changed(setSource)(s)}
              data-testid={`source-${s}`}
            />
            {t(`events.build.${s}`)}
          </label>
        ))}
      </fieldset>
      {source === 'key' && (
        <label className="field inline">
          {t('events.build.metric')}
          <select
            value={metric}
            onChange={(e) => changed(setMetric)(e.target.value as KeyActorMetric)}
          >
            <TranslatedOptions values={KEY_ACTOR_METRICS} labels={KEY_METRIC_LABEL} />
          </select>
        </label>
      )}
      {source === 'filter' && (
        <fieldset className="task-checks">
          <legend>{t('events.build.categories')}</legend>
          {CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={categories.includes(c)}
                onChange={() =>
                  changed(setCategories)(
                    categories.includes(c) ? categories.filter((x) => x !== c) : [...categories, c],
                  )
                }
                data-testid={`builder-category-${c}`}
              />
              {t(`categories.${c}`)}
            </label>
          ))}
        </fieldset>
      )}
      {source !== 'picked' && (
        <label className="field inline">
          {t('events.build.limit')}
          <input
            type="number"
            min={1}
            max={source === 'gaps' ? 200 : source === 'filter' ? 500 : 100}
            value={limit}
            onChange={(e) => changed(setLimit)(Number(e.target.value))}
            data-testid="builder-limit"
          />
        </label>
      )}
      {source === 'picked' && (
        <>
          <ActorPicker
            label={t('events.build.pick')}
            nodes={nodes}
            onPick={(n) =>
              changed(setPicked)(
                picked.some((p) => p.id === n.id)
                  ? picked
                  : [...picked, { id: n.id, name: n.name }],
              )
            }
            testId="builder-picker"
          />
          {picked.length > 0 && (
            <ul className="chips" aria-label={t('events.build.pickedList')}>
              {picked.map((p) => (
                <li key={p.id}>
                  {p.name}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => changed(setPicked)(picked.filter((x) => x.id !== p.id))}
                    aria-label={t('events.build.removePicked', { name: p.name })}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="buttons">
        <button
          type="button"
          disabled={busy || (source === 'picked' && picked.length === 0)}
          onClick={() => void run(true)}
          data-testid="builder-preview"
        >
          {t('events.build.preview')}
        </button>
      </div>
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
      {message && (
        <p className="notice ok" role="status" data-testid="builder-added">
          {message}
        </p>
      )}
      {preview && <BuildPreview preview={preview} busy={busy} onAdd={() => void run(false)} />}
    </section>
  );
}

/** What the dry run proposed, with the button that adds exactly that. */
function BuildPreview({
  preview,
  busy,
  onAdd,
}: {
  preview: Preview;
  busy: boolean;
  onAdd(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="build-preview" data-testid="builder-proposed">
      {preview.proposed.length === 0 ? (
        <p>{t('events.build.nothingNew')}</p>
      ) : (
        <>
          <h4>{t('events.build.proposed')}</h4>
          <ul className="suggestions">
            {preview.proposed.map((p) => (
              <li key={`${p.actorId}-${p.personId ?? ''}`} data-testid="proposed-row">
                <strong>{p.actor?.name ?? p.actorId}</strong>
                {p.actor && ` · ${t(`categories.${p.actor.category}`)}`}
                {p.person && ` · ${p.person.name}`}
                <span className="muted">
                  {' '}
                  · {p.email ?? t('events.build.noAddress')} ·{' '}
                  {t(`events.inviteeSource.${p.source}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.skipped.length > 0 && (
        <p className="muted">{t('events.build.skipped', { count: preview.skipped.length })}</p>
      )}
      {preview.proposed.length > 0 && (
        <button type="button" disabled={busy} onClick={onAdd} data-testid="builder-add">
          {t('events.build.add', { count: preview.proposed.length })}
        </button>
      )}
    </div>
  );
}
