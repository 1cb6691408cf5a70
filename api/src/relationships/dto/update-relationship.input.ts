import { Field, InputType, Int } from '@nestjs/graphql';

/** A tie's ends and type are what it is; to change them, delete it and create another. */
@InputType()
export class UpdateRelationshipInput {
  @Field(() => Int, { nullable: true })
  strength?: number | null;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
