import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';
import { CategoryEnum, DimensionEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import { Labels } from '../../vocabulary/models/labels.model';
import { GapKindEnum, SeverityEnum } from './analysis-enums';

@ObjectType({ description: 'An actor that could fill a gap.' })
export class GapSuggestion {
  @Field(() => Actor)
  actor: Actor;

  @Field(() => Float, { description: '0..1, higher is a better candidate.' })
  score: number;

  @Field(() => Labels)
  reason: Labels;
}

@ObjectType({
  description: 'Something the network lacks, with why it matters and who could fill it.',
})
export class Gap {
  @Field(() => ID, { description: 'Stable for the same gap on the same data.' })
  id: string;

  @Field(() => GapKindEnum)
  kind: string;

  @Field(() => SeverityEnum)
  severity: string;

  @Field(() => Float, { description: 'Orders gaps of the same severity, higher first.' })
  weight: number;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => [String])
  municipalityCodes: string[];

  @Field(() => [String], { description: 'Profile groups concerned.' })
  groups: string[];

  @Field(() => [CategoryEnum])
  categories: Category[];

  @Field(() => [DimensionEnum])
  dimensions: Dimension[];

  @Field(() => [Actor], {
    description: 'The actors the gap is about (an isolated actor, a broker).',
  })
  actors: Actor[];

  @Field(() => Labels)
  explanation: Labels;

  @Field(() => [GapSuggestion])
  suggestions: GapSuggestion[];
}
