import { describe, expect, it } from 'vitest';
import { planUpserts, sameActorFields, sameTieFields, tieKey } from './import-plan';
import type { ActorFields, RelationshipFields } from '../../domain/records';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const same = (a: { v: number }, b: { v: number }) => a.v === b.v;

describe('planUpserts', () => {
  it('creates new keys, updates changed ones and leaves equal ones alone', () => {
    const stored = new Map([
      ['A', { id: 'id-a', fields: { v: 1 } }],
      ['B', { id: 'id-b', fields: { v: 1 } }],
    ]);
    const plan = planUpserts(
      [
        { key: 'A', fields: { v: 1 } },
        { key: 'B', fields: { v: 2 } },
        { key: 'C', fields: { v: 3 } },
      ],
      stored,
      same,
      ids(),
    );
    expect(plan.counts).toEqual({ created: 1, updated: 1, unchanged: 1 });
    expect(plan.creates).toEqual([{ key: 'C', id: 'new-1', fields: { v: 3 } }]);
    expect(plan.updates).toEqual([{ key: 'B', id: 'id-b', fields: { v: 2 } }]);
    expect(plan.ids).toEqual(
      new Map([
        ['A', 'id-a'],
        ['B', 'id-b'],
        ['C', 'new-1'],
      ]),
    );
  });

  it('plans nothing for an empty batch', () => {
    const plan = planUpserts([], new Map([['A', { id: 'a', fields: { v: 1 } }]]), same, ids());
    expect(plan).toMatchObject({
      creates: [],
      updates: [],
      counts: { created: 0, updated: 0, unchanged: 0 },
    });
  });

  it('writes a key met twice once, with its last values, counting as the rows came', () => {
    const plan = planUpserts(
      [
        { key: 'N', fields: { v: 1 } },
        { key: 'N', fields: { v: 2 } },
        { key: 'S', fields: { v: 5 } },
        { key: 'S', fields: { v: 5 } },
      ],
      new Map([['S', { id: 'id-s', fields: { v: 4 } }]]),
      same,
      ids(),
    );
    expect(plan.counts).toEqual({ created: 1, updated: 2, unchanged: 1 });
    expect(plan.creates).toEqual([{ key: 'N', id: 'new-1', fields: { v: 2 } }]);
    expect(plan.updates).toEqual([{ key: 'S', id: 'id-s', fields: { v: 5 } }]);
  });
});

describe('field comparison', () => {
  const actor: ActorFields = {
    name: 'A',
    category: 'ngo',
    subcategory: null,
    municipalityCode: '205',
    regionCode: '18',
    email: null,
    phone: null,
    website: null,
    languages: ['fi', 'ar'],
    dimensions: ['interaction'],
    tags: [],
    description: null,
  };

  it('takes equal lists as equal and another order as a change', () => {
    expect(sameActorFields(actor, { ...actor, languages: ['fi', 'ar'] })).toBe(true);
    expect(sameActorFields(actor, { ...actor, languages: ['ar', 'fi'] })).toBe(false);
  });

  it('tells null from an empty string', () => {
    expect(sameActorFields(actor, { ...actor, email: '' })).toBe(false);
  });

  it('ignores what is not a field, such as stamps of a stored record', () => {
    const stored = { ...actor, id: 'x', version: 4, updatedAt: 'then' } as ActorFields;
    expect(sameActorFields(stored, actor)).toBe(true);
  });

  it('compares ties by strength, since and note only: their type and ends are the key', () => {
    const tie: RelationshipFields = {
      sourceId: 'a',
      targetId: 'b',
      type: 'COOPERATES_WITH',
      strength: 2,
      since: null,
      note: null,
    };
    expect(sameTieFields(tie, { ...tie, sourceId: 'b', targetId: 'a' })).toBe(true);
    expect(sameTieFields(tie, { ...tie, strength: 3 })).toBe(false);
  });
});

describe('tieKey', () => {
  it('is the same for a symmetric tie either way round', () => {
    expect(tieKey('COOPERATES_WITH', 'a', 'b')).toBe(tieKey('COOPERATES_WITH', 'b', 'a'));
    expect(tieKey('COMMUNICATES_WITH', 'z', 'y')).toBe(tieKey('COMMUNICATES_WITH', 'y', 'z'));
  });

  it('differs for a directed tie in reverse, and between types', () => {
    expect(tieKey('FUNDS', 'a', 'b')).not.toBe(tieKey('FUNDS', 'b', 'a'));
    expect(tieKey('FUNDS', 'a', 'b')).not.toBe(tieKey('MEMBER_OF', 'a', 'b'));
  });

  it('cannot be confused by ids that contain the separator', () => {
    expect(tieKey('FUNDS', 'a|b', 'c')).not.toBe(tieKey('FUNDS', 'a', 'b|c'));
  });
});
