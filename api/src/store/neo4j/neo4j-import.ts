import { randomUUID } from 'node:crypto';
import type { DateTime, Integer } from 'neo4j-driver';
import type { ActorFields, PersonFields, RelationshipFields } from '../../domain/records';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationship-types';
import type { ImportBatch, ImportSummary } from '../graph-store';
import { MissingReferenceError } from '../store-errors';
import { ACTOR } from './cypher/actors';
import { IMPORT } from './cypher/import';
import type { Statement } from './cypher/statement';
import {
  pickActorFields,
  pickPersonFields,
  planUpserts,
  sameActorFields,
  samePersonFields,
  sameTieFields,
  tieKey,
  type UpsertPlan,
} from './import-plan';
import type { CypherTransaction } from './neo4j-executor';
import {
  actorFromProperties,
  personFromProperties,
  propertiesIn,
  relationshipFromProperties,
  toSafeNumber,
} from './record-mapping';
import { actorFieldMap, personFieldMap, relationshipFieldMap } from './write-params';

export interface ImportStamp {
  now: DateTime<Integer>;
  writeId: string;
}

export interface ImportOutcome {
  summary: ImportSummary;
  /** False when every record was unchanged: the caller then rolls the transaction back. */
  changed: boolean;
}

/**
 * Upserts an import inside the caller's write transaction: it checks the references,
 * reads what is stored under the batch's keys, plans in memory (import-plan.ts) and writes
 * only the new and changed records, one UNWIND per kind (and per tie type). New ids come
 * from inside the transaction: a retry starts from a rolled-back state, and a retry after
 * a commit whose answer was lost finds every record stored and unchanged.
 */
export async function applyImportBatch(
  tx: CypherTransaction,
  batch: ImportBatch,
  stamp: ImportStamp,
): Promise<ImportOutcome> {
  const storedRefs = await resolveStoredRefs(tx, batch);

  const actors = planUpserts(
    batch.actors.map((a) => ({ key: a.externalId, fields: pickActorFields(a) })),
    await storedActors(tx, batch),
    sameActorFields,
    randomUUID,
  );
  // An actor of the batch is named by its external id, which wins over a stored actor's id.
  const idOf = (ref: string) => actors.ids.get(ref) ?? (storedRefs.get(ref) as string);

  const personsStored = await storedPersons(tx, batch);
  const persons = planUpserts(
    batch.persons.map(({ actorRef, externalId, reviewDate, ...fields }) => ({
      key: externalId,
      fields: pickPersonFields({
        ...fields,
        actorId: idOf(actorRef),
        // Left out: the stored date stays.
        reviewDate:
          reviewDate === undefined
            ? (personsStored.get(externalId)?.fields.reviewDate ?? null)
            : reviewDate,
      }),
    })),
    personsStored,
    samePersonFields,
    randomUUID,
  );

  const tieRows = batch.relationships.map(({ sourceRef, targetRef, ...rest }) => {
    const fields: RelationshipFields = {
      ...rest,
      sourceId: idOf(sourceRef),
      targetId: idOf(targetRef),
    };
    return { key: tieKey(fields.type, fields.sourceId, fields.targetId), fields };
  });
  const ties = planUpserts(tieRows, await storedTies(tx, tieRows), sameTieFields, randomUUID);

  const summary = { actors: actors.counts, persons: persons.counts, relationships: ties.counts };
  const changed = [actors, persons, ties].some((p) => p.creates.length + p.updates.length > 0);
  if (changed) await writePlans(tx, stamp, actors, persons, ties);
  return { summary, changed };
}

/**
 * Resolves the references that do not name an actor of the batch itself, and throws
 * MissingReferenceError for the first that names no stored actor either.
 */
async function resolveStoredRefs(
  tx: CypherTransaction,
  batch: ImportBatch,
): Promise<Map<string, string>> {
  const inBatch = new Set(batch.actors.map((a) => a.externalId));
  const uses: [field: string, ref: string][] = [
    ...batch.persons.map((p): [string, string] => ['actorRef', p.actorRef]),
    ...batch.relationships.flatMap((r): [string, string][] => [
      ['sourceRef', r.sourceRef],
      ['targetRef', r.targetRef],
    ]),
  ].filter(([, ref]) => !inBatch.has(ref));
  const resolved = new Map<string, string>();
  if (uses.length === 0) return resolved;
  const rows = await tx.run(ACTOR.resolveRefs, { refs: unique(uses.map(([, ref]) => ref)) });
  for (const row of rows) resolved.set(row.ref as string, row.id as string);
  const missing = uses.find(([, ref]) => !resolved.has(ref));
  if (missing) throw new MissingReferenceError(missing[0], missing[1]);
  return resolved;
}

