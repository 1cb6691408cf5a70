import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromProperties } from './neo4j-profile-store';
import { utcDateTime } from './write-params';

describe('Neo4j profile records', () => {
  it('maps a stored profile: DateTime to ISO text, Integer version to a number', () => {
    const at = new Date('2026-11-22T08:15:30.123Z');
    expect(
      fromProperties({
        id: 'koulut',
        definition: '{"id":"koulut"}',
        createdAt: utcDateTime(at),
        updatedAt: utcDateTime(at),
        version: neo4j.int(3),
        writeId: 'w',
      }),
    ).toEqual({
      id: 'koulut',
      definition: '{"id":"koulut"}',
      createdAt: '2026-11-22T08:15:30.123Z',
      updatedAt: '2026-11-22T08:15:30.123Z',
      version: 3,
    });
  });

  it('refuses a profile whose definition is not text', () => {
    expect(() =>
      fromProperties({ id: 'x', definition: 5, createdAt: null, updatedAt: null, version: 1 }),
    ).toThrow(/definition/);
  });
});
