import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { GeographyModule } from '../geography/geography.module';
import { InsightsModule } from '../insights/insights.module';
import { CoOrganiserResolver, EventsResolver, SpeakerResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  imports: [GeographyModule, ActorsModule, InsightsModule],
  providers: [EventsService, EventsResolver, CoOrganiserResolver, SpeakerResolver],
  exports: [EventsService],
})
export class EventsModule {}