async function storedActors(tx: CypherTransaction, batch: ImportBatch) {
  const stored = new Map<string, { id: string; fields: ActorFields }>();
  if (batch.actors.length === 0) return stored;
  const externalIds = unique(batch.actors.map((a) => a.externalId));
  for (const row of await tx.run(IMPORT.actorsByExternalId, { externalIds })) {
    const actor = actorFromProperties(propertiesIn(row, 'actor'));
    stored.set(actor.externalId as string, { id: actor.id, fields: actor });
  }
  return stored;
}

async function storedPersons(tx: CypherTransaction, batch: ImportBatch) {
  const stored = new Map<string, { id: string; fields: PersonFields }>();
  if (batch.persons.length === 0) return stored;
  const externalIds = unique(batch.persons.map((p) => p.externalId));
  for (const row of await tx.run(IMPORT.personsByExternalId, { externalIds })) {
    const person = personFromProperties(propertiesIn(row, 'person'));
    stored.set(person.externalId as string, { id: person.id, fields: person });
  }
  return stored;
}

/** The stored tie under each key, looked up per type (a statement serves one type). */
async function storedTies(
  tx: CypherTransaction,
  rows: readonly { key: string; fields: RelationshipFields }[],
) {
  const stored = new Map<string, { id: string; fields: RelationshipFields }>();
  for (const type of RELATIONSHIP_TYPES) {
    const pairs = new Map<string, { key: string; sourceId: string; targetId: string }>();
    for (const { key, fields } of rows) {
      if (fields.type === type)
        pairs.set(key, { key, sourceId: fields.sourceId, targetId: fields.targetId });
    }
    if (pairs.size === 0) continue;
    for (const row of await tx.run(IMPORT.tiesBetween[type], { pairs: [...pairs.values()] })) {
      const tie = relationshipFromProperties(propertiesIn(row, 'tie'));
      stored.set(row.key as string, { id: tie.id, fields: tie });
    }
  }
  return stored;
}

async function writePlans(
  tx: CypherTransaction,
  stamp: ImportStamp,
  actors: UpsertPlan<ActorFields>,
  persons: UpsertPlan<PersonFields>,
  ties: UpsertPlan<RelationshipFields>,
): Promise<void> {
  // Actors first: the persons and ties just planned may point at the new ones.
  await writeRows(
    tx,
    IMPORT.createActors,
    stamp,
    actors.creates.map((c) => ({
      id: c.id,
      externalId: c.key,
      fields: actorFieldMap(c.fields),
    })),
  );
  await writeRows(
    tx,
    IMPORT.updateActors,
    stamp,
    actors.updates.map((u) => ({
      id: u.id,
      fields: actorFieldMap(u.fields),
    })),
  );
  await writeRows(
    tx,
    IMPORT.createPersons,
    stamp,
    persons.creates.map((c) => ({
      id: c.id,
      externalId: c.key,
      actorId: c.fields.actorId,
      fields: personFieldMap(c.fields),
    })),
  );
  await writeRows(
    tx,
    IMPORT.updatePersons,
    stamp,
    persons.updates.map((u) => ({
      id: u.id,
      actorId: u.fields.actorId,
      fields: personFieldMap(u.fields),
    })),
  );
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = (p: { fields: RelationshipFields }) => p.fields.type === type;
    await writeRows(
      tx,
      IMPORT.createTies[type],
      stamp,
      ties.creates.filter(ofType).map((c) => ({
        id: c.id,
        sourceId: c.fields.sourceId,
        targetId: c.fields.targetId,
        fields: relationshipFieldMap(c.fields),
      })),
    );
    await writeRows(
      tx,
      IMPORT.updateTies[type as RelationshipType],
      stamp,
      ties.updates.filter(ofType).map((u) => ({
        id: u.id,
        fields: relationshipFieldMap(u.fields),
      })),
    );
  }
}

/** Writes the rows, and refuses to commit if the statement wrote fewer than planned. */
async function writeRows(
  tx: CypherTransaction,
  statement: Statement<'rows' | 'now' | 'writeId'>,
  stamp: ImportStamp,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const [row] = await tx.run(statement, { rows, now: stamp.now, writeId: stamp.writeId });
  const written = toSafeNumber(row?.written, 'written');
  if (written !== rows.length) {
    throw new Error(`${statement.name} wrote ${written} of ${rows.length} planned rows`);
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
