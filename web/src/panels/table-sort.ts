export type SortKey = 'name' | 'category' | 'municipality' | 'dimensions' | 'degree' | 'metric';

export interface SortState {
  key: SortKey;
  descending: boolean;
}

type Row = Record<SortKey, string | number> & { name: string };

/**
 * Sorts table rows by a column: text in the UI language's collation (å, ä, ö at the end in
 * Finnish and Swedish), numbers numerically; ties broken by name so the order is stable.
 */
export function sortRows<T extends Row>(
  rows: readonly T[],
  sort: SortState,
  language: string,
): T[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const primary =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * primary || collator.compare(a.name, b.name);
  });
}
