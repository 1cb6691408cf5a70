import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../api/generated/graphql';
import { formatDate } from '../../i18n/format';

type Measure = PlanFieldsFragment['measures'][number];

interface MeasuresTableProps {
  measures: readonly Measure[];
  goals: readonly { title: string }[];
}

/** The plan's measures in their order: who does what, for which dimensions, when, how far. */
export function MeasuresTable({ measures, goals }: MeasuresTableProps) {
  const { t, i18n } = useTranslation();
  if (measures.length === 0) return <p className="muted">{t('plans.noMeasures')}</p>;
  const names = (actors: readonly { name: string }[]) =>
    actors.length ? actors.map((a) => a.name).join(', ') : t('plans.noActors');
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '');
  return (
    <div className="table-scroll">
      <table className="invitation-table measures-table" data-testid="measures-table">
        <thead>
          <tr>
            <th scope="col">{t('plans.column.measure')}</th>
            <th scope="col">{t('plans.column.dimensions')}</th>
            <th scope="col">{t('plans.column.responsible')}</th>
            <th scope="col">{t('plans.column.partners')}</th>
            <th scope="col">{t('plans.column.schedule')}</th>
            <th scope="col">{t('plans.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m, i) => (
            <tr key={i} data-testid="measure-row" data-status={m.status}>
              <th scope="row">
                {m.title}
                {m.goal !== null && goals[m.goal] && (
                  <div className="muted">{goals[m.goal].title}</div>
                )}
              </th>
              <td>{m.dimensions.map((d) => t(`dimensions.${d}`)).join(', ')}</td>
              <td>{names(m.responsibleActors)}</td>
              <td>{names(m.partners)}</td>
              <td>{m.startDate || m.endDate ? `${date(m.startDate)}–${date(m.endDate)}` : ''}</td>
              <td data-testid="measure-status">{t(`plans.status.${m.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
