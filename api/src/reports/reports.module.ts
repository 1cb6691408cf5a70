import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { InsightsModule } from '../insights/insights.module';
import { RegionReportService } from './region-report.service';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';

@Module({
  imports: [GeographyModule, InsightsModule],
  controllers: [ReportsController],
  providers: [RegionReportService, ReportsResolver],
})
export class ReportsModule {}
