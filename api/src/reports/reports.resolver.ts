import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RegionReport } from './models/region-report.model';
import { RegionReportService } from './region-report.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => RegionReport)
export class ReportsResolver {
  constructor(private readonly reports: RegionReportService) {}

  @Query(() => RegionReport, {
    description: 'Network size, key actors, gaps, events and reach, and action plans of a region.',
  })
  async regionReport(
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
    @Args('profileId', {
      type: () => String,
      nullable: true,
      description: 'For the gaps; default training_target_groups.',
    })
    profileId?: string | null,
  ): Promise<RegionReport> {
    const report = await this.reports.report(regionCode, year ?? null, profileId ?? null);
    const query = year ? `?year=${year}` : '';
    return { ...report, url: `/api/regions/${encodeURIComponent(regionCode)}/report.html${query}` };
  }
}
