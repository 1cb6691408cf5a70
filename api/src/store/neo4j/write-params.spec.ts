import { isDateTime, isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { ActorFields } from '../../domain/records';
import { toIsoTimestamp } from './record-mapping';
import { actorFieldMap, relationshipFieldMap, utcDateTime, wholeNumber } from './write-params';

describe('write params', () => {
  describe('utcDateTime', () => {
    it.each([
      '2026-03-01T08:00:00.123Z',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31T00:00:00.000Z',
      '2026-10-25T00:30:00.000Z', // the night Finland leaves summer time
    ])('writes %s as a UTC DateTime that reads back as the same string', (iso) => {
      const written = utcDateTime(new Date(iso));
      expect(isDateTime(written)).toBe(true);
      expect(written.timeZoneOffsetSeconds?.toString()).toBe('0');
      expect(toIsoTimestamp(written, 'createdAt')).toBe(iso);
    });

    it('sends whole-number parts as neo4j Integers', () => {
      const written = utcDateTime(new Date('2026-03-01T08:00:00.123Z'));
      expect(isInt(written.year)).toBe(true);
      expect(written.nanosecond.toString()).toBe('123000000');
    });
  });

  describe('wholeNumber', () => {
    it('sends a number as a neo4j Integer, so LIMIT and stored versions stay integers', () => {
      const limit = wholeNumber(21);
      expect(isInt(limit)).toBe(true);
      expect(limit.toNumber()).toBe(21);
    });

    it('refuses a fraction and a number beyond 2^53', () => {
      expect(() => wholeNumber(1.5)).toThrow(RangeError);
      expect(() => wholeNumber(2 ** 53)).toThrow(RangeError);
    });
  });

  describe('actorFieldMap', () => {
    const fields: ActorFields = {
      name: '  Äänekosken   Kulttuuriyhdistys ',
      category: 'ngo',
      subcategory: null,
      municipalityCode: '992',
      regionCode: '13',
      email: null,
      phone: null,
      website: null,
      languages: ['fi'],
      dimensions: [],
      tags: ['a'],
      description: null,
    };

    it('adds the search key and keeps nulls, so that SET += removes cleared properties', () => {
      const map = actorFieldMap(fields);
      expect(map.searchKey).toBe('aanekosken kulttuuriyhdistys');
      expect(map).toHaveProperty('email', null);
      expect(map).toHaveProperty('description', null);
      expect(Object.keys(map).sort()).toEqual([...Object.keys(fields), 'searchKey'].sort());
    });

    it('leaves out anything but the fields, such as an external id passed along', () => {
      const map = actorFieldMap({ ...fields, externalId: 'X', id: 'Y' } as ActorFields);
      expect(map).not.toHaveProperty('externalId');
      expect(map).not.toHaveProperty('id');
    });

    it('copies the lists, so a later change to the input does not reach the parameters', () => {
      const input = { ...fields, tags: ['a'] };
      const map = actorFieldMap(input);
      input.tags.push('b');
      expect(map.tags).toEqual(['a']);
    });
  });

  it('sends the strength of a tie as an Integer', () => {
    const map = relationshipFieldMap({ strength: 3, since: null, note: 'n' });
    expect(isInt(map.strength)).toBe(true);
    expect(map).toEqual({ strength: expect.anything(), since: null, note: 'n' });
  });
});
