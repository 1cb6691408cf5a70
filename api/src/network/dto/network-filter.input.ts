import { Field, InputType, Int } from '@nestjs/graphql';
import { CategoryEnum, RelationshipTypeEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { RelationshipType } from '../../domain/relationship-types';

@InputType()
export class NetworkFilterInput {
  @Field(() => [String], { nullable: true, description: 'Only actors in these municipalities.' })
  municipalityCodes?: string[] | null;

  @Field(() => [CategoryEnum], { nullable: true })
  categories?: Category[] | null;

  @Field(() => [RelationshipTypeEnum], { nullable: true })
  relationshipTypes?: RelationshipType[] | null;

  @Field(() => Int, { nullable: true, description: 'Only ties at least this strong (1..3).' })
  minStrength?: number | null;
}
