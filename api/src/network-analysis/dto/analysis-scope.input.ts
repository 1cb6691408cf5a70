import { Field, InputType } from '@nestjs/graphql';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';

@InputType({ description: 'Which actors to analyse; empty is the whole register.' })
export class AnalysisScopeInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true })
  municipalityCodes?: string[] | null;

  @Field(() => [CategoryEnum], { nullable: true })
  categories?: Category[] | null;
}
