import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorsService } from '../actors/actors.service';
import { Actor } from '../actors/models/actor.model';
import { CreateRelationshipInput } from './dto/create-relationship.input';
import { UpdateRelationshipInput } from './dto/update-relationship.input';
import { Relationship } from './models/relationship.model';
import { RelationshipsService } from './relationships.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Relationship)
export class RelationshipsResolver {
  constructor(
    private readonly relationshipsService: RelationshipsService,
    private readonly actors: ActorsService,
  ) {}

  @Query(() => Relationship, { nullable: true })
  relationship(@Args('id', { type: () => ID }) id: string): Promise<Relationship | null> {
    return this.relationshipsService.get(id);
  }

  @Allow('editor')
  @Mutation(() => Relationship, {
    description: 'Refused when the same tie exists (a symmetric type in either direction).',
  })
  createRelationship(@Args('input') input: CreateRelationshipInput): Promise<Relationship> {
    return this.relationshipsService.create(input);
  }

  @Allow('editor')
  @Mutation(() => Relationship, {
    description: 'Refused with CONFLICT when `version` is not current.',
  })
  updateRelationship(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateRelationshipInput,
  ): Promise<Relationship> {
    return this.relationshipsService.update(id, version, input);
  }

  @Allow('editor')
  @Mutation(() => ID)
  deleteRelationship(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.relationshipsService.delete(id, version);
  }

  @ResolveField(() => Actor)
  source(@Parent() relationship: Relationship): Promise<Actor> {
    return this.actors.require(relationship.sourceId);
  }

  @ResolveField(() => Actor)
  target(@Parent() relationship: Relationship): Promise<Actor> {
    return this.actors.require(relationship.targetId);
  }
}

/** An actor's ties in both directions, resolved only when a query asks for them. */
@Allow('viewer')
@Resolver(() => Actor)
export class ActorRelationshipsResolver {
  constructor(private readonly relationshipsService: RelationshipsService) {}

  @ResolveField(() => [Relationship])
  relationships(@Parent() actor: Actor): Promise<Relationship[]> {
    return this.relationshipsService.listForActor(actor.id);
  }
}
