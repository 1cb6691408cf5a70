import { describe, expect, it } from 'vitest';
import {
  bulkStatusInput,
  countByCategory,
  countByStatus,
  newCandidates,
  toggleSelected,
  type InvitationRow,
} from './invitation-rows';

const row = (id: string, status: InvitationRow['status'], category = 'ngo'): InvitationRow => ({
  id,
  actorId: `a-${id}`,
  category,
  status,
  version: 1,
});

describe('newCandidates', () => {
  it('drops those already listed and repeats, keeping order', () => {
    const listed = [{ actorId: 'a1' }, { actorId: 'a2', personId: 'p1' }];
    expect(
      newCandidates(listed, [
        { actorId: 'a1' },
        { actorId: 'a2', personId: 'p2' },
        { actorId: 'a3' },
        { actorId: 'a3', personId: null },
        { actorId: 'a2', personId: 'p1' },
      ]),
    ).toEqual([{ actorId: 'a2', personId: 'p2' }, { actorId: 'a3' }]);
  });
});

describe('counts', () => {
  const rows = [row('1', 'draft'), row('2', 'invited', 'media'), row('3', 'invited')];
  it('counts every status, zeros included', () => {
    expect(countByStatus(rows)).toEqual({
      draft: 1,
      invited: 2,
      registered: 0,
      declined: 0,
      attended: 0,
      no_show: 0,
    });
  });
  it('counts categories, largest first', () => {
    expect(countByCategory(rows)).toEqual([
      ['ngo', 2],
      ['media', 1],
    ]);
  });
});

describe('selection and bulk change', () => {
  it('toggles without mutating', () => {
    const s = new Set(['1']);
    expect([...toggleSelected(s, '2')]).toEqual(['1', '2']);
    expect([...toggleSelected(s, '1')]).toEqual([]);
    expect([...s]).toEqual(['1']);
  });
  it('sends only selected rows not yet in the status', () => {
    const rows = [row('1', 'draft'), row('2', 'invited'), row('3', 'draft')];
    expect(bulkStatusInput(rows, new Set(['1', '2']), 'invited')).toEqual([
      { id: '1', version: 1 },
    ]);
  });
});
