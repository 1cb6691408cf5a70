import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { auditEntryFrom } from './neo4j-audit-store';
import { utcDateTime } from './write-params';

describe('Neo4j audit entries', () => {
  it('maps a stored entry: Integer seq, DateTime time, absent properties as null', () => {
    expect(
      auditEntryFrom({
        seq: neo4j.int(42),
        at: utcDateTime(new Date('2026-12-02T10:00:00.000Z')),
        writeId: 'w',
        action: 'export',
        entity: 'InvitationList',
        entityId: 'e1',
        detail: '{"rows":12}',
      }),
    ).toEqual({
      seq: 42,
      at: '2026-12-02T10:00:00.000Z',
      userId: null,
      userEmail: null,
      action: 'export',
      entity: 'InvitationList',
      entityId: 'e1',
      before: null,
      after: null,
      detail: '{"rows":12}',
    });
  });

  it('refuses a field that is not text', () => {
    const at = utcDateTime(new Date('2026-12-02T10:00:00.000Z'));
    expect(() => auditEntryFrom({ seq: 1, at, before: 5 })).toThrow(/before/);
  });
});
