import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import {
  CreatePlanDocument,
  UpdatePlanDocument,
  type PlanFieldsFragment,
} from '../../api/generated/graphql';
import { otherIssues } from '../../events/field-issues';
import { emptyMeasure, move } from '../../plans/measures';
import {
  emptyPlanForm,
  planToForm,
  toCreatePlanInput,
  toUpdatePlanInput,
  type PlanFormValues,
} from '../../plans/plan-form';
import { GoalFields } from './GoalFields';
import { MeasureFields } from './MeasureFields';
import { useServerForm } from '../server-form';
import { useMunicipalities, useRegionActors } from '../region-data';

interface PlanFormProps {
  regionCode: string;
  /** The plan to edit; without it the form creates one. */
  plan?: PlanFieldsFragment;
  onSaved(plan: PlanFieldsFragment): void;
  /** Someone saved in between: the page offers to reload. */
  onConflict(): void;
  onCancel(): void;
}

type TextField = 'title' | 'periodStart' | 'periodEnd' | 'municipalityCode' | 'description';
const FIELDS: TextField[] = [
  'title',
  'periodStart',
  'periodEnd',
  'municipalityCode',
  'description',
];

/** Field paths the goal and measure rows show themselves. */
const nestedPaths = (values: PlanFormValues) => [
  ...values.goals.map((_, i) => `goals.${i}.title`),
  ...values.measures.flatMap((_, i) =>
    ['title', 'dimensions', 'goal', 'startDate', 'endDate'].map((f) => `measures.${i}.${f}`),
  ),
];

/**
 * Creates a plan of the region or edits one. The server checks everything; its field
 * errors are shown next to the field they name, anything else above the buttons.
 */
export function PlanForm({ regionCode, plan, onSaved, onConflict, onCancel }: PlanFormProps) {
  const { t, i18n } = useTranslation();
  const municipalities = useMunicipalities(regionCode);
  const [values, setValues] = useState<PlanFormValues>(() =>
    plan ? planToForm(plan) : emptyPlanForm(),
  );
  const { saving, issues, error, save, field, described } = useServerForm('plans', onConflict);
  // The region's actors, to pick the responsible actors and partners from.
  const nodes = useRegionActors(regionCode);
  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      const saved = plan
        ? (
            await request(UpdatePlanDocument, {
              id: plan.id,
              version: plan.version,
              input: toUpdatePlanInput(values, regionCode),
            })
          ).updatePlan
        : (await request(CreatePlanDocument, { input: toCreatePlanInput(values, regionCode) }))
            .createPlan;
      onSaved(saved);
    });
  };

  const text = (name: TextField, type = 'text', required = false) => (
    <input
      name={name}
      type={type}
      value={values[name]}
      required={required}
      onChange={(e) => set(name, e.target.value)}
      {...described(name)}
    />
  );
  const rest = otherIssues(issues, [...FIELDS, ...nestedPaths(values)]);
  const measures = values.measures;

  return (
    <form
      className="edit-form plan-form"
      onSubmit={submit}
      data-testid="plan-form"
      aria-label={plan ? t('plans.edit') : t('plans.newPlan')}
      noValidate
    >
      <h2>{plan ? t('plans.edit') : t('plans.newPlan')}</h2>
      {field('title', t('plans.field.title'), text('title', 'text', true))}
      <div className="field-row">
        {field('periodStart', t('plans.field.periodStart'), text('periodStart', 'number', true))}
        {field('periodEnd', t('plans.field.periodEnd'), text('periodEnd', 'number', true))}
      </div>
      {field(
        'municipalityCode',
        t('plans.field.area'),
        <select
          name="municipalityCode"
          value={values.municipalityCode}
          onChange={(e) => set('municipalityCode', e.target.value)}
          data-testid="plan-municipality"
          {...described('municipalityCode')}
        >
          <option value="">{t('plans.wholeRegion')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {i18n.language === 'sv' ? (m.nameSv ?? m.nameFi) : m.nameFi}
            </option>
          ))}
        </select>,
      )}
      {field(
        'description',
        t('plans.field.description'),
        <textarea
          name="description"
          rows={3}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          {...described('description')}
        />,
      )}
      <GoalFields value={values.goals} issues={issues} onChange={(next) => set('goals', next)} />
      <h3>{t('plans.measures')}</h3>
      {measures.map((m, i) => (
        <MeasureFields
          key={m.key}
          index={i}
          count={measures.length}
          value={m}
          goals={values.goals}
          nodes={nodes}
          issues={issues}
          onChange={(next) =>
            set(
              'measures',
              measures.map((x, j) => (j === i ? next : x)),
            )
          }
          onMove={(step) => set('measures', move(measures, i, step))}
          onRemove={() =>
            set(
              'measures',
              measures.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      <p>
        <button
          type="button"
          onClick={() => set('measures', [...measures, emptyMeasure()])}
          data-testid="add-measure"
        >
          {t('plans.addMeasure')}
        </button>
      </p>
      {rest.length > 0 && (
        <ul className="field-error" role="alert">
          {rest.map((i) => (
            <li key={`${i.field}-${i.rule}`}>
              {i.field}: {i.message}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" disabled={saving} data-testid="plan-save">
          {saving ? t('plans.saving') : plan ? t('plans.save') : t('plans.create')}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('plans.cancel')}
        </button>
      </div>
    </form>
  );
}
