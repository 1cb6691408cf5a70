import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ActorFilterInput } from './actor-filter.input';

export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class ActorsArgs {
  @Field(() => ActorFilterInput, { nullable: true })
  filter?: ActorFilterInput | null;

  @Field(() => Int, { defaultValue: 50, description: `Page size, 1..${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
