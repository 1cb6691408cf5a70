import { Inject, Injectable } from '@nestjs/common';
import { assertCurrentVersion, definedOnly } from '../common/patch';
import { calendarDate, optionalText } from '../domain/field-rules';
import { text } from '../domain/normalize';
import { personFieldsSchema, tidyPersonInput } from '../domain/person-rules';
import type { PersonFields, PersonRecord } from '../domain/records';
import { validate } from '../domain/validate';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { MissingReferenceError, NotFoundError } from '../store/store-errors';
import type { CreatePersonInput } from './dto/create-person.input';
import type { UpdatePersonInput } from './dto/update-person.input';

const externalIdRule = optionalText(100);

@Injectable()
export class PersonsService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  get(idOrExternalId: string): Promise<PersonRecord | null> {
    return this.store.getPerson(idOrExternalId);
  }

  listForActor(actorId: string): Promise<PersonRecord[]> {
    return this.store.listPersons(actorId);
  }

  /** The actor a person is a contact of (null only if it is outside the user's regions). */
  actorOf(person: PersonRecord) {
    return this.store.getActor(person.actorId);
  }

  /** Persons whose review date is before the given day (default today), or who have none. */
  dueForReview(before: string | null | undefined): Promise<PersonRecord[]> {
    const day = validate(calendarDate, text(before)) ?? new Date().toISOString().slice(0, 10);
    return this.store.findPersonsDueForReview(day);
  }

  async create(input: CreatePersonInput): Promise<PersonRecord> {
    const fields = validate(personFieldsSchema, tidyPersonInput(input));
    const externalId = validate(externalIdRule, text(input.externalId));
    const actorId = await this.existingActorId(input.actorId);
    return this.store.createPerson({ ...fields, actorId, externalId });
  }

  async update(id: string, version: number, patch: UpdatePersonInput): Promise<PersonRecord> {
    const current = await this.require(id);
    assertCurrentVersion('Person', current, version);
    const merged: PersonFields = { ...current, ...definedOnly(patch) };
    const fields = validate(personFieldsSchema, tidyPersonInput(merged));
    const actorId =
      merged.actorId === current.actorId
        ? current.actorId
        : await this.existingActorId(merged.actorId);
    return this.store.updatePerson(current.id, version, { ...fields, actorId });
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deletePerson(current.id, version);
    return current.id;
  }

  private async require(id: string): Promise<PersonRecord> {
    const person = await this.store.getPerson(id);
    if (!person) throw new NotFoundError('Person', id);
    return person;
  }

  private async existingActorId(ref: string): Promise<string> {
    const actor = await this.store.getActor(ref);
    if (!actor) throw new MissingReferenceError('actorId', ref);
    return actor.id;
  }
}
