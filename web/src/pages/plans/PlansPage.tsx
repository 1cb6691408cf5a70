import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPlansDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../auth/current-user';
import { canEditEvent } from '../../events/can-edit';
import { QueryError } from '../QueryError';
import { PlanForm } from './PlanForm';
import { StatusCounts } from './StatusCounts';
import { InAppLink, Loading, NewRecord } from '../RecordPageParts';

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
  if (loading && !data) return <Loading />;
  const plans = data?.plans ?? [];
  return (
    <section className="events-page plans-page" data-testid="plans-page">
      <h2>{t('plans.plans')}</h2>
      <NewRecord
        creating={creating}
        canCreate={canEdit}
        label={t('plans.newPlan')}
        testId="new-plan"
        onCreating={setCreating}
        form={(done) => (
          <PlanForm
            regionCode={regionCode}
            onSaved={(plan) => onOpen(plan.id)}
            onConflict={done}
            onCancel={done}
          />
        )}
      />
      {plans.length === 0 ? (
        <p>{t('plans.noPlans')}</p>
      ) : (
        <ul>
          {plans.map((p) => (
            <li key={p.id} data-testid="plan-row">
              <InAppLink
                href={`?region=${regionCode}&page=plans&plan=${encodeURIComponent(p.id)}`}
                onOpen={() => onOpen(p.id)}
                testId="plan-link"
              >
                <strong>{p.title}</strong>
              </InAppLink>{' '}
              · {t('plans.period', { start: p.periodStart, end: p.periodEnd })} ·{' '}
              <StatusCounts byStatus={p.review.measuresByStatus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
