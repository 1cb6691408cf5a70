import { useTranslation } from 'react-i18next';
import { RegionsDocument, RegisterSizeDocument } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { ImportForm } from '../panels/ImportForm';
import { NATIONAL } from '../url-state';
import { QueryError } from './QueryError';

/** The fictional demo network is seeded in Kainuu. */
export const DEMO_REGION = '18';

/**
 * The start page: choose a region or the whole country. A new user is told what to do:
 * open the demo region, or import their own files.
 */
export function StartPage({ onChoose }: { onChoose(region: string): void }) {
  const { t, i18n } = useTranslation();
  const regions = useQuery(RegionsDocument, {});
  const size = useQuery(RegisterSizeDocument, { regionCode: DEMO_REGION });
  const empty = size.data?.all.totalCount === 0;
  const demoAvailable = (size.data?.region.totalCount ?? 0) > 0;

  return (
    <div className="start-page">
      <section className="intro">
        <h2>{t('start.heading')}</h2>
        <p>{t('start.intro')}</p>
      </section>

      {size.data && (
        <section className="callout" aria-labelledby="new-here" data-testid="empty-state">
          <h2 id="new-here">{empty ? t('start.emptyHeading') : t('start.newHere')}</h2>
          <p>{empty ? t('start.emptyBody') : t('start.newHereBody')}</p>
          {demoAvailable && (
            <button
              type="button"
              className="primary"
              onClick={() => onChoose(DEMO_REGION)}
              data-testid="open-demo"
            >
              {t('start.openDemo')}
            </button>
          )}
          <ImportForm onImported={size.reload} />
        </section>
      )}

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t('start.regionsHeading')}</h2>
        {regions.loading && <p role="status">{t('app.loading')}</p>}
        {regions.error && <QueryError error={regions.error} onRetry={regions.reload} />}
        {regions.data && (
          <ul className="region-grid" data-testid="region-list">
            <li>
              <button
                type="button"
                className="region-card national"
                onClick={() => onChoose(NATIONAL)}
              >
                <strong>{t('scope.national')}</strong>
                <span className="muted small">
                  {size.data
                    ? t('start.actorsInRegion', { count: size.data.all.totalCount })
                    : t('start.nationalHint')}
                </span>
              </button>
            </li>
            {regions.data.regions.map((r) => (
              <li key={r.code}>
                <button
                  type="button"
                  className="region-card"
                  onClick={() => onChoose(r.code)}
                  data-region={r.code}
                >
                  <strong>{i18n.language === 'sv' ? r.nameSv : r.nameFi}</strong>
                  <span className="muted small">
                    {r.code} · {r.municipalities.length}{' '}
                    {t('scope.municipalities').toLocaleLowerCase(i18n.language)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
