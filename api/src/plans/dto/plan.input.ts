import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { DimensionEnum } from '../../common/graphql-enums';
import type { Dimension } from '../../domain/dimensions';
import type { MeasureStatus } from '../../domain/event-vocabulary';
import { MeasureStatusEnum } from '../../events/event-enums';

@InputType()
export class PlanGoalInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class MeasureInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Index of the goal it serves (0 = first).' })
  goal?: number | null;

  @Field(() => [DimensionEnum], { description: 'At least one.' })
  dimensions: Dimension[];

  @Field(() => [ID], { nullable: true, description: 'Ids or external ids of actors.' })
  responsibleActorIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  partnerActorIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '"2026-01-01"' })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => MeasureStatusEnum, { nullable: true, description: 'Default planned.' })
  status?: MeasureStatus | null;
}

@InputType()
export class CreatePlanInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'For a municipal plan; sets the region.' })
  municipalityCode?: string | null;

  @Field(() => Int)
  periodStart: number;

  @Field(() => Int)
  periodEnd: number;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [PlanGoalInput], { nullable: true })
  goals?: PlanGoalInput[] | null;

  @Field(() => [MeasureInput], { nullable: true })
  measures?: MeasureInput[] | null;
}

/** Only the fields given change; a list given replaces the whole list. */
@InputType()
export class UpdatePlanInput extends PartialType(CreatePlanInput) {}

@InputType()
export class PlanFilterInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;
}
