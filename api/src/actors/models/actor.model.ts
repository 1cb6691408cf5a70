import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CategoryEnum, DimensionEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';

@ObjectType({ description: 'An organisation or body in the register.' })
export class Actor {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The id the actor has in the spreadsheet it was imported from.',
  })
  externalId: string | null;

  @Field()
  name: string;

  @Field(() => CategoryEnum)
  category: Category;

  @Field(() => String, { nullable: true, description: 'Free text, e.g. "immigrant association".' })
  subcategory: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true, description: 'Null for a national actor.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  languages: string[];

  @Field(() => [DimensionEnum])
  dimensions: Dimension[];

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'ISO 8601, UTC.' })
  createdAt: string;

  @Field({ description: 'ISO 8601, UTC.' })
  updatedAt: string;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version: number;
}
