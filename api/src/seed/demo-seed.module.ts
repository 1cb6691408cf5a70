import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ImportModule } from '../import/import.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { DemoEventsSeeder } from './demo-events.seeder';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [ImportModule, EventsModule, InvitationsModule],
  providers: [DemoSeedService, DemoEventsSeeder],
})
export class DemoSeedModule {}
