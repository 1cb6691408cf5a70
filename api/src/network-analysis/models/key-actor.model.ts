import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';
import { Labels } from '../../vocabulary/models/labels.model';
import { KeyActorMetricEnum, PathMetricModeEnum } from './analysis-enums';

@ObjectType()
export class KeyActor {
  @Field(() => Actor)
  actor: Actor;

  @Field(() => Float)
  value: number;

  @Field(() => Int, { description: 'Equal values share a rank (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Labels, { description: 'Why the actor is key, in plain words.' })
  reason: Labels;
}

@ObjectType()
export class KeyActorRanking {
  @Field(() => KeyActorMetricEnum)
  metric: string;

  @Field(() => Int, { description: 'Actors in the analysed scope.' })
  actorCount: number;

  @Field(() => PathMetricModeEnum)
  betweennessMode: string;

  @Field(() => Int)
  betweennessSources: number;

  @Field(() => [KeyActor])
  items: KeyActor[];
}
