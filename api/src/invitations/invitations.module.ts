import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { EventsModule } from '../events/events.module';
import { GeographyModule } from '../geography/geography.module';
import { InsightsModule } from '../insights/insights.module';
import { PersonsModule } from '../persons/persons.module';
import { InvitationExportService } from './export/invitation-export.service';
import { InvitationsController } from './invitations.controller';
import {
  ActorReachResolver,
  ChecklistSuggestionResolver,
  EventInvitationsResolver,
  InvitationsResolver,
  ProposedInviteeResolver,
  SkippedInviteeResolver,
} from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { InviteeSourcesService } from './invitee-sources.service';
import { ReachService } from './reach.service';

@Module({
  imports: [EventsModule, ActorsModule, PersonsModule, GeographyModule, InsightsModule],
  controllers: [InvitationsController],
  providers: [
    InvitationsService,
    InviteeSourcesService,
    InvitationExportService,
    ReachService,
    InvitationsResolver,
    EventInvitationsResolver,
    ActorReachResolver,
    ChecklistSuggestionResolver,
    ProposedInviteeResolver,
    SkippedInviteeResolver,
  ],
  exports: [InvitationsService, ReachService],
})
export class InvitationsModule {}
