import { DateTime, int, type Integer } from 'neo4j-driver';
import type { ActorFields, PersonFields, RelationshipFields } from '../../domain/records';
import { searchKey } from '../../domain/search-key';

/**
 * From the port's values to statement parameters. A JS number travels to Neo4j as a float,
 * so every whole number (version, strength, limit) goes as a neo4j Integer: stored
 * integers stay integers and LIMIT accepts the value. Nulls stay in the maps on purpose:
 * `SET n += $fields` removes a property whose new value is null.
 */

export type FieldMap = Record<string, unknown>;

/** A moment as a Neo4j DateTime in UTC, whatever the time zone of this process. */
export function utcDateTime(moment: Date): DateTime<Integer> {
  return new DateTime(
    int(moment.getUTCFullYear()),
    int(moment.getUTCMonth() + 1),
    int(moment.getUTCDate()),
    int(moment.getUTCHours()),
    int(moment.getUTCMinutes()),
    int(moment.getUTCSeconds()),
    int(moment.getUTCMilliseconds() * 1_000_000),
    int(0),
  );
}

export function wholeNumber(value: number): Integer {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`expected a whole number, got ${value}`);
  }
  return int(value);
}

/** An actor's own fields, with the search key the store keeps beside the name. */
export function actorFieldMap(fields: ActorFields): FieldMap {
  return {
    name: fields.name,
    searchKey: searchKey(fields.name),
    category: fields.category,
    subcategory: fields.subcategory,
    municipalityCode: fields.municipalityCode,
    regionCode: fields.regionCode,
    email: fields.email,
    phone: fields.phone,
    website: fields.website,
    languages: [...fields.languages],
    dimensions: [...fields.dimensions],
    tags: [...fields.tags],
    description: fields.description,
  };
}

/** A person's own fields; the actor is an edge, not a property. */
export function personFieldMap(fields: Omit<PersonFields, 'actorId'>): FieldMap {
  return {
    name: fields.name,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    legalBasis: fields.legalBasis,
    source: fields.source,
    reviewDate: fields.reviewDate,
  };
}

/** A tie's own fields; its type and ends are the relationship itself. */
export function relationshipFieldMap(
  fields: Pick<RelationshipFields, 'strength' | 'since' | 'note'>,
): FieldMap {
  return {
    strength: wholeNumber(fields.strength),
    since: fields.since,
    note: fields.note,
  };
}
