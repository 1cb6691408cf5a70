import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RelationshipTypeEnum } from '../../common/graphql-enums';
import type { RelationshipType } from '../../domain/relationship-types';

@InputType()
export class CreateRelationshipInput {
  @Field(() => ID, { description: 'An actor id or external id.' })
  sourceId: string;

  @Field(() => ID, { description: 'An actor id or external id.' })
  targetId: string;

  @Field(() => RelationshipTypeEnum)
  type: RelationshipType;

  @Field(() => Int, { defaultValue: 2, description: '1 weak, 2 normal, 3 strong.' })
  strength: number;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
