import { Injectable } from '@nestjs/common';
import type { AnalysisScope, Gap, KeyActor, KeyActorMetric, Profile } from '../analysis';
import { InputError } from '../domain/input-error';
import type { ActorRecord } from '../domain/records';
import type { AnalysisScopeInput } from '../network-analysis/dto/analysis-scope.input';
import { NetworkAnalysisService } from '../network-analysis/network-analysis.service';
import { ProfilesService } from '../network-analysis/profiles.service';
import type { NetworkData } from '../store/graph-store';

/**
 * What events, invitation lists, plans and reports need of the network analysis: key actors
 * and gaps of a scope, the network itself, and the profiles. A thin face on the analysis
 * API's services (network-analysis/), which run the engine in a worker and cache answers by
 * the store's revision; nothing is computed twice.
 */
@Injectable()
export class NetworkInsightsService {
  constructor(
    private readonly analysis: NetworkAnalysisService,
    private readonly profilesService: ProfilesService,
  ) {}

  /** A profile by id; InputError naming `field` for an unknown one. */
  async profile(id: string, field = 'profileId'): Promise<Profile> {
    const profile = await this.profilesService.get(id);
    if (!profile) {
      const known = (await this.profilesService.list()).map((p) => p.id).join(', ');
      throw InputError.single(
        field,
        'profile_exists',
        `"${id}" is not a profile; use one of ${known}`,
      );
    }
    return profile;
  }

  async network(scope: AnalysisScope): Promise<NetworkData> {
    return (await this.analysis.analyse(input(scope))).network;
  }

  async keyActors(
    scope: AnalysisScope,
    metric: KeyActorMetric = 'BETWEENNESS',
    limit = 10,
  ): Promise<KeyActor<ActorRecord>[]> {
    return (await this.analysis.keyActors(input(scope), metric, limit)).items;
  }

  async gaps(scope: AnalysisScope, profile: Profile): Promise<Gap[]> {
    return (await this.analysis.gaps(input(scope), profile)).gaps;
  }
}

function input(scope: AnalysisScope): AnalysisScopeInput {
  return {
    regionCode: scope.regionCode ?? null,
    municipalityCodes: scope.municipalityCodes ? [...scope.municipalityCodes] : null,
    categories: scope.categories ? [...scope.categories] : null,
  };
}
