import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../../api/client';
import {
  addCoOrganiser,
  ORGANISER_TASKS,
  shareTotal,
  toggleTask,
  type CoOrganiserDraft,
} from '../../events/co-organisers';
import { formatNumber } from '../../i18n/format';
import type { ActorNode } from '../../graph/model';
import { ActorPicker } from '../../panels/ActorPicker';
import { RowFieldError } from '../../forms/RowFieldError';

interface CoOrganiserFieldsProps {
  /** The actors to pick from (the region's, loaded once by the form). */
  nodes: readonly ActorNode[];
  value: readonly CoOrganiserDraft[];
  issues: readonly InputIssue[];
  onChange(next: CoOrganiserDraft[]): void;
}

/** The co-organisers inside the event form: pick an actor, tick what it takes on. */
export function CoOrganiserFields({ nodes, value, issues, onChange }: CoOrganiserFieldsProps) {
  const { t, i18n } = useTranslation();
  const change = (i: number, patch: Partial<CoOrganiserDraft>) =>
    onChange(value.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const error = (path: string) => <RowFieldError issues={issues} path={path} kind="events" />;
  const total = shareTotal(value);

  return (
    <fieldset className="co-organiser-fields" data-testid="co-organiser-fields">
      <legend>{t('events.coOrganisers')}</legend>
      {value.length === 0 && <p className="warning">{t('events.noCoOrganiser')}</p>}
      <ul>
        {value.map((d, i) => (
          <li key={d.actorId} data-testid="co-organiser-row">
            <strong>{d.name}</strong>
            {error(`coOrganisers.${i}.actorId`)}
            <div className="task-checks" role="group" aria-label={t('events.coOrganiserTasks')}>
              {ORGANISER_TASKS.map((task) => (
                <label key={task} className="check">
                  <input
                    type="checkbox"
                    checked={d.tasks.includes(task)}
                    onChange={() => change(i, { tasks: toggleTask(d.tasks, task) })}
                  />
                  {t(`events.task.${task}`)}
                </label>
              ))}
            </div>
            <div className="field-row">
              <label className="field">
                {t('events.costSharePercent')}
                <input
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={d.costShare}
                  onChange={(e) => change(i, { costShare: e.target.value })}
                />
                {error(`coOrganisers.${i}.costSharePercent`)}
              </label>
              <label className="field">
                {t('events.coOrganiserNote')}
                <input value={d.note} onChange={(e) => change(i, { note: e.target.value })} />
              </label>
            </div>
            <button
              type="button"
              className="link"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('events.removeCoOrganiser', { name: d.name })}
            </button>
          </li>
        ))}
      </ul>
      {value.length > 0 && (
        <p className={total === 100 ? 'muted' : 'warning'}>
          {t('events.shareTotal', { total: formatNumber(total, i18n.language) })}
        </p>
      )}
      <ActorPicker
        label={t('events.addCoOrganiser')}
        nodes={nodes}
        onPick={(n) => onChange(addCoOrganiser(value, n))}
        testId="co-organiser-picker"
      />
    </fieldset>
  );
}
