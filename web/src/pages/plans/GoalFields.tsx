import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../../api/client';
import type { GoalDraft } from '../../plans/plan-form';
import { RowFieldError } from '../../forms/RowFieldError';

interface GoalFieldsProps {
  value: readonly GoalDraft[];
  issues: readonly InputIssue[];
  onChange(next: GoalDraft[]): void;
}

/** The plan's goals in order; measures refer to a goal by its place in this list. */
export function GoalFields({ value, issues, onChange }: GoalFieldsProps) {
  const { t } = useTranslation();
  const change = (i: number, patch: Partial<GoalDraft>) =>
    onChange(value.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const error = (path: string) => <RowFieldError issues={issues} path={path} kind="plans" />;
  return (
    <fieldset data-testid="goal-fields">
      <legend>{t('plans.goals')}</legend>
      <ol>
        {value.map((g, i) => (
          <li key={i} data-testid="goal-row">
            <label className="field">
              {t('plans.field.goalTitle')}
              <input value={g.title} onChange={(e) => change(i, { title: e.target.value })} />
              {error(`goals.${i}.title`)}
            </label>
            <label className="field">
              {t('plans.field.goalDescription')}
              <input
                value={g.description}
                onChange={(e) => change(i, { description: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="link"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('plans.removeGoal', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...value, { title: '', description: '' }])}
        data-testid="add-goal"
      >
        {t('plans.addGoal')}
      </button>
    </fieldset>
  );
}
