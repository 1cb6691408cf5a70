import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import {
  CreatePlanDocument,
  UpdatePlanDocument,
  type PlanFieldsFragment,
} from '../../api/generated/graphql';
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
import { MunicipalitySelect, RecordForm, useRecordForm } from '../record-form';
import { useRegionActors } from '../region-data';

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
  const { t } = useTranslation();
  const form = useRecordForm({
    kind: 'plans',
    record: plan,
    toForm: planToForm,
    empty: emptyPlanForm,
    create: async (values) =>
      (await request(CreatePlanDocument, { input: toCreatePlanInput(values, regionCode) }))
        .createPlan,
    update: async (values, at) =>
      (await request(UpdatePlanDocument, { ...at, input: toUpdatePlanInput(values, regionCode) }))
        .updatePlan,
    onSaved,
    onConflict,
  });
  const { values, set, issues, field, bind, text } = form;
  // The region's actors, to pick the responsible actors and partners from.
  const nodes = useRegionActors(regionCode);
  const measures = values.measures;

  return (
    <RecordForm form={form} shownFields={[...FIELDS, ...nestedPaths(values)]} onCancel={onCancel}>
      {field('title', t('plans.field.title'), text('title', 'text', true))}
      <div className="field-row">
        {field('periodStart', t('plans.field.periodStart'), text('periodStart', 'number', true))}
        {field('periodEnd', t('plans.field.periodEnd'), text('periodEnd', 'number', true))}
      </div>
      {field(
        'municipalityCode',
        t('plans.field.area'),
        <MunicipalitySelect
          regionCode={regionCode}
          regionLabel={t('plans.wholeRegion')}
          data-testid="plan-municipality"
          {...bind('municipalityCode')}
        />,
      )}
      {field(
        'description',
        t('plans.field.description'),
        <textarea rows={3} {...bind('description')} />,
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
    </RecordForm>
  );
}
