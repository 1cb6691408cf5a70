import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';
import { RelationshipTypeEnum } from '../../common/graphql-enums';
import type { RelationshipType } from '../../domain/relationship-types';

@ObjectType({ description: 'A tie in a network view, light enough to draw thousands.' })
export class NetworkEdge {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field(() => RelationshipTypeEnum)
  type: RelationshipType;

  @Field(() => Int)
  strength: number;

  @Field(() => String, { nullable: true })
  since: string | null;

  @Field({ description: 'True when one end is outside the scope (see outsideNodes).' })
  crossesScope: boolean;
}

@ObjectType()
export class Network {
  @Field(() => [Actor], { description: 'The actors in scope.' })
  nodes: Actor[];

  @Field(() => [NetworkEdge], {
    description: 'Every tie with at least one end in scope, after the filter.',
  })
  edges: NetworkEdge[];

  @Field(() => [Actor], {
    description: 'Actors outside the scope at the far end of an edge that crosses it.',
  })
  outsideNodes: Actor[];
}
