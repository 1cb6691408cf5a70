import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from './actor.model';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class ActorEdge {
  @Field()
  cursor: string;

  @Field(() => Actor)
  node: Actor;
}

@ObjectType({ description: 'A page of actors, ordered by name.' })
export class ActorConnection {
  @Field(() => Int, { description: 'How many actors match the filter, on all pages.' })
  totalCount: number;

  @Field(() => [ActorEdge])
  edges: ActorEdge[];

  @Field(() => [Actor], { description: 'The actors of this page (the edges without cursors).' })
  nodes: Actor[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
