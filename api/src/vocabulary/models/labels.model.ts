import { Field, ObjectType } from '@nestjs/graphql';
import { CategoryEnum, DimensionEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';

@ObjectType({ description: 'A text in the three languages of the UI.' })
export class Labels {
  @Field()
  fi: string;

  @Field()
  sv: string;

  @Field()
  en: string;
}

@ObjectType()
export class CategoryInfo {
  @Field(() => CategoryEnum)
  value: Category;

  @Field(() => Labels)
  label: Labels;
}

@ObjectType()
export class DimensionInfo {
  @Field(() => DimensionEnum)
  value: Dimension;

  @Field(() => Labels)
  label: Labels;
}
