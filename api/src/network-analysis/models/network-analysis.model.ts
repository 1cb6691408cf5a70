import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import { PathMetricModeEnum } from './analysis-enums';

@ObjectType({ description: 'An actor’s place in the network of the analysed scope.' })
export class ActorMetrics {
  @Field(() => ID)
  actorId: string;

  @Field(() => Int, { description: 'Distinct actors tied to this one.' })
  degree: number;

  @Field(() => Float, { description: 'Sum of the strengths of its ties.' })
  weightedDegree: number;

  @Field(() => Float, {
    description: 'Share of shortest paths between others that pass through it (normalised).',
  })
  betweenness: number;

  @Field(() => Float)
  closeness: number;

  @Field(() => Float, { description: 'Damping 0.85; sums to 1 over the scope.' })
  pagerank: number;

  @Field(() => Float)
  eigenvector: number;

  @Field(() => Int, { description: 'k-core number.' })
  kCore: number;

  @Field(() => Int, { description: 'Index into NetworkAnalysis.communities.' })
  community: number;

  @Field(() => Int, { description: 'Index into NetworkAnalysis.componentSizes.' })
  component: number;

  @Field(() => Int, { description: 'Distinct categories among the actor and its neighbours.' })
  categoriesConnected: number;

  @Field(() => Int, { description: 'Distinct communities among the actor and its neighbours.' })
  communitiesConnected: number;

  @Field(() => Int, { description: 'Ties to actors in another community.' })
  bridgingTies: number;
}

@ObjectType({ description: 'A cluster of densely tied actors found by Louvain.' })
export class Community {
  @Field(() => Int)
  index: number;

  @Field(() => Int)
  size: number;

  @Field(() => [CategoryEnum], { description: 'Its members’ categories, most common first.' })
  categories: Category[];
}

@ObjectType()
export class NetworkAnalysis {
  @Field(() => Int)
  actorCount: number;

  @Field(() => Int, { description: 'Distinct tied pairs.' })
  tieCount: number;

  @Field(() => Float, { description: 'Modularity of the Louvain partition (seeded, repeatable).' })
  modularity: number;

  @Field(() => [Community], { description: 'Largest first.' })
  communities: Community[];

  @Field(() => [Int], { description: 'Sizes of the connected components, largest first.' })
  componentSizes: number[];

  @Field(() => PathMetricModeEnum, { description: 'How betweenness and closeness were computed.' })
  betweennessMode: string;

  @Field(() => Int, {
    description: 'Sources of shortest paths counted (when exact: every actor with a tie).',
  })
  betweennessSources: number;

  @Field(() => [ActorMetrics], { description: 'One entry per actor in scope.' })
  actors: ActorMetrics[];
}
