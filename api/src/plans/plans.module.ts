import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { GeographyModule } from '../geography/geography.module';
import { InsightsModule } from '../insights/insights.module';
import { PlanExportService } from './plan-export.service';
import { PlansController } from './plans.controller';
import { MeasureResolver, PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Module({
  imports: [GeographyModule, ActorsModule, InsightsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanExportService, PlansResolver, MeasureResolver],
  exports: [PlansService],
})
export class PlansModule {}
