import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import { Event } from '../../events/models/event.model';
import { MeasureStatusCount, Plan } from '../../plans/models/plan.model';
import { Labels } from '../../vocabulary/models/labels.model';

@ObjectType()
export class CategorySize {
  @Field(() => CategoryEnum)
  category: Category;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class MunicipalitySize {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ReportKeyActor {
  @Field(() => Actor)
  actor: Actor;

  @Field(() => Int)
  rank: number;

  @Field(() => Labels)
  reason: Labels;
}

@ObjectType()
export class ReportGap {
  @Field()
  id: string;

  @Field()
  severity: string;

  @Field(() => Labels)
  explanation: Labels;

  @Field(() => [ID])
  suggestedActorIds: string[];
}

@ObjectType({ description: "How many of the region's actors of a category the events reached." })
export class CategoryReach {
  @Field(() => CategoryEnum)
  category: Category;

  @Field(() => Int)
  actors: number;

  @Field(() => Int, { description: 'Invited (past draft) to at least one event.' })
  invited: number;

  @Field(() => Int)
  attended: number;
}

@ObjectType()
export class PlanStatus {
  @Field(() => Plan)
  plan: Plan;

  @Field(() => [MeasureStatusCount])
  measuresByStatus: MeasureStatusCount[];
}

@ObjectType({ description: 'The annual situational picture of a region, in miniature.' })
export class RegionReport {
  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => Int)
  actorCount: number;

  @Field(() => Int)
  tieCount: number;

  @Field(() => [CategorySize])
  byCategory: CategorySize[];

  @Field(() => [MunicipalitySize])
  byMunicipality: MunicipalitySize[];

  @Field(() => [ReportKeyActor])
  keyActors: ReportKeyActor[];

  @Field(() => [ReportGap])
  gaps: ReportGap[];

  @Field(() => [Event])
  events: Event[];

  @Field(() => Int)
  eventsHeld: number;

  @Field(() => [CategoryReach])
  reach: CategoryReach[];

  @Field(() => [PlanStatus])
  plans: PlanStatus[];

  @Field({ description: 'The printable page of this report.' })
  url: string;
}
