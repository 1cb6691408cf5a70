import { DateTime, int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  actorFromProperties,
  municipalityFromProperties,
  personFromProperties,
  propertiesIn,
  relationshipFromProperties,
  StoredValueError,
  toIsoTimestamp,
  toSafeNumber,
} from './record-mapping';
import { utcDateTime } from './write-params';

/** A DateTime as the adapter writes it, and the server gives it back: UTC, offset 0. */
const storedAt = (iso: string) => utcDateTime(new Date(iso));

const STAMPS = {
  id: 'a-1',
  createdAt: storedAt('2026-03-01T08:00:00.123Z'),
  updatedAt: storedAt('2026-03-02T09:30:00.000Z'),
  version: int(3),
};

describe('record mapping', () => {
  describe('toSafeNumber', () => {
    it('turns a neo4j Integer into a number', () => {
      expect(toSafeNumber(int(42), 'version')).toBe(42);
      expect(toSafeNumber(int(-7), 'version')).toBe(-7);
      expect(toSafeNumber(int(Number.MAX_SAFE_INTEGER), 'version')).toBe(Number.MAX_SAFE_INTEGER);
    });

    it('refuses an Integer beyond 2^53 instead of rounding it, naming the field', () => {
      const tooBig = int('9007199254740993');
      expect(tooBig.toNumber()).toBe(9007199254740992); // what silent rounding would give
      expect(() => toSafeNumber(tooBig, 'revision')).toThrow(StoredValueError);
      expect(() => toSafeNumber(tooBig, 'revision')).toThrow(
        /revision is 9007199254740993, beyond .*2\^53/,
      );
      expect(() => toSafeNumber(int('-9007199254740993'), 'version')).toThrow(StoredValueError);
    });

    it('accepts a bigint in the safe range and refuses one beyond it', () => {
      expect(toSafeNumber(12n, 'strength')).toBe(12);
      expect(() => toSafeNumber(2n ** 60n, 'strength')).toThrow(/beyond/);
    });

    it('accepts a whole plain number, and refuses a fraction, text, null and a missing value', () => {
      expect(toSafeNumber(2, 'strength')).toBe(2);
      expect(() => toSafeNumber(1.5, 'version')).toThrow(/version should be a whole number/);
      expect(() => toSafeNumber('2', 'strength')).toThrow(/strength should be a whole number/);
      expect(() => toSafeNumber(null, 'strength')).toThrow(/but is null/);
      expect(() => toSafeNumber(undefined, 'strength')).toThrow(/but is missing/);
    });
  });

  describe('toIsoTimestamp', () => {
    it('gives the ISO 8601 UTC string with milliseconds the port uses', () => {
      expect(toIsoTimestamp(storedAt('2026-03-01T08:00:00.123Z'), 'createdAt')).toBe(
        '2026-03-01T08:00:00.123Z',
      );
    });

    it('reads a DateTime with another offset as the same instant in UTC', () => {
      const helsinki = new DateTime(2026, 6, 15, 12, 0, 5, 250_000_000, 3 * 3600);
      expect(toIsoTimestamp(helsinki, 'updatedAt')).toBe('2026-06-15T09:00:05.250Z');
    });

    it('drops the nanoseconds below a millisecond', () => {
      const fine = new DateTime(2026, 1, 2, 3, 4, 5, 123_456_789, 0);
      expect(toIsoTimestamp(fine, 'createdAt')).toBe('2026-01-02T03:04:05.123Z');
    });

    it('refuses a DateTime with a zone id but no offset, and a value that is no DateTime', () => {
      const zoned = new DateTime(2026, 1, 2, 3, 4, 5, 0, undefined, 'Europe/Helsinki');
      expect(() => toIsoTimestamp(zoned, 'createdAt')).toThrow(/createdAt .* no UTC offset/);
      expect(() => toIsoTimestamp('2026-01-02T03:04:05Z', 'createdAt')).toThrow(
        /createdAt should be a DateTime, but is string/,
      );
      expect(() => toIsoTimestamp(undefined, 'updatedAt')).toThrow(/is missing/);
    });
  });

  describe('actorFromProperties', () => {
    it('maps every property of a full actor', () => {
      expect(
        actorFromProperties({
          ...STAMPS,
          externalId: 'KAI-001',
          name: 'Kajaanin kaupunki',
          searchKey: 'kajaanin kaupunki',
          category: 'authority_local',
          subcategory: 'kotoutumispalvelut',
          municipalityCode: '205',
          regionCode: '18',
          email: 'info@kajaani.fi',
          phone: '+358 8 6155 2000',
          website: 'https://www.kajaani.fi/',
          languages: ['fi', 'sv'],
          dimensions: ['interaction'],
          tags: ['kunta'],
          description: 'rivi yksi\nrivi kaksi',
          writeId: 'w-1',
        }),
      ).toEqual({
        id: 'a-1',
        createdAt: '2026-03-01T08:00:00.123Z',
        updatedAt: '2026-03-02T09:30:00.000Z',
        version: 3,
        externalId: 'KAI-001',
        name: 'Kajaanin kaupunki',
        category: 'authority_local',
        subcategory: 'kotoutumispalvelut',
        municipalityCode: '205',
        regionCode: '18',
        email: 'info@kajaani.fi',
        phone: '+358 8 6155 2000',
        website: 'https://www.kajaani.fi/',
        languages: ['fi', 'sv'],
        dimensions: ['interaction'],
        tags: ['kunta'],
        description: 'rivi yksi\nrivi kaksi',
      });
    });

    it('reads properties Neo4j dropped for being null as null, and missing lists as empty', () => {
      const actor = actorFromProperties({ ...STAMPS, name: 'N', category: 'ngo' });
      for (const key of [
        'externalId',
        'subcategory',
        'municipalityCode',
        'regionCode',
        'email',
        'phone',
        'website',
        'description',
      ] as const) {
        expect(actor[key], key).toBeNull();
      }
      expect([actor.languages, actor.dimensions, actor.tags]).toEqual([[], [], []]);
    });

    it('keeps empty lists and the order of list items', () => {
      const actor = actorFromProperties({
        ...STAMPS,
        name: 'N',
        category: 'ngo',
        languages: ['sv', 'fi', 'ar'],
        tags: [],
      });
      expect(actor.languages).toEqual(['sv', 'fi', 'ar']);
      expect(actor.tags).toEqual([]);
    });

    it('fails loudly, naming the field, on a value of the wrong kind', () => {
      expect(() => actorFromProperties({ ...STAMPS, category: 'ngo' })).toThrow(
        /name should be text, but is missing/,
      );
      expect(() =>
        actorFromProperties({ ...STAMPS, name: 'N', category: 'ngo', tags: 'a' }),
      ).toThrow(/tags should be a list of text/);
      expect(() =>
        actorFromProperties({ ...STAMPS, name: 'N', category: 'ngo', tags: ['a', int(1)] }),
      ).toThrow(/tags should be a list of text/);
      expect(() =>
        actorFromProperties({
          ...STAMPS,
          version: int('9007199254740993'),
          name: 'N',
          category: 'ngo',
        }),
      ).toThrow(/version is 9007199254740993/);
    });
  });

  it('maps a person with the actor id projected from its edge', () => {
    expect(
      personFromProperties({
        ...STAMPS,
        actorId: 'a-9',
        name: 'Liisa Virtanen',
        legalBasis: 'public_task',
        email: 'liisa@example.fi',
        reviewDate: '2027-06-30',
      }),
    ).toEqual({
      id: 'a-1',
      createdAt: '2026-03-01T08:00:00.123Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      version: 3,
      externalId: null,
      actorId: 'a-9',
      name: 'Liisa Virtanen',
      title: null,
      email: 'liisa@example.fi',
      phone: null,
      legalBasis: 'public_task',
      source: null,
      reviewDate: '2027-06-30',
    });
  });

  it('maps a tie with its type and ends and an Integer strength', () => {
    expect(
      relationshipFromProperties({
        ...STAMPS,
        type: 'FUNDS',
        sourceId: 's',
        targetId: 't',
        strength: int(3),
        since: '2019-05-01',
      }),
    ).toEqual({
      id: 'a-1',
      createdAt: '2026-03-01T08:00:00.123Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      version: 3,
      type: 'FUNDS',
      sourceId: 's',
      targetId: 't',
      strength: 3,
      since: '2019-05-01',
      note: null,
    });
  });

  it('maps a municipality without a Swedish name', () => {
    const municipality = municipalityFromProperties({
      code: '290',
      nameFi: 'Kuhmo',
      regionCode: '18',
      subRegionCode: '182',
      subRegionNameFi: 'Kehys-Kainuu',
      wellbeingCountyCode: '13',
      elinvoimakeskusCode: 'EVK12',
      languageStatusCode: '0',
      languageStatusFi: 'yksikielinen suomi',
    });
    expect(municipality.nameSv).toBeNull();
    expect(municipality.code).toBe('290');
  });

  it('reads the map a statement returned in a column, and refuses anything else', () => {
    expect(propertiesIn({ actor: { id: 'x' } }, 'actor')).toEqual({ id: 'x' });
    expect(() => propertiesIn({ actor: null }, 'actor')).toThrow(/column actor should be a map/);
    expect(() => propertiesIn({}, 'actor')).toThrow(/but is missing/);
    expect(() => propertiesIn({ actor: ['x'] }, 'actor')).toThrow(/but is a list/);
  });
});
