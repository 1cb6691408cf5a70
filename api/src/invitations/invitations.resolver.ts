import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { ActorsService } from '../actors/actors.service';
import type { InvitationStatus } from '../domain/event-vocabulary';
import { InvitationStatusEnum } from '../events/event-enums';
import { Event } from '../events/models/event.model';
import { EXPORT_LANGUAGES, exportLanguage } from '../exports/export-language';
import { Person } from '../persons/models/person.model';
import { PersonsService } from '../persons/persons.service';
import { InvitationSourcesInput, InvitationVersionInput } from './dto/invitation-sources.input';
import { InvitationExportService } from './export/invitation-export.service';
import { InvitationExportFormatEnum, type InvitationExportFormat } from './invitation-enums';
import { InvitationsService } from './invitations.service';
import {
  ActorReach,
  ChecklistSuggestion,
  ExportFileModel,
  Invitation,
  InvitationBuildResult,
  InvitationChecklist,
  InvitationCounts,
  ProposedInvitee,
  SkippedInvitee,
} from './models/invitation.model';
import { ReachService } from './reach.service';
import { addressOf } from './invitee';
import { Allow } from '../auth/access';

const REST_PATH: Partial<Record<InvitationExportFormat, string>> = {
  CSV: 'invitations.csv',
  XLSX: 'invitations.xlsx',
  HTML: 'participants.html',
};

@Allow('viewer')
@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly exports: InvitationExportService,
    private readonly actors: ActorsService,
    private readonly persons: PersonsService,
  ) {}

  @Query(() => Invitation, { nullable: true })
  invitation(@Args('id', { type: () => ID }) id: string): Promise<Invitation | null> {
    return this.invitations.get(id);
  }

  @Allow('editor')
  @Mutation(() => InvitationBuildResult, {
    description:
      'Adds invitees from any mix of sources, each once (by person, by address, by actor); ' +
      'dryRun: only shows what would be added.',
  })
  async addInvitations(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('sources') sources: InvitationSourcesInput,
    @Args('dryRun', { type: () => Boolean, defaultValue: false }) dryRun: boolean,
  ): Promise<InvitationBuildResult> {
    const result = await this.invitations.build(eventId, sources, dryRun);
    const shown = (i: (typeof result.proposed)[number]) => ({
      actorId: i.actor.id,
      personId: i.person?.id ?? null,
      email: addressOf(i),
      source: i.source,
    });
    return {
      added: result.added,
      proposed: result.proposed.map(shown),
      skipped: result.skipped.map((s) => ({
        ...shown({ ...s.invitee, emailKey: null }),
        reason: s.reason,
      })),
    };
  }

  @Allow('editor')
  @Mutation(() => Invitation, {
    description: "Chooses the contact person (null: the actor's own address). CONFLICT when stale.",
  })
  setInvitationContact(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<Invitation> {
    return this.invitations.setContact(id, version, personId ?? null, note);
  }

  @Allow('editor')
  @Mutation(() => [Invitation], {
    description:
      'Sets one status on many invitations of the event, all or none (CONFLICT when one is stale).',
  })
  setInvitationStatus(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('invitations', { type: () => [InvitationVersionInput] }) items: InvitationVersionInput[],
    @Args('status', { type: () => InvitationStatusEnum }) status: InvitationStatus,
  ): Promise<Invitation[]> {
    return this.invitations.setStatus(eventId, items, status);
  }

  @Allow('editor')
  @Mutation(() => ID)
  deleteInvitation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.invitations.delete(id, version);
  }

  @Query(() => ExportFileModel, {
    description: `The invitation list as a file. lang: ${EXPORT_LANGUAGES.join(', ')} (default fi).`,
  })
  async invitationExport(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('format', { type: () => InvitationExportFormatEnum }) format: InvitationExportFormat,
    @Args('lang', { type: () => String, nullable: true }) lang?: string | null,
    @Args('statuses', { type: () => [InvitationStatusEnum], nullable: true })
    statuses?: InvitationStatus[] | null,
  ): Promise<ExportFileModel> {
    const language = exportLanguage(lang);
    const file = await this.exports.export(eventId, format, language, statuses ?? undefined);
    const binary = format === 'XLSX';
    const path = REST_PATH[format];
    return {
      fileName: file.fileName,
      mediaType: file.mediaType,
      encoding: binary ? 'base64' : 'utf8',
      content: file.content.toString(binary ? 'base64' : 'utf8'),
      url: path ? `/api/events/${encodeURIComponent(eventId)}/${path}?lang=${language}` : null,
    };
  }

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() invitation: Invitation): Promise<Actor | null> {
    return this.actors.get(invitation.actorId);
  }

  @ResolveField(() => Person, { nullable: true })
  person(@Parent() invitation: Invitation): Promise<Person | null> {
    return invitation.personId ? this.persons.get(invitation.personId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true, description: 'When the status last changed.' })
  statusChangedAt(@Parent() invitation: Invitation): string | null {
    return invitation.history.at(-1)?.at ?? null;
  }
}

/** An event's invitation list, its counts and its checklist. */
@Allow('viewer')
@Resolver(() => Event)
export class EventInvitationsResolver {
  constructor(private readonly invitationsService: InvitationsService) {}

  @ResolveField(() => [Invitation])
  invitations(@Parent() event: Event): Promise<Invitation[]> {
    return this.invitationsService.list(event.id);
  }

  @ResolveField(() => InvitationCounts)
  invitationCounts(@Parent() event: Event): Promise<InvitationCounts> {
    return this.invitationsService.counts(event.id);
  }

  @ResolveField(() => InvitationChecklist)
  invitationChecklist(@Parent() event: Event): Promise<InvitationChecklist> {
    return this.invitationsService.checklist(event.id);
  }
}

/** How far events have reached each actor, for the UI and the analysis. */
@Allow('viewer')
@Resolver(() => Actor)
export class ActorReachResolver {
  constructor(private readonly reachService: ReachService) {}

  @ResolveField(() => ActorReach)
  async reach(@Parent() actor: Actor): Promise<ActorReach> {
    return (await this.reachService.reach([actor.id])).get(actor.id)!;
  }
}

/** The actors behind a checklist suggestion and a proposed or skipped invitee, when asked. */
@Allow('viewer')
@Resolver(() => ChecklistSuggestion)
export class ChecklistSuggestionResolver {
  constructor(private readonly actors: ActorsService) {}

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() suggestion: ChecklistSuggestion): Promise<Actor | null> {
    return this.actors.get(suggestion.actorId);
  }
}

@Allow('viewer')
@Resolver(() => ProposedInvitee)
export class ProposedInviteeResolver {
  constructor(
    private readonly actors: ActorsService,
    private readonly persons: PersonsService,
  ) {}

  @ResolveField(() => Actor, { nullable: true })
  actor(@Parent() invitee: ProposedInvitee): Promise<Actor | null> {
    return this.actors.get(invitee.actorId);
  }

  @ResolveField(() => Person, { nullable: true })
  person(@Parent() invitee: ProposedInvitee): Promise<Person | null> {
    return invitee.personId ? this.persons.get(invitee.personId) : Promise.resolve(null);
  }
}

@Allow('viewer')
@Resolver(() => SkippedInvitee)
export class SkippedInviteeResolver extends ProposedInviteeResolver {}
