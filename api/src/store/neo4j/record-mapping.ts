import type { Area, Geography, Municipality, Region } from '@verkosto/graph-seed';
import { int, integer, isDateTime, isInt } from 'neo4j-driver';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { LegalBasis } from '../../domain/legal-basis';
import type { ActorRecord, PersonRecord, RelationshipRecord } from '../../domain/records';
import type { RelationshipType } from '../../domain/relationship-types';

/**
 * From what the driver returns to the port's records. Neo4j stores no nulls: a property
 * set to null is removed, so a missing property reads back as null (or [] for a list).
 * A value of the wrong kind is a damaged record, and fails loudly with its field named.
 */

export type Properties = Record<string, unknown>;

export class StoredValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoredValueError';
  }
}

/** A Neo4j Integer (or a plain number) as a JS number, refusing one a double cannot hold exactly. */
export function toSafeNumber(value: unknown, field: string): number {
  if (isInt(value)) {
    if (!integer.inSafeRange(value)) {
      throw new StoredValueError(
        `${field} is ${value.toString()}, beyond the integers a JavaScript number holds exactly ` +
          '(2^53 - 1); refusing to round it',
      );
    }
    return value.toNumber();
  }
  // A whole float still reads (a version once written as a JS number arrives as 2.0).
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint') return toSafeNumber(int(value), field);
  throw new StoredValueError(`${field} should be a whole number, but is ${describe(value)}`);
}

/** A Neo4j DateTime as the port's ISO 8601 UTC string with milliseconds. */
export function toIsoTimestamp(value: unknown, field: string): string {
  if (!isDateTime(value)) {
    throw new StoredValueError(`${field} should be a DateTime, but is ${describe(value)}`);
  }
  if (value.timeZoneOffsetSeconds == null) {
    // The adapter writes UTC offsets only; a zone id alone would need a time zone database.
    throw new StoredValueError(`${field} is ${value.toString()}, which has no UTC offset`);
  }
  return value.toStandardDate().toISOString();
}

function text(props: Properties, field: string): string {
  const value = props[field];
  if (typeof value === 'string') return value;
  throw new StoredValueError(`${field} should be text, but is ${describe(value)}`);
}

function optionalText(props: Properties, field: string): string | null {
  return props[field] == null ? null : text(props, field);
}

function texts(props: Properties, field: string): string[] {
  const value = props[field];
  if (value == null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value];
  throw new StoredValueError(`${field} should be a list of text, but is ${describe(value)}`);
}

function stamps(props: Properties) {
  return {
    id: text(props, 'id'),
    createdAt: toIsoTimestamp(props.createdAt, 'createdAt'),
    updatedAt: toIsoTimestamp(props.updatedAt, 'updatedAt'),
    version: toSafeNumber(props.version, 'version'),
  };
}

export function actorFromProperties(props: Properties): ActorRecord {
  return {
    ...stamps(props),
    externalId: optionalText(props, 'externalId'),
    name: text(props, 'name'),
    category: text(props, 'category') as Category,
    subcategory: optionalText(props, 'subcategory'),
    municipalityCode: optionalText(props, 'municipalityCode'),
    regionCode: optionalText(props, 'regionCode'),
    email: optionalText(props, 'email'),
    phone: optionalText(props, 'phone'),
    website: optionalText(props, 'website'),
    languages: texts(props, 'languages'),
    dimensions: texts(props, 'dimensions') as Dimension[],
    tags: texts(props, 'tags'),
    description: optionalText(props, 'description'),
  };
}

/** `actorId` is not a stored property: the statements project it from the CONTACT_OF edge. */
export function personFromProperties(props: Properties): PersonRecord {
  return {
    ...stamps(props),
    externalId: optionalText(props, 'externalId'),
    actorId: text(props, 'actorId'),
    name: text(props, 'name'),
    title: optionalText(props, 'title'),
    email: optionalText(props, 'email'),
    phone: optionalText(props, 'phone'),
    legalBasis: text(props, 'legalBasis') as LegalBasis,
    source: optionalText(props, 'source'),
    reviewDate: optionalText(props, 'reviewDate'),
  };
}

/** `type`, `sourceId` and `targetId` are projected from the relationship and its ends. */
export function relationshipFromProperties(props: Properties): RelationshipRecord {
  return {
    ...stamps(props),
    sourceId: text(props, 'sourceId'),
    targetId: text(props, 'targetId'),
    type: text(props, 'type') as RelationshipType,
    strength: toSafeNumber(props.strength, 'strength'),
    since: optionalText(props, 'since'),
    note: optionalText(props, 'note'),
  };
}

/** Which call last wrote the record; how a retried write recognises its own commit. */
export function writeIdOf(props: Properties): string | null {
  return optionalText(props, 'writeId');
}

export function regionFromProperties(props: Properties): Region {
  return {
    code: text(props, 'code'),
    nameFi: text(props, 'nameFi'),
    nameSv: text(props, 'nameSv'),
  };
}

export function areaFromProperties(props: Properties): Area {
  return {
    code: text(props, 'code'),
    nameFi: text(props, 'nameFi'),
    nameSv: text(props, 'nameSv'),
  };
}

export function municipalityFromProperties(props: Properties): Municipality {
  return {
    code: text(props, 'code'),
    nameFi: text(props, 'nameFi'),
    nameSv: optionalText(props, 'nameSv'),
    regionCode: text(props, 'regionCode'),
    subRegionCode: text(props, 'subRegionCode'),
    subRegionNameFi: text(props, 'subRegionNameFi'),
    wellbeingCountyCode: text(props, 'wellbeingCountyCode'),
    elinvoimakeskusCode: text(props, 'elinvoimakeskusCode'),
    languageStatusCode: text(props, 'languageStatusCode'),
    languageStatusFi: text(props, 'languageStatusFi'),
  };
}

export function emptyGeography(): Geography {
  return { regions: [], municipalities: [], wellbeingCounties: [], elinvoimakeskukset: [] };
}

/** The map a statement returned under `column`, e.g. `actor` of `RETURN a {.*} AS actor`. */
export function propertiesIn(row: Properties, column: string): Properties {
  const value = row[column];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return value as Properties;
  }
  throw new StoredValueError(`column ${column} should be a map, but is ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isInt(value)) return `the integer ${value.toString()}`;
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
  return `${typeof value} ${shown}`;
}
