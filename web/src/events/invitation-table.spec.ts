import { describe, expect, it } from 'vitest';
import {
  filterByStatus,
  keepExisting,
  toggleAll,
  toTableRow,
  type ApiInvitation,
} from './invitation-table';

const invitation: ApiInvitation = {
  id: 'i1',
  actorId: 'a1',
  personId: 'p1',
  status: 'invited',
  statusChangedAt: '2026-10-01T08:00:00.000Z',
  version: 3,
  actor: {
    name: 'Kajaanin kaupunki',
    category: 'authority_local',
    email: 'kirjaamo@example.fi',
    municipality: { nameFi: 'Kajaani', nameSv: 'Kajana' },
    persons: [
      { id: 'p1', name: 'Aino Aaltonen', email: 'aino@example.fi' },
      { id: 'p2', name: 'Öljy Åström', email: null },
    ],
  },
  person: { name: 'Aino Aaltonen', email: 'aino@example.fi' },
};

describe('toTableRow', () => {
  it('shows the contact person’s address when one is chosen', () => {
    const row = toTableRow(invitation, 'fi');
    expect(row).toMatchObject({
      contactId: 'p1',
      email: 'aino@example.fi',
      municipality: 'Kajaani',
    });
    expect(row.contacts.map((c) => c.name)).toEqual(['Aino Aaltonen', 'Öljy Åström']);
  });

  it('shows the actor’s own address when no person is chosen', () => {
    const row = toTableRow({ ...invitation, personId: null, person: null }, 'sv');
    expect(row).toMatchObject({
      contactId: '',
      email: 'kirjaamo@example.fi',
      municipality: 'Kajana',
    });
  });

  it('keeps the row of an actor deleted since, named by its id', () => {
    const row = toTableRow({ ...invitation, actor: null, person: null }, 'fi');
    expect(row).toMatchObject({ name: 'a1', email: '', contacts: [] });
  });
});

describe('selection', () => {
  it('selects every row, and none when all were selected', () => {
    expect([...toggleAll(new Set(['a']), ['a', 'b'])]).toEqual(['a', 'b']);
    expect(toggleAll(new Set(['a', 'b']), ['a', 'b']).size).toBe(0);
    expect(toggleAll(new Set(), []).size).toBe(0);
  });

  it('drops selected ids that are no longer rows', () => {
    expect([...keepExisting(new Set(['a', 'gone']), ['a', 'b'])]).toEqual(['a']);
  });
});

describe('filterByStatus', () => {
  const rows = [
    toTableRow(invitation, 'fi'),
    toTableRow({ ...invitation, id: 'i2', status: 'registered' }, 'fi'),
  ];

  it('keeps the rows of one status, or all of them', () => {
    expect(filterByStatus(rows, 'registered').map((r) => r.id)).toEqual(['i2']);
    expect(filterByStatus(rows, null)).toHaveLength(2);
    expect(filterByStatus(rows, 'declined')).toEqual([]);
  });
});
