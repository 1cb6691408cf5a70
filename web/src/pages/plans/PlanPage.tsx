import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { DeletePlanDocument, PlanDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../auth/current-user';
import { canEditEvent } from '../../events/can-edit';
import { DeleteButton } from '../DeleteButton';
import { QueryError } from '../QueryError';
import { BackLink, ConflictNotice, Loading } from '../RecordPageParts';
import { PlanDetails } from './PlanDetails';
import { PlanForm } from './PlanForm';

interface PlanPageProps {
  regionCode: string;
  planId: string;
  onBack(): void;
}

/** One plan: its details, measures and review, or the form that edits them. */
export function PlanPage({ regionCode, planId, onBack }: PlanPageProps) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useQuery(PlanDocument, { id: planId });
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const user = useCurrentUser();

  const back = <BackLink label={t('plans.back')} onBack={onBack} testId="back-to-plans" />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (loading && !data) return <Loading />;
  const plan = data?.plan;
  if (!plan) {
    return (
      <section className="events-page">
        {back}
        <p role="alert">{t('plans.notFound')}</p>
      </section>
    );
  }
  const canEdit = canEditEvent(user, plan.regionCode);
  return (
    <section className="events-page plan-page" data-testid="plan-page">
      {back}
      {conflict && (
        <ConflictNotice
          message={t('plans.conflict')}
          reloadLabel={t('plans.reload')}
          testId="plan-conflict"
          onReload={() => {
            setConflict(false);
            setEditing(false);
            reload();
          }}
        />
      )}
      {editing ? (
        // Keyed by version: a reload after a conflict starts the form from the new version.
        <PlanForm
          key={plan.version}
          regionCode={regionCode}
          plan={plan}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
          onConflict={() => setConflict(true)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <PlanDetails plan={plan} regionCode={regionCode} />
          {canEdit && (
            <p>
              <button type="button" onClick={() => setEditing(true)} data-testid="plan-edit">
                {t('plans.edit')}
              </button>{' '}
              <DeleteButton
                label={t('plans.delete')}
                confirm={t('plans.confirmDelete', { title: plan.title })}
                onDelete={async () => {
                  await request(DeletePlanDocument, { id: plan.id, version: plan.version });
                  onBack();
                }}
                testId="plan-delete"
              />
            </p>
          )}
        </>
      )}
    </section>
  );
}
