import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RelationshipTypeEnum } from '../../common/graphql-enums';
import type { RelationshipType } from '../../domain/relationship-types';

@ObjectType({ description: 'A tie between two actors.' })
export class Relationship {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sourceId: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => RelationshipTypeEnum)
  type: RelationshipType;

  @Field(() => Int, { description: '1 weak, 2 normal, 3 strong.' })
  strength: number;

  @Field(() => String, { nullable: true, description: 'A year (2019) or a date (2019-05-01).' })
  since: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}
