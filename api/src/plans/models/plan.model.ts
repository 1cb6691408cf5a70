import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CategoryEnum, DimensionEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { MeasureStatus } from '../../domain/event-vocabulary';
import { MeasureStatusEnum } from '../../events/event-enums';

@ObjectType()
export class PlanGoal {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType()
export class Measure {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true })
  goal: number | null;

  @Field(() => [DimensionEnum])
  dimensions: Dimension[];

  @Field(() => [ID])
  responsibleActorIds: string[];

  @Field(() => [ID])
  partnerActorIds: string[];

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => MeasureStatusEnum)
  status: MeasureStatus;
}

@ObjectType({ description: 'A regional (or municipal) action plan for a period.' })
export class Plan {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => Int)
  periodStart: number;

  @Field(() => Int)
  periodEnd: number;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [PlanGoal])
  goals: PlanGoal[];

  @Field(() => [Measure])
  measures: Measure[];

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class MeasureStatusCount {
  @Field(() => MeasureStatusEnum)
  status: MeasureStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What the plan leaves out.' })
export class PlanReview {
  @Field(() => [DimensionEnum])
  dimensionsWithoutMeasure: Dimension[];

  @Field(() => [ID], {
    description: "Key actors of the plan's area with no role in any measure, best first.",
  })
  keyActorsWithoutRole: string[];

  @Field(() => [CategoryEnum], { description: 'Kinds of actor with no role in any measure.' })
  absentCategories: Category[];

  @Field(() => [MeasureStatusCount])
  measuresByStatus: MeasureStatusCount[];
}
