import { describe, expect, it } from 'vitest';
import { nextSort, sortInvitationRows } from './invitation-sort';
import type { TableRow } from './invitation-table';

const row = (
  id: string,
  name: string,
  status: TableRow['status'],
  municipality = '',
): TableRow => ({
  id,
  actorId: id,
  personId: null,
  category: id === 'c' ? 'media' : 'ngo',
  status,
  version: 1,
  name,
  municipality,
  contactId: '',
  email: '',
  statusChangedAt: null,
  contacts: [],
});

const rows = [
  row('a', 'Äänekosken yhdistys', 'registered', 'Kajaani'),
  row('b', 'Ahon koulu', 'draft', 'Kuhmo'),
  row('c', 'Öljysatama', 'invited', 'Ämmänsaari'),
];
const names = (r: TableRow[]) => r.map((x) => x.name);
const label = (c: string) => ({ media: 'Media', ngo: 'Järjestö' })[c] ?? c;

describe('sortInvitationRows', () => {
  it('keeps the API’s order when no column is chosen', () => {
    expect(sortInvitationRows(rows, null, 'fi', label)).toEqual(rows);
  });

  it('sorts names in Finnish collation, ä and ö after z', () => {
    expect(
      names(sortInvitationRows(rows, { key: 'name', descending: false }, 'fi', label)),
    ).toEqual(['Ahon koulu', 'Äänekosken yhdistys', 'Öljysatama']);
  });

  it('sorts statuses in the order of the workflow, not by their names', () => {
    const sorted = sortInvitationRows(rows, { key: 'status', descending: false }, 'fi', label);
    expect(sorted.map((r) => r.status)).toEqual(['draft', 'invited', 'registered']);
  });

  it('sorts categories by the label shown, descending when asked', () => {
    const sorted = sortInvitationRows(rows, { key: 'category', descending: true }, 'fi', label);
    expect(sorted[0].category).toBe('media');
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, and turns the same column round', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextSort({ key: 'name', descending: false }, 'name')).toEqual({
      key: 'name',
      descending: true,
    });
    expect(nextSort({ key: 'name', descending: true }, 'status')).toEqual({
      key: 'status',
      descending: false,
    });
  });
});
