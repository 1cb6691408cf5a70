import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { ActorsService } from '../actors/actors.service';
import { GeographyService } from '../geography/geography.service';
import { Municipality } from '../geography/models/municipality.model';
import { Region } from '../geography/models/region.model';
import { CreateEventInput, EventFilterInput, UpdateEventInput } from './dto/event.input';
import { eventWarnings } from './event-warnings';
import { effectiveProfileId, EventsService } from './events.service';
import { CoOrganiser, Event, EventWarning, Speaker } from './models/event.model';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly eventsService: EventsService,
    private readonly geography: GeographyService,
  ) {}

  @Query(() => [Event], { description: 'Ordered by date and start time.' })
  events(
    @Args('filter', { type: () => EventFilterInput, nullable: true }) filter?: EventFilterInput,
  ): Promise<Event[]> {
    return this.eventsService.list(filter);
  }

  @Query(() => Event, { nullable: true })
  event(@Args('id', { type: () => ID }) id: string): Promise<Event | null> {
    return this.eventsService.get(id);
  }

  @Allow('editor')
  @Mutation(() => Event, {
    description: 'An event without a co-organiser is saved, with a warning (see `warnings`).',
  })
  createEvent(@Args('input') input: CreateEventInput): Promise<Event> {
    return this.eventsService.create(input);
  }

  @Allow('editor')
  @Mutation(() => Event, { description: 'Refused with CONFLICT when `version` is not current.' })
  updateEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateEventInput,
  ): Promise<Event> {
    return this.eventsService.update(id, version, input);
  }

  @Allow('editor')
  @Mutation(() => ID, { description: 'Deletes the event and its invitation list.' })
  deleteEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.eventsService.delete(id, version);
  }

  @ResolveField(() => [EventWarning])
  warnings(@Parent() event: Event): EventWarning[] {
    return eventWarnings(event);
  }

  @ResolveField(() => String, { description: 'The profile the invitation checklist uses.' })
  effectiveProfileId(@Parent() event: Event): string {
    return effectiveProfileId(event);
  }

  @ResolveField(() => Municipality, { nullable: true })
  async municipality(@Parent() event: Event): Promise<Municipality | null> {
    if (!event.municipalityCode) return null;
    return (await this.geography.get()).municipalities.get(event.municipalityCode) ?? null;
  }

  @ResolveField(() => Region, { nullable: true })
  async region(@Parent() event: Event): Promise<Region | null> {
    if (!event.regionCode) return null;
    return (await this.geography.get()).regions.get(event.regionCode) ?? null;
  }
}

/** The actor behind a co-organiser or a speaker, resolved when asked for. */
@Allow('viewer')
@Resolver(() => CoOrganiser)
export class CoOrganiserResolver {
  constructor(private readonly actors: ActorsService) {}

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() organiser: CoOrganiser): Promise<Actor | null> {
    return this.actors.get(organiser.actorId);
  }
}

@Allow('viewer')
@Resolver(() => Speaker)
export class SpeakerResolver {
  constructor(private readonly actors: ActorsService) {}

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() speaker: Speaker): Promise<Actor | null> {
    return speaker.actorId ? this.actors.get(speaker.actorId) : Promise.resolve(null);
  }
}
