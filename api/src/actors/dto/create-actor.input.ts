import { Field, InputType } from '@nestjs/graphql';
import { CategoryEnum, DimensionEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';

@InputType()
export class CreateActorInput {
  @Field()
  name: string;

  @Field(() => CategoryEnum)
  category: Category;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  subcategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Sets the region too.' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'For an actor without a municipality.' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => [DimensionEnum], { nullable: true })
  dimensions?: Dimension[] | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
