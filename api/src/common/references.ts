import type { ActorRecord, PersonRecord } from '../domain/records';
import type { GraphStore } from '../store/graph-store';
import { MissingReferenceError } from '../store/store-errors';

/**
 * References in input may name an actor or person by id or by the external id of an import
 * (as createPerson's actorId does); these turn them into records, or refuse with the field.
 */
export async function actorRef(
  store: GraphStore,
  ref: string,
  field: string,
): Promise<ActorRecord> {
  const actor = await store.getActor(ref);
  if (!actor) throw new MissingReferenceError(field, ref);
  return actor;
}

export async function personRef(
  store: GraphStore,
  ref: string,
  field: string,
): Promise<PersonRecord> {
  const person = await store.getPerson(ref);
  if (!person) throw new MissingReferenceError(field, ref);
  return person;
}
