import { useTranslation } from 'react-i18next';
import { RegisterSizeDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { DEMO_REGION } from '../StartPage';

/**
 * A region without actors: import them, or open the demo region, which is offered only
 * where it has actors (an empty register has no demo to show) and is not this region.
 */
export function EmptyScope({
  region,
  onOpenDemo,
  onImport,
}: {
  region: string | null;
  onOpenDemo(): void;
  onImport(): void;
}) {
  const { t } = useTranslation();
  const size = useQuery(RegisterSizeDocument, { regionCode: DEMO_REGION });
  const demo = region !== DEMO_REGION && (size.data?.region.totalCount ?? 0) > 0;
  return (
    <div className="empty-state" data-testid="empty-scope">
      <h3>{t('explorer.emptyScope')}</h3>
      <p>{t('explorer.emptyScopeHint')}</p>
      <div className="button-row">
        {demo && (
          <button type="button" className="primary" onClick={onOpenDemo} data-testid="open-demo">
            {t('start.openDemo')}
          </button>
        )}
        <button type="button" onClick={onImport}>
          {t('import.heading')}
        </button>
      </div>
    </div>
  );
}
