import { useTranslation } from 'react-i18next';
import { planFileUrl } from '../../plans/export-links';

/** The printable page and the measure spreadsheets, in the UI language. */
export function PlanFiles({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section data-testid="plan-files">
      <h3>{t('plans.files')}</h3>
      <ul>
        <li>
          <a
            href={planFileUrl(planId, 'html', lang)}
            target="_blank"
            rel="noreferrer"
            data-testid="plan-html"
          >
            {t('plans.printable')}
          </a>
        </li>
        <li>
          <a href={planFileUrl(planId, 'csv', lang)} download data-testid="plan-csv">
            {t('plans.csv')}
          </a>
        </li>
        <li>
          <a href={planFileUrl(planId, 'xlsx', lang)} download data-testid="plan-xlsx">
            {t('plans.xlsx')}
          </a>
        </li>
      </ul>
    </section>
  );
}
