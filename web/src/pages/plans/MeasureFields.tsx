import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../../api/client';
import type { MeasureStatus } from '../../api/generated/graphql';
import type { ActorNode } from '../../graph/model';
import { MEASURE_STATUSES, toggleDimension, type MeasureDraft } from '../../plans/measures';
import type { GoalDraft } from '../../plans/plan-form';
import { DIMENSIONS } from '../../vocabulary';
import { ActorList } from './ActorList';
import { TranslatedOptions } from '../../forms/TranslatedOptions';
import { RowFieldError } from '../../forms/RowFieldError';

interface MeasureFieldsProps {
  /** Its place in the plan (0 = first): the API names its errors by it. */
  index: number;
  count: number;
  value: MeasureDraft;
  goals: readonly GoalDraft[];
  nodes: readonly ActorNode[];
  issues: readonly InputIssue[];
  onChange(next: MeasureDraft): void;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}

/** One measure in the plan form: what, for which dimensions, who, when, how far. */
export function MeasureFields({
  index,
  count,
  value,
  goals,
  nodes,
  issues,
  onChange,
  onMove,
  onRemove,
}: MeasureFieldsProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const set = <K extends keyof MeasureDraft>(key: K, v: MeasureDraft[K]) =>
    onChange({ ...value, [key]: v });
  const error = (field: string) => {
    const path = `measures.${index}.${field}`;
    return <RowFieldError issues={issues} path={path} kind="plans" testId={`error-${path}`} />;
  };
  return (
    <fieldset className="measure-fields" data-testid="measure-fields">
      <legend>{t('plans.measureN', { n })}</legend>
      <label className="field">
        {t('plans.field.measureTitle')}
        <input
          name={`measures.${index}.title`}
          value={value.title}
          onChange={(e) => set('title', e.target.value)}
        />
        {error('title')}
      </label>
      <label className="field">
        {t('plans.field.measureDescription')}
        <textarea
          rows={2}
          value={value.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </label>
      <div className="task-checks" role="group" aria-label={t('plans.field.dimensions')}>
        {DIMENSIONS.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              name={`measures.${index}.dimensions`}
              value={d}
              checked={value.dimensions.includes(d)}
              onChange={() => set('dimensions', toggleDimension(value.dimensions, d, DIMENSIONS))}
            />
            {t(`dimensions.${d}`)}
          </label>
        ))}
        {error('dimensions')}
      </div>
      <ActorList
        label={t('plans.addResponsible')}
        nodes={nodes}
        value={value.responsible}
        onChange={(next) => set('responsible', next)}
        testId="responsible"
      />
      <ActorList
        label={t('plans.addPartner')}
        nodes={nodes}
        value={value.partners}
        onChange={(next) => set('partners', next)}
        testId="partners"
      />
      <div className="field-row">
        <label className="field">
          {t('plans.field.goal')}
          <select value={value.goal} onChange={(e) => set('goal', e.target.value)}>
            <option value="">{t('plans.noGoal')}</option>
            {goals.map((g, i) => (
              <option key={i} value={String(i)}>
                {i + 1}. {g.title}
              </option>
            ))}
          </select>
          {error('goal')}
        </label>
        <label className="field">
          {t('plans.field.startDate')}
          <input
            type="date"
            name={`measures.${index}.startDate`}
            value={value.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
          {error('startDate')}
        </label>
        <label className="field">
          {t('plans.field.endDate')}
          <input
            type="date"
            name={`measures.${index}.endDate`}
            value={value.endDate}
            onChange={(e) => set('endDate', e.target.value)}
          />
          {error('endDate')}
        </label>
        <label className="field">
          {t('plans.field.status')}
          <select
            name={`measures.${index}.status`}
            value={value.status}
            onChange={(e) => set('status', e.target.value as MeasureStatus)}
          >
            <TranslatedOptions values={MEASURE_STATUSES} labels="plans.status" />
          </select>
        </label>
      </div>
      <div className="buttons">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
          ↑ <span className="visually-hidden">{t('plans.moveUp', { n })}</span>
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓ <span className="visually-hidden">{t('plans.moveDown', { n })}</span>
        </button>
        <button type="button" className="link" onClick={onRemove}>
          {t('plans.removeMeasure', { n })}
        </button>
      </div>
    </fieldset>
  );
}
