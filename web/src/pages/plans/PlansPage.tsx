import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPlansDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../auth/current-user';
import { canEditEvent } from '../../events/can-edit';
import { QueryError } from '../QueryError';
import { PlanForm } from './PlanForm';
import { StatusCounts } from './StatusCounts';

interface PlansPageProps {
  regionCode: string;
  /** Opens a plan's own page (its id goes into the URL). */
  onOpen(planId: string): void;
}

/** The action plans of a region: title, period, measures by status, and "new plan". */
export function PlansPage({ regionCode, onOpen }: PlansPageProps) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useQuery(RegionPlansDocument, { regionCode });
  const [creating, setCreating] = useState(false);
  // Plans are scoped to regions exactly as events are (api/src/auth/region-scope.ts).
  const canEdit = canEditEvent(useCurrentUser(), regionCode);
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (loading && !data) {
    return (
      <p role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }
  const plans = data?.plans ?? [];
  return (
    <section className="events-page plans-page" data-testid="plans-page">
      <h2>{t('plans.plans')}</h2>
      {creating ? (
        <PlanForm
          regionCode={regionCode}
          onSaved={(plan) => onOpen(plan.id)}
          // A new plan has no version to be stale; a conflict here cannot happen.
          onConflict={() => setCreating(false)}
          onCancel={() => setCreating(false)}
        />
      ) : (
        canEdit && (
          <p>
            <button type="button" onClick={() => setCreating(true)} data-testid="new-plan">
              {t('plans.newPlan')}
            </button>
          </p>
        )
      )}
      {plans.length === 0 ? (
        <p>{t('plans.noPlans')}</p>
      ) : (
        <ul>
          {plans.map((p) => (
            <li key={p.id} data-testid="plan-row">
              <a
                href={`?region=${regionCode}&page=plans&plan=${encodeURIComponent(p.id)}`}
                onClick={(click) => {
                  // A plain click stays in the app; a middle or modified click opens a tab.
                  if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey)
                    return;
                  click.preventDefault();
                  onOpen(p.id);
                }}
                data-testid="plan-link"
              >
                <strong>{p.title}</strong>
              </a>{' '}
              · {t('plans.period', { start: p.periodStart, end: p.periodEnd })} ·{' '}
              <StatusCounts byStatus={p.review.measuresByStatus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
