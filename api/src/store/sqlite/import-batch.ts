import { randomUUID } from 'node:crypto';
import type { ActorFields, PersonFields } from '../../domain/records';
import type { ImportBatch, ImportSummary, UpsertCounts } from '../graph-store';
import { MissingReferenceError } from '../store-errors';
import { pairKey } from './pair-key';
import {
  ACTOR_FIELD_KEYS,
  actorFromRaw,
  actorParams,
  PERSON_FIELD_KEYS,
  personFromRaw,
  personParams,
  sameFields,
  TIE_VALUE_KEYS,
  tieParams,
  type TieValues,
} from './row-mapping';
import { ACTOR_SQL, PERSON_SQL, RELATIONSHIP_SQL } from './sql';
import type { StatementCache } from './statement-cache';

/**
 * Upserts an import; runs inside the caller's transaction. Each kind of record is read in
 * one query by its import key and compared in memory, and only new or changed rows are
 * written, so an unchanged row keeps its version and updatedAt.
 */
export function applyImportBatch(
  sql: StatementCache,
  batch: ImportBatch,
  now: string,
): ImportSummary {
  // Checked before anything is written, so a bad batch fails without wasted work.
  const storedRefs = resolveStoredRefs(sql, batch);
  const actors = upsertActors(sql, batch, now);
  // A batch actor is named by its external id, which wins over a stored actor's id.
  const idOf = (ref: string) => actors.ids.get(ref) ?? (storedRefs.get(ref) as string);
  return {
    actors: actors.counts,
    persons: upsertPersons(sql, batch, idOf, now),
    relationships: upsertRelationships(sql, batch, idOf, now),
  };
}

/**
 * Resolves the references that do not name an actor of the batch itself, and throws
 * MissingReferenceError for the first that names no stored actor either.
 */
function resolveStoredRefs(sql: StatementCache, batch: ImportBatch): Map<string, string> {
  const inBatch = new Set(batch.actors.map((a) => a.externalId));
  const uses: [field: string, ref: string][] = [];
  for (const p of batch.persons) uses.push(['actorRef', p.actorRef]);
  for (const r of batch.relationships) {
    uses.push(['sourceRef', r.sourceRef], ['targetRef', r.targetRef]);
  }
  const outside = uses.filter(([, ref]) => !inBatch.has(ref));
  const resolved = new Map<string, string>();
  if (outside.length === 0) return resolved;
  const refs = JSON.stringify([...new Set(outside.map(([, ref]) => ref))]);
  for (const row of sql.all<{ ref: string; id: string | null }>(ACTOR_SQL.resolveRefs, { refs })) {
    if (row.id !== null) resolved.set(row.ref, row.id);
  }
  const missing = outside.find(([, ref]) => !resolved.has(ref));
  if (missing) throw new MissingReferenceError(missing[0], missing[1]);
  return resolved;
}

function newCounts(): UpsertCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** A stored record as an import sees it: its id and the values it compares. */
interface Stored<F> {
  id: string;
  fields: F;
}

function upsertActors(sql: StatementCache, batch: ImportBatch, now: string) {
  const counts = newCounts();
  const stored = new Map<string, Stored<ActorFields>>();
  const ids = JSON.stringify(batch.actors.map((a) => a.externalId));
  for (const row of sql.rows(ACTOR_SQL.byExternalIds, { ids })) {
    const record = actorFromRaw(row);
    stored.set(record.externalId as string, { id: record.id, fields: record });
  }
  for (const actor of batch.actors) {
    const current = stored.get(actor.externalId);
    if (current && sameFields(current.fields, actor, ACTOR_FIELD_KEYS)) {
      counts.unchanged++;
      continue;
    }
    const id = current?.id ?? randomUUID();
    const params = actorParams(id, actor, now, actor.externalId);
    if (current) {
      sql.run(ACTOR_SQL.update, params);
      counts.updated++;
    } else {
      sql.run(ACTOR_SQL.insert, params);
      counts.created++;
    }
    // Kept, so that a second row with the same external id compares against this one.
    stored.set(actor.externalId, { id, fields: actor });
  }
  const idsByExternalId = new Map<string, string>();
  for (const [externalId, { id }] of stored) idsByExternalId.set(externalId, id);
  return { counts, ids: idsByExternalId };
}

function upsertPersons(
  sql: StatementCache,
  batch: ImportBatch,
  idOf: (ref: string) => string,
  now: string,
): UpsertCounts {
  const counts = newCounts();
  const stored = new Map<string, Stored<PersonFields>>();
  const ids = JSON.stringify(batch.persons.map((p) => p.externalId));
  for (const row of sql.rows(PERSON_SQL.byExternalIds, { ids })) {
    const record = personFromRaw(row);
    stored.set(record.externalId as string, { id: record.id, fields: record });
  }
  for (const person of batch.persons) {
    const fields: PersonFields = {
      actorId: idOf(person.actorRef),
      name: person.name,
      title: person.title,
      email: person.email,
      phone: person.phone,
      legalBasis: person.legalBasis,
      source: person.source,
      reviewDate: null,
    };
    const current = stored.get(person.externalId);
    fields.reviewDate =
      person.reviewDate === undefined ? (current?.fields.reviewDate ?? null) : person.reviewDate;
    if (current && sameFields(current.fields, fields, PERSON_FIELD_KEYS)) {
      counts.unchanged++;
      continue;
    }
    const id = current?.id ?? randomUUID();
    const params = personParams(id, fields, now, person.externalId);
    if (current) {
      sql.run(PERSON_SQL.update, params);
      counts.updated++;
    } else {
      sql.run(PERSON_SQL.insert, params);
      counts.created++;
    }
    stored.set(person.externalId, { id, fields });
  }
  return counts;
}

function upsertRelationships(
  sql: StatementCache,
  batch: ImportBatch,
  idOf: (ref: string) => string,
  now: string,
): UpsertCounts {
  const counts = newCounts();
  const ties = batch.relationships.map((r) => {
    const sourceId = idOf(r.sourceRef);
    const targetId = idOf(r.targetRef);
    const { type, strength, since, note } = r;
    return {
      sourceId,
      targetId,
      type,
      strength,
      since,
      note,
      key: pairKey(type, sourceId, targetId),
    };
  });
  const stored = new Map<string, Stored<TieValues>>();
  const keys = JSON.stringify(ties.map((t) => t.key));
  for (const [id, key, strength, since, note] of sql.rows(RELATIONSHIP_SQL.valuesByPairKeys, {
    keys,
  })) {
    stored.set(key as string, {
      id: id as string,
      fields: {
        strength: strength as number,
        since: since as string | null,
        note: note as string | null,
      },
    });
  }
  for (const tie of ties) {
    const current = stored.get(tie.key);
    if (current && sameFields(current.fields, tie, TIE_VALUE_KEYS)) {
      counts.unchanged++;
      continue;
    }
    const id = current?.id ?? randomUUID();
    // A stored symmetric tie keeps the direction it was first written in.
    if (current) {
      sql.run(RELATIONSHIP_SQL.update, tieParams(id, tie, now));
      counts.updated++;
    } else {
      sql.run(RELATIONSHIP_SQL.insert, tieParams(id, tie, now, tie.key));
      counts.created++;
    }
    stored.set(tie.key, { id, fields: tie });
  }
  return counts;
}
