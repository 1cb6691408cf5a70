import { describe, expect, it } from 'vitest';
import {
  addCoOrganiser,
  parseShare,
  shareTotal,
  toCoOrganiserInputs,
  toDrafts,
  toggleTask,
} from './co-organisers';

const etno = {
  actorId: 'a1',
  tasks: ['invitations' as const, 'travel' as const],
  costSharePercent: 40,
  note: 'Kutsut ja puhujien matkat',
  actor: { name: 'Kainuun ETNO' },
};

describe('co-organiser drafts', () => {
  it('round-trips an event’s co-organisers to the same input', () => {
    expect(toCoOrganiserInputs(toDrafts([etno]))).toEqual([
      { actorId: 'a1', tasks: ['invitations', 'travel'], costSharePercent: 40, note: etno.note },
    ]);
  });

  it('adds an actor once', () => {
    const once = addCoOrganiser([], { id: 'a1', name: 'Kainuun ETNO' });
    expect(addCoOrganiser(once, { id: 'a1', name: 'Kainuun ETNO' })).toHaveLength(1);
    expect(once[0]).toMatchObject({ tasks: [], costShare: '', note: '' });
  });

  it('keeps tasks in the vocabulary’s order, whatever order they were ticked in', () => {
    expect(toggleTask(['travel'], 'venue')).toEqual(['venue', 'travel']);
    expect(toggleTask(['venue', 'travel'], 'venue')).toEqual(['travel']);
  });
});

describe('cost shares', () => {
  it('reads a share not agreed as null and a decimal comma as a point', () => {
    expect(parseShare('')).toBeNull();
    expect(parseShare(' 12,5 ')).toBe(12.5);
    expect(parseShare('x')).toBeNull();
  });

  it('adds up the agreed shares for the hint', () => {
    const drafts = toDrafts([etno, { ...etno, actorId: 'a2', costSharePercent: null }]);
    expect(shareTotal(drafts)).toBe(40);
  });
});
