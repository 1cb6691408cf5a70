import { Inject, Injectable } from '@nestjs/common';
import { InputError } from '../domain/input-error';
import { GeographyService } from '../geography/geography.service';
import { NetworkInsightsService } from '../insights/network-insights.service';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import {
  countByCategory,
  measuresByStatus,
  reachByCategory,
  tiesWithin,
  type RegionReportData,
} from './region-report';

const KEY_ACTORS = 10;
const GAPS = 10;

/**
 * The region report, the annual situational picture in miniature: the network's size by
 * category and municipality, its key actors and gaps, the events and whom they reached, and
 * the state of the action plans. `year` limits events and reach to that calendar year.
 */
@Injectable()
export class RegionReportService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
    private readonly insights: NetworkInsightsService,
  ) {}

  async report(
    regionCode: string,
    year: number | null,
    profileId: string | null,
  ): Promise<RegionReportData> {
    const geo = await this.geography.get();
    const region = geo.regions.get(regionCode);
    if (!region) {
      throw InputError.single(
        'regionCode',
        'region_exists',
        `"${regionCode}" is not a region code (e.g. 18 for Kainuu)`,
      );
    }
    if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
      throw InputError.single('year', 'range', 'must be a year from 2000 to 2100');
    }
    const profile = await this.insights.profile(profileId ?? 'training_target_groups');
    const scope = { regionCode };
    const network = await this.insights.network(scope);
    const actors = network.nodes;
    const [keyActors, gaps] = await Promise.all([
      this.insights.keyActors(scope, 'BETWEENNESS', KEY_ACTORS),
      this.insights.gaps(scope, profile),
    ]);
    const events = await this.store.findEvents(
      year === null ? { regionCode } : { regionCode, from: `${year}-01-01`, to: `${year}-12-31` },
    );
    const participation = await this.store.listParticipation(actors.map((a) => a.id));
    const plans = await this.store.findPlans({ regionCode });
    const municipalities = geo.municipalitiesOf(regionCode).map((m) => ({
      code: m.code,
      name: m.nameFi,
      count: actors.filter((a) => a.municipalityCode === m.code).length,
    }));
    return {
      regionCode,
      regionName: region.nameFi,
      year,
      actorCount: actors.length,
      tieCount: tiesWithin(actors, network.edges),
      byCategory: countByCategory(actors),
      byMunicipality: municipalities,
      keyActors: keyActors.map((k) => ({ actor: k.actor, rank: k.rank, reason: k.reason })),
      gaps: gaps.slice(0, GAPS).map((g) => ({
        id: g.id,
        severity: g.severity,
        explanation: g.explanation,
        suggestedActorIds: g.suggestions.map((s) => s.actorId),
      })),
      events,
      eventsHeld: events.filter((e) => e.status === 'held').length,
      reach: reachByCategory(actors, participation, new Set(events.map((e) => e.id))),
      plans: plans.map((plan) => ({ plan, measuresByStatus: measuresByStatus(plan) })),
    };
  }
}
