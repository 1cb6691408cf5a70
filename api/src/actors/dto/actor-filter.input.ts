import { Field, InputType } from '@nestjs/graphql';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';

@InputType()
export class ActorFilterInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => [CategoryEnum], { nullable: true })
  categories?: Category[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name; case and accents do not matter ("aanekoski" finds Äänekoski).',
  })
  search?: string | null;
}
