import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { KeyActorMetric } from '../analysis';
import { AnalysisScopeInput } from './dto/analysis-scope.input';
import { KeyActorMetricEnum } from './models/analysis-enums';
import { Gap } from './models/gap.model';
import { KeyActorRanking } from './models/key-actor.model';
import { NetworkAnalysis } from './models/network-analysis.model';
import { NetworkAnalysisService } from './network-analysis.service';
import { ProfilesService } from './profiles.service';
import { toGaps, toKeyActorRanking, toNetworkAnalysis } from './to-models';
import { Allow } from '../auth/access';

const SCOPE = { type: () => AnalysisScopeInput, nullable: true } as const;

@Allow('viewer')
@Resolver()
export class NetworkAnalysisResolver {
  constructor(
    private readonly analysisService: NetworkAnalysisService,
    private readonly profilesService: ProfilesService,
  ) {}

  @Query(() => NetworkAnalysis, {
    description:
      'Every actor’s metrics and the communities of a scope (empty: the whole register).',
  })
  async networkAnalysis(
    @Args('scope', SCOPE) scope: AnalysisScopeInput | null,
  ): Promise<NetworkAnalysis> {
    return toNetworkAnalysis(await this.analysisService.analyse(scope));
  }

  @Query(() => KeyActorRanking, { description: 'The key actors of a scope, ranked by a metric.' })
  async keyActors(
    @Args('scope', SCOPE) scope: AnalysisScopeInput | null,
    @Args('metric', { type: () => KeyActorMetricEnum }) metric: KeyActorMetric,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ): Promise<KeyActorRanking> {
    return toKeyActorRanking(metric, await this.analysisService.keyActors(scope, metric, limit));
  }

  @Query(() => [Gap], {
    description: 'What the scope lacks against a profile, most severe first, with suggestions.',
  })
  async gaps(
    @Args('scope', SCOPE) scope: AnalysisScopeInput | null,
    @Args('profileId', { type: () => ID, defaultValue: 'training_target_groups' })
    profileId: string,
  ): Promise<Gap[]> {
    const profile = await this.profilesService.require(profileId);
    return toGaps(await this.analysisService.gaps(scope, profile));
  }
}
