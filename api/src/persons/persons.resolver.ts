import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { CreatePersonInput } from './dto/create-person.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person } from './models/person.model';
import { PersonsService } from './persons.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Person)
export class PersonsResolver {
  constructor(private readonly personsService: PersonsService) {}

  @Query(() => Person, { nullable: true, description: 'By id or by the external id of an import.' })
  person(@Args('id', { type: () => ID }) id: string): Promise<Person | null> {
    return this.personsService.get(id);
  }

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() person: Person): Promise<Actor | null> {
    return this.personsService.actorOf(person);
  }

  @Allow('editor')
  @Query(() => [Person], {
    description:
      'Contact persons of your regions whose review date is before `before` (default today) or who have none: undated first.',
  })
  personsDueForReview(
    @Args('before', { type: () => String, nullable: true }) before?: string | null,
  ): Promise<Person[]> {
    return this.personsService.dueForReview(before);
  }

  @Allow('editor')
  @Mutation(() => Person)
  createPerson(@Args('input') input: CreatePersonInput): Promise<Person> {
    return this.personsService.create(input);
  }

  @Allow('editor')
  @Mutation(() => Person, { description: 'Refused with CONFLICT when `version` is not current.' })
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdatePersonInput,
  ): Promise<Person> {
    return this.personsService.update(id, version, input);
  }

  @Allow('editor')
  @Mutation(() => ID)
  deletePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.personsService.delete(id, version);
  }
}

/** An actor's contact persons, resolved only when a query asks for them. */
@Allow('viewer')
@Resolver(() => Actor)
export class ActorPersonsResolver {
  constructor(private readonly personsService: PersonsService) {}

  @ResolveField(() => [Person])
  persons(@Parent() actor: Actor): Promise<Person[]> {
    return this.personsService.listForActor(actor.id);
  }
}
