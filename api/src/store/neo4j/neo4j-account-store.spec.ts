import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { sessionFrom, userFrom } from './neo4j-account-store';
import { utcDateTime } from './write-params';

const AT = new Date('2026-12-01T08:15:30.123Z');

const STORED_USER = {
  id: 'u1',
  email: 'aino@example.fi',
  name: 'Aino',
  role: 'editor',
  regions: ['18'],
  allRegions: false,
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
  disabled: false,
  createdAt: utcDateTime(AT),
  updatedAt: utcDateTime(AT),
  version: neo4j.int(2),
  writeId: 'w',
};

describe('Neo4j account records', () => {
  it('maps a stored user: DateTime to ISO text, Integer version to a number', () => {
    expect(userFrom(STORED_USER)).toEqual({
      id: 'u1',
      email: 'aino@example.fi',
      name: 'Aino',
      role: 'editor',
      regions: ['18'],
      passwordHash: STORED_USER.passwordHash,
      disabled: false,
      createdAt: '2026-12-01T08:15:30.123Z',
      updatedAt: '2026-12-01T08:15:30.123Z',
      version: 2,
    });
  });

  it("reads allRegions as 'all' and an absent password hash (a removed property) as null", () => {
    const { passwordHash: _removed, ...withoutHash } = STORED_USER;
    expect(userFrom({ ...withoutHash, allRegions: true, regions: [] })).toMatchObject({
      regions: 'all',
      passwordHash: null,
    });
  });

  it('refuses a role or regions it does not know', () => {
    expect(() => userFrom({ ...STORED_USER, role: 'root' })).toThrow(/role/);
    expect(() => userFrom({ ...STORED_USER, regions: [18] })).toThrow(/regions/);
  });

  it('maps a stored session', () => {
    const later = new Date(AT.getTime() + 60_000);
    expect(
      sessionFrom({
        id: 'hash',
        userId: 'u1',
        createdAt: utcDateTime(AT),
        lastSeenAt: utcDateTime(later),
      }),
    ).toEqual({
      id: 'hash',
      userId: 'u1',
      createdAt: '2026-12-01T08:15:30.123Z',
      lastSeenAt: '2026-12-01T08:16:30.123Z',
    });
    expect(() => sessionFrom({ id: 'hash', createdAt: null })).toThrow(/userId/);
  });
});
