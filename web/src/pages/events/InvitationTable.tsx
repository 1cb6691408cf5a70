import { useTranslation } from 'react-i18next';
import type { InvitationSort, InvitationSortKey } from '../../events/invitation-sort';
import type { TableRow } from '../../events/invitation-table';
import { formatDate } from '../../i18n/format';

interface InvitationTableProps {
  rows: readonly TableRow[];
  selected: ReadonlySet<string>;
  busy: boolean;
  /** Shows the list only: no selection, contact choice or removal. */
  readOnly: boolean;
  sort: InvitationSort | null;
  onSort(key: InvitationSortKey): void;
  onToggle(id: string): void;
  onToggleAll(): void;
  onContact(row: TableRow, personId: string | null): void;
  onRemove(row: TableRow): void;
}

/**
 * The invitation list as a table: who, where, which address, which status since when.
 * Rows are selected for a bulk status change; the contact person is chosen per row.
 */
export function InvitationTable(props: InvitationTableProps) {
  const { t, i18n } = useTranslation();
  const { rows, selected, readOnly } = props;
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  /** A header that sorts by its column, saying so to screen readers (aria-sort). */
  const sortable = (key: InvitationSortKey, label: string) => {
    const active = props.sort?.key === key;
    const descending = active && props.sort?.descending;
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" onClick={() => props.onSort(key)} data-testid={`sort-${key}`}>
          {label}
          <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <table className="invitation-table" data-testid="invitation-table">
      <thead>
        <tr>
          {!readOnly && (
            <th scope="col">
              <input
                type="checkbox"
                checked={all}
                onChange={props.onToggleAll}
                aria-label={t('events.table.selectAll')}
                data-testid="select-all"
              />
            </th>
          )}
          {sortable('name', t('events.table.organisation'))}
          {sortable('category', t('events.table.category'))}
          {sortable('municipality', t('events.table.municipality'))}
          <th scope="col">{t('events.table.contact')}</th>
          <th scope="col">{t('events.table.email')}</th>
          {sortable('status', t('events.table.status'))}
          {!readOnly && (
            <th scope="col">
              <span className="visually-hidden">{t('events.table.remove')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="invitation-row" data-status={r.status}>
            {!readOnly && (
              <td>
                <input
                  type="checkbox"
                  checked={selected.has(r.id)}
                  onChange={() => props.onToggle(r.id)}
                  aria-label={t('events.table.select', { name: r.name })}
                />
              </td>
            )}
            <th scope="row">{r.name}</th>
            <td>{r.category ? t(`categories.${r.category}`) : ''}</td>
            <td>{r.municipality}</td>
            <td>
              {readOnly ? (
                (r.contacts.find((c) => c.id === r.contactId)?.name ?? t('events.actorAddress'))
              ) : (
                <select
                  value={r.contactId}
                  disabled={props.busy}
                  onChange={(e) => props.onContact(r, e.target.value || null)}
                  aria-label={t('events.table.contactOf', { name: r.name })}
                >
                  <option value="">{t('events.actorAddress')}</option>
                  {r.contacts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </td>
            <td className="email">{r.email}</td>
            <td>
              <span className={`status status-${r.status}`}>{t(`events.status.${r.status}`)}</span>
              {r.statusChangedAt && (
                <span className="muted">
                  {' '}
                  ·{' '}
                  {t('events.table.changed', {
                    date: formatDate(r.statusChangedAt, i18n.language),
                  })}
                </span>
              )}
            </td>
            {!readOnly && (
              <td>
                <button
                  type="button"
                  className="link"
                  disabled={props.busy}
                  onClick={() => props.onRemove(r)}
                  aria-label={t('events.table.removeOf', { name: r.name })}
                >
                  ✕
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
