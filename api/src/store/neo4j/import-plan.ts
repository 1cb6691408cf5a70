import type { ActorFields, PersonFields, RelationshipFields } from '../../domain/records';
import { isSymmetric, type RelationshipType } from '../../domain/relationship-types';
import type { UpsertCounts } from '../graph-store';

/**
 * What an import has to write, decided in memory from the batch and the records stored
 * under its keys: a row whose key is new is created, a row whose values differ is updated,
 * and a row equal to the stored record is left alone, so its version and updatedAt stay.
 * Pure, so it is tested without a database. A key met twice in one batch is written once,
 * with its last values (the import service refuses such batches before they get here).
 */
export interface UpsertPlan<F> {
  creates: { key: string; id: string; fields: F }[];
  updates: { key: string; id: string; fields: F }[];
  counts: UpsertCounts;
  /** The id of the record under each key of the batch, stored or about to be created. */
  ids: Map<string, string>;
}

export interface Keyed<F> {
  key: string;
  fields: F;
}

export function planUpserts<F>(
  rows: readonly Keyed<F>[],
  stored: ReadonlyMap<string, { id: string; fields: F }>,
  same: (a: F, b: F) => boolean,
  newId: () => string,
): UpsertPlan<F> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const current = new Map<string, { id: string; fields: F }>(stored);
  const pending = new Map<
    string,
    { kind: 'create' | 'update'; key: string; id: string; fields: F }
  >();
  for (const row of rows) {
    const found = current.get(row.key);
    if (found && same(found.fields, row.fields)) {
      counts.unchanged++;
      continue;
    }
    const id = found?.id ?? newId();
    const earlier = pending.get(row.key);
    pending.set(row.key, {
      kind: earlier?.kind ?? (found ? 'update' : 'create'),
      key: row.key,
      id,
      fields: row.fields,
    });
    current.set(row.key, { id, fields: row.fields });
    if (found) counts.updated++;
    else counts.created++;
  }
  const planned = [...pending.values()];
  const strip = ({ key, id, fields }: { key: string; id: string; fields: F }) => ({
    key,
    id,
    fields,
  });
  return {
    creates: planned.filter((p) => p.kind === 'create').map(strip),
    updates: planned.filter((p) => p.kind === 'update').map(strip),
    counts,
    ids: new Map([...current].map(([key, record]) => [key, record.id])),
  };
}

const ACTOR_KEYS = [
  'name',
  'category',
  'subcategory',
  'municipalityCode',
  'regionCode',
  'email',
  'phone',
  'website',
  'languages',
  'dimensions',
  'tags',
  'description',
] as const satisfies readonly (keyof ActorFields)[];

const PERSON_KEYS = [
  'actorId',
  'name',
  'title',
  'email',
  'phone',
  'legalBasis',
  'source',
  'reviewDate',
] as const satisfies readonly (keyof PersonFields)[];

/** Type and ends are a tie's key; these are the values an import may change. */
const TIE_KEYS = [
  'strength',
  'since',
  'note',
] as const satisfies readonly (keyof RelationshipFields)[];

/** Lists are compared in order: a list given in another order is a change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

function sameOn<K extends string>(keys: readonly K[]) {
  return (a: Record<K, unknown>, b: Record<K, unknown>) => keys.every((k) => sameValue(a[k], b[k]));
}

export const sameActorFields: (a: ActorFields, b: ActorFields) => boolean = sameOn(ACTOR_KEYS);
export const samePersonFields: (a: PersonFields, b: PersonFields) => boolean = sameOn(PERSON_KEYS);
export const sameTieFields: (a: RelationshipFields, b: RelationshipFields) => boolean =
  sameOn(TIE_KEYS);

export function pickActorFields(record: ActorFields): ActorFields {
  return Object.fromEntries(ACTOR_KEYS.map((k) => [k, record[k]])) as unknown as ActorFields;
}

export function pickPersonFields(record: PersonFields): PersonFields {
  return Object.fromEntries(PERSON_KEYS.map((k) => [k, record[k]])) as unknown as PersonFields;
}

/**
 * The identity of a tie: its type and ends, the ends sorted for a symmetric type, so that
 * A-B and B-A share one key.
 */
export function tieKey(type: RelationshipType, sourceId: string, targetId: string): string {
  const [a, b] =
    isSymmetric(type) && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
  return JSON.stringify([type, a, b]);
}
