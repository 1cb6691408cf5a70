import { Module } from '@nestjs/common';
import { NetworkAnalysisModule } from '../network-analysis/network-analysis.module';
import { NetworkInsightsService } from './network-insights.service';

@Module({
  imports: [NetworkAnalysisModule],
  providers: [NetworkInsightsService],
  exports: [NetworkInsightsService],
})
export class InsightsModule {}
