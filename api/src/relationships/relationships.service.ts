import { Inject, Injectable } from '@nestjs/common';
import { assertCurrentVersion, definedOnly } from '../common/patch';
import { InputError } from '../domain/input-error';
import type { RelationshipRecord } from '../domain/records';
import {
  relationshipDetailsSchema,
  relationshipTypeSchema,
  tidyRelationshipDetails,
} from '../domain/relationship-rules';
import { validate } from '../domain/validate';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { MissingReferenceError, NotFoundError } from '../store/store-errors';
import type { CreateRelationshipInput } from './dto/create-relationship.input';
import type { UpdateRelationshipInput } from './dto/update-relationship.input';

@Injectable()
export class RelationshipsService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  get(id: string): Promise<RelationshipRecord | null> {
    return this.store.getRelationship(id);
  }

  listForActor(actorId: string): Promise<RelationshipRecord[]> {
    return this.store.listRelationships(actorId);
  }

  async create(input: CreateRelationshipInput): Promise<RelationshipRecord> {
    const type = validate(relationshipTypeSchema, input.type);
    const details = validate(relationshipDetailsSchema, tidyRelationshipDetails(input));
    const [sourceId, targetId] = await Promise.all([
      this.existingActorId('sourceId', input.sourceId),
      this.existingActorId('targetId', input.targetId),
    ]);
    if (sourceId === targetId) {
      throw InputError.single('targetId', 'distinct', 'must be another actor than sourceId');
    }
    return this.store.createRelationship({ sourceId, targetId, type, ...details });
  }

  async update(
    id: string,
    version: number,
    patch: UpdateRelationshipInput,
  ): Promise<RelationshipRecord> {
    const current = await this.require(id);
    assertCurrentVersion('Relationship', current, version);
    const details = validate(
      relationshipDetailsSchema,
      tidyRelationshipDetails({ ...current, ...definedOnly(patch) }),
    );
    return this.store.updateRelationship(current.id, version, details);
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deleteRelationship(current.id, version);
    return current.id;
  }

  private async require(id: string): Promise<RelationshipRecord> {
    const relationship = await this.store.getRelationship(id);
    if (!relationship) throw new NotFoundError('Relationship', id);
    return relationship;
  }

  private async existingActorId(field: string, ref: string): Promise<string> {
    const actor = await this.store.getActor(ref);
    if (!actor) throw new MissingReferenceError(field, ref);
    return actor.id;
  }
}
