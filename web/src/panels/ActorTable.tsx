import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorNode } from '../graph/model';
import { CATEGORY_COLORS } from '../graph/palette';
import { foldForSearch } from '../graph/search';
import { formatMetric } from '../i18n/format';
import { sortRows, type SortKey, type SortState } from './table-sort';

interface ActorTableProps {
  actors: readonly ActorNode[];
  municipalityName(code: string | null): string;
  degree: ReadonlyMap<string, number>;
  metric: { label: string; values: ReadonlyMap<string, number> } | null;
  selected: string | null;
  onSelect(id: string): void;
}

const PAGE_SIZE = 50;

/**
 * The actors of the view as a table: the accessible alternative to the graph. Real table
 * semantics (caption, th scope, aria-sort), sorting by any column with buttons in the
 * headers, a text filter, and pages of 50 so 10,000 actors stay quick to tab through.
 */
export function ActorTable({
  actors,
  municipalityName,
  degree,
  metric,
  selected,
  onSelect,
}: ActorTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<SortState>({ key: 'name', descending: false });
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);

  const rows = useMemo(() => {
    const q = foldForSearch(filter);
    const list = actors.map((a) => ({
      actor: a,
      name: a.name,
      category: t(`categories.${a.category}`),
      municipality: municipalityName(a.municipalityCode),
      dimensions: a.dimensions.map((d) => t(`dimensions.${d}`)).join(', '),
      degree: degree.get(a.id) ?? 0,
      metric: metric?.values.get(a.id) ?? 0,
    }));
    const filtered = q
      ? list.filter((r) =>
          foldForSearch(`${r.name} ${r.category} ${r.municipality} ${r.dimensions}`).includes(q),
        )
      : list;
    return sortRows(filtered, sort, i18n.language);
  }, [actors, filter, sort, degree, metric, municipalityName, t, i18n.language]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: t('table.name') },
    { key: 'category', label: t('table.category') },
    { key: 'municipality', label: t('table.municipality') },
    { key: 'dimensions', label: t('table.dimensions') },
    { key: 'degree', label: t('table.degree'), numeric: true },
    ...(metric ? [{ key: 'metric' as const, label: metric.label, numeric: true }] : []),
  ];

  return (
    <div className="actor-table" data-testid="actor-table">
      <label className="field inline">
        {t('table.filter')}
        <input
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
      </label>
      <div className="table-scroll">
        <table>
          <caption>{t('table.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                    className={c.numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      onClick={() =>
                        setSort({ key: c.key, descending: active ? !sort.descending : !!c.numeric })
                      }
                    >
                      {c.label}
                      <span aria-hidden="true">
                        {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('table.empty')}</td>
              </tr>
            )}
            {shown.map((r) => (
              <tr
                key={r.actor.id}
                aria-selected={r.actor.id === selected}
                className={r.actor.id === selected ? 'selected' : undefined}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(r.actor.id)}>
                    {r.name}
                  </button>
                </th>
                <td>
                  <span
                    className="swatch"
                    style={{ background: CATEGORY_COLORS[r.actor.category] }}
                    aria-hidden="true"
                  />
                  {r.category}
                </td>
                <td>{r.municipality}</td>
                <td>{r.dimensions}</td>
                <td className="numeric">{formatMetric(r.degree, i18n.language)}</td>
                {metric && <td className="numeric">{formatMetric(r.metric, i18n.language)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('table.caption', { count: rows.length })}>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('table.previous')}
        </button>
        <span aria-live="polite">{t('table.page', { page: current + 1, pages })}</span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {t('table.next')}
        </button>
      </nav>
    </div>
  );
}
