import { INVITATION_STATUSES } from './invitation-rows';
import type { TableRow } from './invitation-table';

/**
 * The status table sorted by a column. Names and places in the UI language's collation
 * (å, ä, ö last in Finnish and Swedish), the category by its label as shown, the status in
 * the order of the workflow (draft → invited → …), not alphabetically; ties by name.
 */
export const INVITATION_SORT_KEYS = ['name', 'category', 'municipality', 'status'] as const;
export type InvitationSortKey = (typeof INVITATION_SORT_KEYS)[number];

export interface InvitationSort {
  key: InvitationSortKey;
  descending: boolean;
}

export function sortInvitationRows(
  rows: readonly TableRow[],
  sort: InvitationSort | null,
  language: string,
  categoryLabel: (category: string) => string,
): TableRow[] {
  // No sort chosen: the API's order (the order they were added in).
  if (!sort) return [...rows];
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  const value = (r: TableRow): string | number =>
    sort.key === 'status'
      ? INVITATION_STATUSES.indexOf(r.status)
      : sort.key === 'category'
        ? categoryLabel(r.category)
        : r[sort.key];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const primary =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * primary || collator.compare(a.name, b.name);
  });
}

/** A click on a header: that column ascending, or the other way when it already was. */
export function nextSort(current: InvitationSort | null, key: InvitationSortKey): InvitationSort {
  return current?.key === key
    ? { key, descending: !current.descending }
    : { key, descending: false };
}
