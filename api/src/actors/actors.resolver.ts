import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GeographyService } from '../geography/geography.service';
import { Municipality } from '../geography/models/municipality.model';
import { Region } from '../geography/models/region.model';
import { ActorsService } from './actors.service';
import { ActorsArgs } from './dto/actors.args';
import { CreateActorInput } from './dto/create-actor.input';
import { UpdateActorInput } from './dto/update-actor.input';
import { ActorConnection } from './models/actor-connection.model';
import { Actor } from './models/actor.model';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Actor)
export class ActorsResolver {
  constructor(
    private readonly actorsService: ActorsService,
    private readonly geography: GeographyService,
  ) {}

  @Query(() => ActorConnection)
  actors(@Args() args: ActorsArgs): Promise<ActorConnection> {
    return this.actorsService.list(args.filter, args.first, args.after);
  }

  @Query(() => Actor, { nullable: true, description: 'By id or by the external id of an import.' })
  actor(@Args('id', { type: () => ID }) id: string): Promise<Actor | null> {
    return this.actorsService.get(id);
  }

  @Allow('editor')
  @Mutation(() => Actor)
  createActor(@Args('input') input: CreateActorInput): Promise<Actor> {
    return this.actorsService.create(input);
  }

  @Allow('editor')
  @Mutation(() => Actor, { description: 'Refused with CONFLICT when `version` is not current.' })
  updateActor(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateActorInput,
  ): Promise<Actor> {
    return this.actorsService.update(id, version, input);
  }

  @Allow('editor')
  @Mutation(() => ID, {
    description: 'Deletes the actor, its contact persons and its relationships.',
  })
  deleteActor(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.actorsService.delete(id, version);
  }

  @ResolveField(() => Municipality, { nullable: true })
  async municipality(@Parent() actor: Actor): Promise<Municipality | null> {
    if (!actor.municipalityCode) return null;
    return (await this.geography.get()).municipalities.get(actor.municipalityCode) ?? null;
  }

  @ResolveField(() => Region, { nullable: true })
  async region(@Parent() actor: Actor): Promise<Region | null> {
    if (!actor.regionCode) return null;
    return (await this.geography.get()).regions.get(actor.regionCode) ?? null;
  }
}
