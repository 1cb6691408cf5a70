import { useTranslation } from 'react-i18next';
import { measureTotal, statusCounts, type StatusCount } from '../../plans/status-counts';

/** "5 measures (planned 2, ongoing 3, done 0, dropped 0)": the same order on every plan. */
export function StatusCounts({ byStatus }: { byStatus: readonly StatusCount[] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="plan-status-counts">
      {t('plans.measureCount', { count: measureTotal(byStatus) })} (
      {statusCounts(byStatus)
        .map((c) => `${t(`plans.status.${c.status}`)} ${c.count}`)
        .join(', ')}
      )
    </span>
  );
}
