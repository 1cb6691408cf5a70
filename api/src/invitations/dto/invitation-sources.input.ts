import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActorFilterInput } from '../../actors/dto/actor-filter.input';
import type { KeyActorMetric } from '../../analysis';
import { KeyActorMetricEnum } from '../../network-analysis/models/analysis-enums';

@InputType({
  description: "The area to take key actors or gap suggestions from; default the event's region.",
})
export class InviteeScopeInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true })
  municipalityCodes?: string[] | null;
}

@InputType()
export class KeyActorSourceInput {
  @Field(() => InviteeScopeInput, { nullable: true })
  scope?: InviteeScopeInput | null;

  @Field(() => KeyActorMetricEnum, { nullable: true, description: 'Default BETWEENNESS.' })
  metric?: KeyActorMetric | null;

  @Field(() => Int, { nullable: true, description: 'Default 10, at most 100.' })
  limit?: number | null;
}

@InputType()
export class GapSuggestionSourceInput {
  @Field(() => InviteeScopeInput, { nullable: true })
  scope?: InviteeScopeInput | null;

  @Field(() => String, { nullable: true, description: "Default the event's checklist profile." })
  profileId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these gaps (ids of the gap analysis).',
  })
  gapIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Default 20, at most 200.' })
  limit?: number | null;
}

@InputType()
export class FilterSourceInput {
  @Field(() => ActorFilterInput)
  filter: ActorFilterInput;

  @Field(() => Int, { nullable: true, description: 'Default 200, at most 500.' })
  limit?: number | null;
}

@InputType()
export class PickedActorInput {
  @Field(() => ID)
  actorId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Which contact person; default the first with an e-mail.',
  })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True: to the actor's own address." })
  actorAddress?: boolean | null;
}

@InputType({ description: 'Any mix of sources; hand-picked actors and persons come first.' })
export class InvitationSourcesInput {
  @Field(() => [PickedActorInput], { nullable: true })
  actors?: PickedActorInput[] | null;

  @Field(() => [ID], { nullable: true })
  persons?: string[] | null;

  @Field(() => FilterSourceInput, { nullable: true })
  filter?: FilterSourceInput | null;

  @Field(() => KeyActorSourceInput, { nullable: true })
  keyActors?: KeyActorSourceInput | null;

  @Field(() => GapSuggestionSourceInput, { nullable: true })
  gapSuggestions?: GapSuggestionSourceInput | null;
}

@InputType()
export class InvitationVersionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}
