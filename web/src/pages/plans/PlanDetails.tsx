import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../api/generated/graphql';
import { MeasuresTable } from './MeasuresTable';
import { PlanFiles } from './PlanFiles';
import { PlanReview } from './PlanReview';
import { StatusCounts } from './StatusCounts';

interface PlanDetailsProps {
  plan: PlanFieldsFragment;
  regionCode: string;
}

/** A plan as read: period, goals, the measures table, what it leaves out, its files. */
export function PlanDetails({ plan, regionCode }: PlanDetailsProps) {
  const { t } = useTranslation();
  return (
    <article className="plan-details" data-testid="plan-details">
      <h2>{plan.title}</h2>
      <p className="muted">
        {t('plans.period', { start: plan.periodStart, end: plan.periodEnd })} ·{' '}
        <StatusCounts byStatus={plan.review.measuresByStatus} />
      </p>
      {plan.description && <p className="description">{plan.description}</p>}
      <h3>{t('plans.goals')}</h3>
      {plan.goals.length === 0 ? (
        <p className="muted">{t('plans.noGoals')}</p>
      ) : (
        <ol data-testid="plan-goals">
          {plan.goals.map((g, i) => (
            <li key={i}>
              <strong>{g.title}</strong>
              {g.description && <> – {g.description}</>}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('plans.measures')}</h3>
      <MeasuresTable measures={plan.measures} goals={plan.goals} />
      <PlanReview review={plan.review} regionCode={regionCode} />
      <PlanFiles planId={plan.id} />
    </article>
  );
}
