import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import { Labels } from '../../vocabulary/models/labels.model';

/**
 * A profile as GraphQL sees it: the same shape as the analysis's profile schema
 * (api/src/analysis/profiles/profile.schema.ts), which stays the one place of its rules.
 */

@ObjectType()
@InputType('DimensionWeightsInput')
export class DimensionWeights {
  @Field(() => Float, { nullable: true })
  attitudes?: number;

  @Field(() => Float, { nullable: true })
  safety?: number;

  @Field(() => Float, { nullable: true })
  interaction?: number;

  @Field(() => Float, { nullable: true })
  participation?: number;
}

@ObjectType({
  description:
    'Actors of any of the categories; with subcategories or tags, only those that have one of them.',
})
@InputType('GroupSelectorInput')
export class GroupSelector {
  @Field(() => [CategoryEnum])
  categories: Category[];

  @Field(() => [String], { nullable: true })
  subcategories?: string[];

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@InputType('LabelsInput')
export class LabelsInput {
  @Field()
  fi: string;

  @Field()
  sv: string;

  @Field()
  en: string;
}

@ObjectType()
export class ProfileGroup {
  @Field(() => ID)
  id: string;

  @Field(() => Labels)
  label: Labels;

  @Field(() => [GroupSelector])
  anyOf: GroupSelector[];

  @Field(() => Int, { description: 'Actors the group needs in each place checked.' })
  min: number;

  @Field(() => [String], { description: 'region, municipality or both.' })
  levels: string[];

  @Field(() => DimensionWeights)
  dimensions: DimensionWeights;
}

@InputType()
export class ProfileGroupInput {
  @Field(() => ID)
  id: string;

  @Field(() => LabelsInput)
  label: LabelsInput;

  @Field(() => [GroupSelector])
  anyOf: GroupSelector[];

  @Field(() => Int, { nullable: true })
  min?: number;

  @Field(() => [String], { nullable: true })
  levels?: string[];

  @Field(() => DimensionWeights, { nullable: true })
  dimensions?: DimensionWeights;
}

@ObjectType()
export class TiePair {
  @Field(() => [String], { description: 'The ids of two groups.' })
  groups: string[];

  @Field(() => DimensionWeights)
  dimensions: DimensionWeights;

  @Field(() => Labels, { nullable: true })
  why?: Labels;
}

@InputType()
export class TiePairInput {
  @Field(() => [String])
  groups: string[];

  @Field(() => DimensionWeights)
  dimensions: DimensionWeights;

  @Field(() => LabelsInput, { nullable: true })
  why?: LabelsInput;
}

@ObjectType({
  description: 'Which kinds of actor a place should have, and which ties between them.',
})
export class Profile {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Built-in profiles come from the training guide and cannot be edited.' })
  builtIn: boolean;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version: number;

  @Field(() => Labels)
  label: Labels;

  @Field(() => Labels)
  description: Labels;

  @Field(() => [ProfileGroup])
  groups: ProfileGroup[];

  @Field(() => [TiePair])
  tiePairs: TiePair[];

  @Field({ description: 'Also check every other pair of groups for a tie.' })
  checkAllGroupPairs: boolean;
}

@InputType()
export class ProfileInput {
  @Field(() => ID, { description: 'Lower-case letters, digits and _.' })
  id: string;

  @Field(() => LabelsInput)
  label: LabelsInput;

  @Field(() => LabelsInput)
  description: LabelsInput;

  @Field(() => [ProfileGroupInput])
  groups: ProfileGroupInput[];

  @Field(() => [TiePairInput], { nullable: true })
  tiePairs?: TiePairInput[];

  @Field({ nullable: true })
  checkAllGroupPairs?: boolean;
}
