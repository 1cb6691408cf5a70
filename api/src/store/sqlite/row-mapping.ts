import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { LegalBasis } from '../../domain/legal-basis';
import type {
  ActorFields,
  ActorRecord,
  PersonFields,
  PersonRecord,
  RelationshipFields,
  RelationshipRecord,
} from '../../domain/records';
import type { RelationshipType } from '../../domain/relationship-types';
import { searchKey } from '../../domain/search-key';
import type { NetworkTie } from '../graph-store';

/**
 * Between rows and records. Reads fetch rows as arrays (better-sqlite3's raw mode), which
 * costs half of what row objects do on a network load, so each column list below and the
 * function reading it by position belong together: change them together.
 *
 * Parameter objects are spelt out field by field, not spread: on the import path an object
 * spread costs several microseconds a row.
 */

type Raw = unknown[];

export const ACTOR_COLUMNS = `
  id, external_id, name, category, subcategory, municipality_code, region_code,
  email, phone, website, languages, dimensions, tags, description,
  created_at, updated_at, version`;

export function actorFromRaw(r: Raw): ActorRecord {
  return {
    id: r[0] as string,
    externalId: r[1] as string | null,
    name: r[2] as string,
    category: r[3] as Category,
    subcategory: r[4] as string | null,
    municipalityCode: r[5] as string | null,
    regionCode: r[6] as string | null,
    email: r[7] as string | null,
    phone: r[8] as string | null,
    website: r[9] as string | null,
    // Lists are JSON text in SQLite.
    languages: JSON.parse(r[10] as string) as string[],
    dimensions: JSON.parse(r[11] as string) as Dimension[],
    tags: JSON.parse(r[12] as string) as string[],
    description: r[13] as string | null,
    createdAt: r[14] as string,
    updatedAt: r[15] as string,
    version: r[16] as number,
  };
}

export const PERSON_COLUMNS = `
  id, external_id, actor_id, name, title, email, phone, legal_basis, source,
  created_at, updated_at, version, review_date`;

export function personFromRaw(r: Raw): PersonRecord {
  return {
    id: r[0] as string,
    externalId: r[1] as string | null,
    actorId: r[2] as string,
    name: r[3] as string,
    title: r[4] as string | null,
    email: r[5] as string | null,
    phone: r[6] as string | null,
    legalBasis: r[7] as LegalBasis,
    source: r[8] as string | null,
    createdAt: r[9] as string,
    updatedAt: r[10] as string,
    version: r[11] as number,
    reviewDate: r[12] as string | null,
  };
}

export const RELATIONSHIP_COLUMNS = `
  id, source_id, target_id, type, strength, since, note, created_at, updated_at, version`;

/** The columns loadNetwork reads: reading fewer columns is most of what makes it fast. */
export const NETWORK_TIE_COLUMNS = 'id, source_id, target_id, type, strength, since';

export function networkTieFromRaw(r: Raw): NetworkTie {
  return {
    id: r[0] as string,
    sourceId: r[1] as string,
    targetId: r[2] as string,
    type: r[3] as RelationshipType,
    strength: r[4] as number,
    since: r[5] as string | null,
  };
}

export function relationshipFromRaw(r: Raw): RelationshipRecord {
  return {
    id: r[0] as string,
    sourceId: r[1] as string,
    targetId: r[2] as string,
    type: r[3] as RelationshipType,
    strength: r[4] as number,
    since: r[5] as string | null,
    note: r[6] as string | null,
    createdAt: r[7] as string,
    updatedAt: r[8] as string,
    version: r[9] as number,
  };
}

/** The named parameters of ACTOR_SQL.insert and .update. */
export function actorParams(
  id: string,
  fields: ActorFields,
  now: string,
  externalId: string | null,
) {
  return {
    id,
    externalId,
    name: fields.name,
    searchKey: searchKey(fields.name),
    category: fields.category,
    subcategory: fields.subcategory,
    municipalityCode: fields.municipalityCode,
    regionCode: fields.regionCode,
    email: fields.email,
    phone: fields.phone,
    website: fields.website,
    languages: JSON.stringify(fields.languages),
    dimensions: JSON.stringify(fields.dimensions),
    tags: JSON.stringify(fields.tags),
    description: fields.description,
    now,
  };
}

/** The named parameters of PERSON_SQL.insert and .update. */
export function personParams(
  id: string,
  fields: PersonFields,
  now: string,
  externalId: string | null,
) {
  return {
    id,
    externalId,
    actorId: fields.actorId,
    name: fields.name,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    legalBasis: fields.legalBasis,
    source: fields.source,
    reviewDate: fields.reviewDate,
    now,
  };
}

/** The values of a tie a user may change; its type and ends are its identity. */
export type TieValues = Pick<RelationshipFields, 'strength' | 'since' | 'note'>;

/** The named parameters of RELATIONSHIP_SQL.insert (and, ignoring the rest, .update). */
export function tieParams(
  id: string,
  fields: TieValues & Partial<Pick<RelationshipFields, 'sourceId' | 'targetId' | 'type'>>,
  now: string,
  pairKey: string | null = null,
) {
  return {
    id,
    sourceId: fields.sourceId ?? null,
    targetId: fields.targetId ?? null,
    type: fields.type ?? null,
    pairKey,
    strength: fields.strength,
    since: fields.since,
    note: fields.note,
    now,
  };
}

// `satisfies` turns a field added to a record but not listed here into a compile error,
// so an import can never overlook a changed field.
export const ACTOR_FIELD_KEYS = keysOf({
  name: true,
  category: true,
  subcategory: true,
  municipalityCode: true,
  regionCode: true,
  email: true,
  phone: true,
  website: true,
  languages: true,
  dimensions: true,
  tags: true,
  description: true,
} satisfies Record<keyof ActorFields, true>);

export const PERSON_FIELD_KEYS = keysOf({
  actorId: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  legalBasis: true,
  source: true,
  reviewDate: true,
} satisfies Record<keyof PersonFields, true>);

export const TIE_VALUE_KEYS = keysOf({
  strength: true,
  since: true,
  note: true,
} satisfies Record<keyof TieValues, true>);

function keysOf<K extends string>(flags: Record<K, true>): readonly K[] {
  return Object.keys(flags) as K[];
}

/** True when `stored` and `given` agree on every key; lists agree item by item, in order. */
export function sameFields<T extends object>(
  stored: T,
  given: T,
  keys: readonly (keyof T)[],
): boolean {
  return keys.every((key) => sameValue(stored[key], given[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}
